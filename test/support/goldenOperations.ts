// The golden operations in schema/operations, read as files so every test, the
// benchmark and the GraphiQL tabs use the very same documents.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const OPERATIONS_DIR = fileURLToPath(new URL("../../schema/operations", import.meta.url));

export interface GoldenOperation {
  name: string;
  document: string;
}

export function goldenOperations(): GoldenOperation[] {
  return fs
    .readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => ({ name: path.basename(file, ".graphql"), document: fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8") }));
}
