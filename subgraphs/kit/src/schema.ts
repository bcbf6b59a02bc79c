import fs from "node:fs";
import { parse, type DocumentNode } from "graphql";

/** Reads and parses a subgraph's schema.graphql (a URL relative to the caller's module). */
export function loadSchema(file: URL): DocumentNode {
  return parse(fs.readFileSync(file, "utf8"));
}
