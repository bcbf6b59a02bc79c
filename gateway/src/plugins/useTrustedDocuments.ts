// Trusted documents only (production): the gateway runs the operations registered by hash
// (the hub's own and every published client manifest) and nothing else. A request sends
// the hash in extensions.persistedQuery.sha256Hash, alone or with the document's text (as
// the APQ protocol's second request does); with text, the text must be the hash's, and the
// registered document is what runs. An unknown hash is refused with the way to publish it.
// In the place of Hive's persisted documents (usePersistedOperations), which refuses any
// request carrying text, registered or not, so a client's fallback after
// PersistedQueryNotFound ended on an error that did not say what to do.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { persistedDocumentErrors, requestedHash, sha256, type TrustedDocuments } from "../trustedDocuments.js";

export interface TrustedDocumentsOptions {
  /** The documents that run, by sha256 (hex); read on every request, so a live map's changes apply at once. */
  trusted: TrustedDocuments;
}

const refusal = ({ message, extensions }: { message: string; extensions: Record<string, unknown> }) => new GraphQLError(message, { extensions });

export function useTrustedDocuments({ trusted }: TrustedDocumentsOptions): GatewayPlugin {
  return {
    onParams({ params, setParams }) {
      const hash = requestedHash(params?.extensions);
      if (hash === undefined) throw refusal(params?.query ? persistedDocumentErrors.persistedQueryOnly : persistedDocumentErrors.keyNotFound);
      if (params?.query && sha256(params.query) !== hash) throw refusal(persistedDocumentErrors.hashMismatch);
      const query = trusted.get(hash);
      if (query === undefined) throw refusal(persistedDocumentErrors.notPublished);
      setParams({ ...params, query });
    },
  };
}
