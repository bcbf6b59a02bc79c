// The hash production knows a trusted document by: the hub's tests and the benchmark send
// golden operations (and a department's writes) by it, as production clients do.
import fs from "node:fs";

let manifest: Record<string, string> | undefined;

/** The trusted document's hash (without "sha256:") of the hub's own query or mutation of this name, as `npm run codegen` wrote the manifest. */
export function trustedHash(operationName: string): string {
  manifest ??= JSON.parse(fs.readFileSync(new URL("../../schema/generated/persisted-documents.json", import.meta.url), "utf8")) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, document]) => new RegExp(`(^|\\s)(query|mutation) ${operationName}\\b`).test(document));
  if (!entry) throw new Error(`${operationName} is not in the trusted documents; run npm run codegen`);
  return entry[0].replace(/^sha256:/, "");
}
