// Automatic persisted queries (the Apollo APQ protocol) for when the gateway is
// open to arbitrary operations: a client sends only a query's sha256; if the
// gateway knows it (trusted manifest, or registered earlier) it runs it, otherwise
// it answers PersistedQueryNotFound and the client resends hash and query. The query
// is registered only once it is about to execute, that is after it parsed, validated
// and passed every limit: a document the gateway would refuse is never stored. The
// store is bounded in bytes, oldest registration dropped first.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { persistedDocumentErrors, requestedHash, sha256, type TrustedDocuments } from "../trustedDocuments.js";

export interface AutomaticPersistedQueriesOptions {
  /** Documents known by hash from the start. */
  trusted: TrustedDocuments;
  /** Bytes of registered query text kept at most; default DEFAULT_APQ_STORE_BYTES (4 MiB), oldest dropped first. */
  maxBytes?: number;
}

export const DEFAULT_APQ_STORE_BYTES = 4 * 1024 * 1024;

/** Registered documents by hash, least recently registered first, within a byte budget. */
export class PersistedQueryStore {
  private readonly documents = new Map<string, string>();
  private bytes = 0;
  constructor(readonly maxBytes: number) {}

  get(hash: string): string | undefined {
    return this.documents.get(hash);
  }

  get size(): { documents: number; bytes: number } {
    return { documents: this.documents.size, bytes: this.bytes };
  }

  register(hash: string, query: string): void {
    const size = Buffer.byteLength(query);
    if (size > this.maxBytes) return;
    this.remove(hash);
    this.documents.set(hash, query);
    this.bytes += size;
    for (const [oldest] of this.documents) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(hash: string): void {
    const query = this.documents.get(hash);
    if (query === undefined) return;
    this.documents.delete(hash);
    this.bytes -= Buffer.byteLength(query);
  }
}

export function useAutomaticPersistedQueries({ trusted, maxBytes = DEFAULT_APQ_STORE_BYTES }: AutomaticPersistedQueriesOptions, store = new PersistedQueryStore(maxBytes)): GatewayPlugin {
  return {
    onParams({ params, setParams }) {
      const hash = requestedHash(params?.extensions);
      if (!hash) return;
      if (params.query) {
        if (sha256(params.query) !== hash) {
          throw new GraphQLError(persistedDocumentErrors.hashMismatch.message, { extensions: persistedDocumentErrors.hashMismatch.extensions });
        }
        return; // registered in onExecute, once it has passed every check
      }
      const query = trusted.get(hash) ?? store.get(hash);
      if (!query) throw new GraphQLError(persistedDocumentErrors.notFound.message, { extensions: persistedDocumentErrors.notFound.extensions });
      setParams({ ...params, query });
    },
    onExecute({ args }) {
      // Yoga's context carries the request's params; execution starts only after
      // parsing, validation and every limit (tokens, depth, cost, ...) passed.
      const params = (args.contextValue as { params?: { query?: string; extensions?: Record<string, unknown> } }).params;
      const hash = requestedHash(params?.extensions);
      if (hash && params?.query && !trusted.has(hash) && sha256(params.query) === hash) store.register(hash, params.query);
    },
  };
}
