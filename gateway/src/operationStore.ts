// Where client manifests live once published, and how every gateway replica reads them.
// A folder (OPERATIONS_DIR, default HUB_DATA_DIR/operations):
//   index.json                  the published manifests: client, version, when, operations
//   <client>/<version>.json     each manifest, { "<sha256>": "<document>" }
// Every write is a temporary file renamed into place, the manifest before the index, so a
// replica reading at any moment sees a whole index naming whole manifests. Publishers
// take a lock file, so two publications never lose one another's index entry. Replicas
// poll the index (a rename changes its inode) and swap in a new map of documents: the
// request path does one Map lookup, as with the hub's own manifest.
import fs from "node:fs";
import path from "node:path";
import type { ManifestOperation, ValidManifest } from "./manifestValidation.js";
import { sha256, type TrustedDocuments } from "./trustedDocuments.js";

/** The client whose operations are the hub's own (golden, dashboard, departments' writes), from TRUSTED_DOCUMENTS_PATH. */
export const HUB_CLIENT = "hub";

/** One published manifest, as the index records it. */
export interface PublishedManifest {
  client: string;
  version: string;
  /** ISO time of publication. */
  publishedAt: string;
  /** Path of the manifest, relative to the operations folder. */
  file: string;
  operations: ManifestOperation[];
}

interface Index {
  manifests: PublishedManifest[];
}

const CLIENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** Why a client name or version cannot be published under, or null. */
export function invalidName(client: string, version: string): string | null {
  if (client === HUB_CLIENT) return `the "${HUB_CLIENT}" client's operations are the repository's own (npm run codegen writes them); publish under another name`;
  if (!CLIENT_NAME.test(client)) return `the client name "${client}" must be lowercase letters, digits and "-", starting with a letter (at most 63)`;
  if (!VERSION.test(version)) return `the version "${version}" must be letters, digits, ".", "_", "+" or "-" (at most 64), like 1.4.0 or a commit hash`;
  return null;
}

const indexFile = (dir: string) => path.join(dir, "index.json");

export function readIndex(dir: string): PublishedManifest[] {
  const file = indexFile(dir);
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, "utf8")) as Index).manifests;
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function withLock<T>(dir: string, work: () => T): T {
  fs.mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, ".lock");
  let handle: number;
  try {
    handle = fs.openSync(lock, "wx");
  } catch {
    throw new Error(`${lock} exists: another publication is under way (or one was interrupted; remove the file if none is running)`);
  }
  try {
    return work();
  } finally {
    fs.closeSync(handle);
    fs.rmSync(lock, { force: true });
  }
}

export type PublishOutcome = "published" | "unchanged";

/**
 * Stores a validated manifest as <client>/<version>. A version is immutable: publishing
 * the same documents again changes nothing, other documents under a published version are refused.
 */
export function publishManifest(dir: string, client: string, version: string, manifest: ValidManifest, now = new Date()): PublishOutcome {
  const problem = invalidName(client, version);
  if (problem) throw new Error(problem);
  const text = `${JSON.stringify(Object.fromEntries([...manifest.documents].sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`;
  return withLock(dir, () => {
    const manifests = readIndex(dir);
    const existing = manifests.find((entry) => entry.client === client && entry.version === version);
    if (existing) {
      if (fs.readFileSync(path.join(dir, existing.file), "utf8") === text) return "unchanged";
      throw new Error(`${client} ${version} is already published with other documents; a version never changes: publish a new version`);
    }
    const file = path.join(client, `${version}.json`);
    writeAtomically(path.join(dir, file), text);
    const entry: PublishedManifest = { client, version, publishedAt: now.toISOString(), file, operations: manifest.operations };
    writeAtomically(indexFile(dir), `${JSON.stringify({ manifests: [...manifests, entry] }, null, 2)}\n`);
    return "published";
  });
}

/** Takes <client>/<version> out of the index (replicas stop trusting its documents), then deletes its file. */
export function retireManifest(dir: string, client: string, version: string): PublishedManifest {
  return withLock(dir, () => {
    const manifests = readIndex(dir);
    const retired = manifests.find((entry) => entry.client === client && entry.version === version);
    if (!retired) {
      const versions = manifests.filter((entry) => entry.client === client).map((entry) => entry.version);
      throw new Error(`${client} ${version} is not published${versions.length ? `; published versions of ${client}: ${versions.join(", ")}` : ""}`);
    }
    writeAtomically(indexFile(dir), `${JSON.stringify({ manifests: manifests.filter((entry) => entry !== retired) }, null, 2)}\n`);
    fs.rmSync(path.join(dir, retired.file), { force: true });
    return retired;
  });
}

/** A published manifest's documents, each checked against its hash. */
export function readManifest(dir: string, entry: PublishedManifest): Map<string, string> {
  const documents = new Map<string, string>();
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, entry.file), "utf8")) as Record<string, string>;
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.replace(/^sha256:/, "");
    if (sha256(document) !== hash) throw new Error(`${entry.file}: the document ${hash.slice(0, 12)}… does not match its hash`);
    documents.set(hash, document);
  }
  return documents;
}

export interface TrustedOperationsOptions {
  /** The hub's own documents (TRUSTED_DOCUMENTS_PATH). */
  hub: TrustedDocuments;
  /** The operations folder (OPERATIONS_DIR). */
  dir: string;
  /** How often the index is checked for a change; 0 never (tests call refresh()). */
  pollMs: number;
  /** Told when a published manifest cannot be read: it is left out, the others are served. */
  onError: (reason: string) => void;
}

/**
 * The documents a gateway runs by hash: the hub's and every published manifest's, as one
 * read-only map that is swapped whole when the index changes.
 */
export class TrustedOperations implements ReadonlyMap<string, string> {
  private current: Map<string, string>;
  private seen = "";
  /** Each published manifest read so far, by file and publication time: a publication reads only its own file (a published version never changes). */
  private manifests = new Map<string, Map<string, string>>();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TrustedOperationsOptions) {
    this.current = new Map(options.hub);
    this.refresh();
    if (options.pollMs > 0) {
      this.timer = setInterval(() => this.refresh(), options.pollMs);
      this.timer.unref();
    }
  }

  /** Re-reads the published manifests if the index changed since the last read. */
  refresh(): void {
    const { dir, hub, onError } = this.options;
    let stamp: string;
    try {
      const stat = fs.statSync(indexFile(dir));
      stamp = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      stamp = "none";
    }
    if (stamp === this.seen) return;
    this.seen = stamp;
    const documents = new Map(hub);
    let entries: PublishedManifest[] = [];
    try {
      entries = readIndex(dir);
    } catch (error) {
      onError(`cannot read ${indexFile(dir)}: ${(error as Error).message}; serving the hub's own operations only`);
    }
    const manifests = new Map<string, Map<string, string>>();
    for (const entry of entries) {
      try {
        const key = `${entry.file}@${entry.publishedAt}`;
        const manifest = this.manifests.get(key) ?? readManifest(dir, entry);
        manifests.set(key, manifest);
        for (const [hash, document] of manifest) documents.set(hash, document);
      } catch (error) {
        onError(`published manifest ${entry.client} ${entry.version} left out: ${(error as Error).message}`);
      }
    }
    this.manifests = manifests;
    this.current = documents;
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
  }

  get(hash: string): string | undefined {
    return this.current.get(hash);
  }
  has(hash: string): boolean {
    return this.current.has(hash);
  }
  get size(): number {
    return this.current.size;
  }
  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    this.current.forEach((value, key) => callback(value, key, this));
  }
  entries(): MapIterator<[string, string]> {
    return this.current.entries();
  }
  keys(): MapIterator<string> {
    return this.current.keys();
  }
  values(): MapIterator<string> {
    return this.current.values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.current[Symbol.iterator]();
  }
}
