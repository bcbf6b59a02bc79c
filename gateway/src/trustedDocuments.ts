// The trusted documents: operations registered ahead of time by hash (the manifest
// codegen writes from schema/operations and front-end operations). In production
// the gateway runs only these; elsewhere they are also served by hash.
import crypto from "node:crypto";
import fs from "node:fs";

/** sha256 (hex) -> document text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** Reads a manifest of `{ "sha256:<hex>": "<document>" }`, checking every hash. */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  if (!fs.existsSync(file)) throw new Error(`No trusted documents manifest at ${file}; run \`npm run codegen\` or set TRUSTED_DOCUMENTS_PATH.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, "");
    if (sha256(document) !== hash) throw new Error(`Trusted document ${key} in ${file} does not match its hash`);
    documents.set(hash, document);
  }
  return documents;
}
