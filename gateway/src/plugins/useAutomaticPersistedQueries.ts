// Automatic persisted queries (the Apollo APQ protocol) for when the gateway is
// open to arbitrary operations: a client sends only a query's sha256; if the
// gateway knows it (trusted manifest, or registered earlier) it runs it, otherwise
// it answers PersistedQueryNotFound and the client resends hash and query, which
// registers it. Registrations live in a bounded in-memory cache.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { sha256, type TrustedDocuments } from "../trustedDocuments.js";

export interface AutomaticPersistedQueriesOptions {
  /** Documents known by hash from the start. */
  trusted: TrustedDocuments;
  /** Registered queries kept at most; default DEFAULT_APQ_CACHE_SIZE (1000), oldest dropped first. */
  cacheSize?: number;
}

export const DEFAULT_APQ_CACHE_SIZE = 1000;

function requestedHash(extensions: Record<string, unknown> | undefined): string | undefined {
  const persisted = extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : undefined;
}

export function useAutomaticPersistedQueries({ trusted, cacheSize = DEFAULT_APQ_CACHE_SIZE }: AutomaticPersistedQueriesOptions): GatewayPlugin {
  const registered = new Map<string, string>();
  const register = (hash: string, query: string) => {
    registered.delete(hash);
    registered.set(hash, query);
    if (registered.size > cacheSize) registered.delete(registered.keys().next().value!);
  };
  return {
    onParams({ params, setParams }) {
      const hash = requestedHash(params.extensions);
      if (!hash) return;
      if (params.query) {
        if (sha256(params.query) !== hash) {
          throw new GraphQLError("provided sha256Hash does not match query", { extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH", http: { status: 400 } } });
        }
        register(hash, params.query);
        return;
      }
      const query = trusted.get(hash) ?? registered.get(hash);
      if (!query) throw new GraphQLError("PersistedQueryNotFound", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
      setParams({ ...params, query });
    },
  };
}
