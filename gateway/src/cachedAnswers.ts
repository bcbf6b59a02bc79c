// Cached answers at the HTTP layer (issue 29): a repeated anonymous read is answered with
// its stored bytes before the GraphQL server sees the request. Its document was parsed,
// validated and checked against every limit the first time, when the response cache keyed
// it; the early answer skips all of it, and the per-request work of the plugins (context,
// spans, metrics hooks). What a hit must still do, it does: it never answers a request
// with credentials (those go on, and the cache never answers them), it reads the stored
// answer under the subgraphs' current generations (so a write still invalidates it), a
// trusted hash must still be runnable, and it writes the same headers as the GraphQL
// server would (content type by Accept, the gateway's x-request-id, the client's id).
// Anything else, or any doubt, goes on to the GraphQL server untouched.
import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { getOperationAST, parse, type GraphQLSchema } from "graphql";
import type { CachedRead, ResponseCaching } from "./plugins/useResponseCaching.js";
import { CLIENT_REQUEST_ID, CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER } from "./plugins/useRequestIds.js";
import { SECURITY_HEADERS } from "./plugins/useWebPages.js";
import { requestedHash } from "./trustedDocuments.js";

export interface CachedAnswersOptions {
  caching: Pick<ResponseCaching, "storedAnswer">;
  graphqlEndpoint: string;
  /** Largest request body read here (the body limit); larger ones go on, to be refused there. */
  maxBodyBytes: number;
  /** Production: a read runs only by a registered hash, whatever text it carries. */
  trustedOperationsOnly: boolean;
  /** The document a hash names now (trusted, or registered by APQ); undefined once it is not runnable. */
  documentOf(hash: string): string | undefined;
  /** CORS on: a request with an Origin goes on, for its CORS headers. */
  cors: boolean;
  /**
   * The supergraph as the runtime's poll reads it (re-reading its file), called here at most
   * every `pollMs`: the runtime polls only when a request reaches it, and while every read
   * is answered here none may. A new one forgets every remembered read.
   */
  supergraph(): string;
  pollMs: number;
  /** The gateway's metrics for an operation answered here, by its name: a function that counts one answer of it (seconds). */
  answerMetrics?(operationName: string | undefined): (seconds: number) => void;
}

/** A read the GraphQL server keyed, remembered by the exact request body that asked for it. */
interface RememberedRead extends CachedRead {
  /** The document that ran: the hash must still name it, when it ran because of the hash. */
  document: string;
  hash?: string;
  /** Counts one answer in the gateway's metrics, its labels bound once. */
  count?: (seconds: number) => void;
}

/** Bytes of request bodies remembered at most; past it, all are forgotten at once (a miss costs only the usual path). */
const MAX_REMEMBERED_BYTES = 4 * 1024 * 1024;

/** Content type of the answer, by Accept, as the GraphQL server negotiates it; undefined for any other Accept. */
const CONTENT_TYPES = new Map<string | undefined, string>([
  [undefined, "application/json; charset=utf-8"],
  ["*/*", "application/json; charset=utf-8"],
  ["application/json", "application/json; charset=utf-8"],
  ["application/graphql-response+json", "application/graphql-response+json; charset=utf-8"],
  ["application/graphql-response+json, application/json", "application/graphql-response+json; charset=utf-8"],
]);

export interface CachedAnswers {
  /** Notes the schema each request executes on; goes before the response cache's plugins. */
  plugin: GatewayPlugin;
  /** The response cache's onKeyBuilt: remembers which request body led to which key. */
  remember(context: unknown, read: CachedRead): void;
  /** A node:http handler that answers a remembered read from the cache, or hands the request to `next`. */
  handler(next: (request: IncomingMessage, response: ServerResponse) => void): (request: IncomingMessage, response: ServerResponse) => void;
}

export function createCachedAnswers({ caching, graphqlEndpoint, maxBodyBytes, trustedOperationsOnly, documentOf, cors, supergraph, pollMs, answerMetrics }: CachedAnswersOptions): CachedAnswers {
  const reads = new Map<string, RememberedRead>();
  let rememberedBytes = 0;
  let rememberedFor = supergraph();
  /** The schema each request executes on (onExecute), for remember(). */
  const schemaOf = new WeakMap<object, GraphQLSchema>();
  /** The schema the last remembered read was validated against; once the supergraph changes, the stale one. */
  let lastSchema: GraphQLSchema | undefined;
  let staleSchema: GraphQLSchema | undefined;
  let checkedAt = performance.now();
  /**
   * The remembered reads, all forgotten once the supergraph changes (a field they read may
   * be gone); until the runtime serves the new schema, reads validated on the old one are
   * not remembered again.
   */
  function remembered(): Map<string, RememberedRead> {
    const now = performance.now();
    if (now - checkedAt < pollMs) return reads;
    checkedAt = now;
    const served = supergraph();
    if (served !== rememberedFor) {
      reads.clear();
      rememberedBytes = 0;
      rememberedFor = served;
      staleSchema = lastSchema;
    }
    return reads;
  }
  /** The body of each request read here and handed on, for remember(). */
  const bodies = new WeakMap<IncomingMessage, string>();

  /** The body's length when this request may be answered here; undefined when it goes on unread. */
  function answerableLength(request: IncomingMessage): number | undefined {
    const { headers } = request;
    if (request.method !== "POST" || request.url !== graphqlEndpoint) return undefined;
    // Credentials of any kind: the GraphQL server decides who the caller is.
    if (headers.authorization !== undefined || headers.cookie !== undefined) return undefined;
    if (cors && headers.origin !== undefined) return undefined;
    if (!headers["content-type"]?.startsWith("application/json") || headers["transfer-encoding"] !== undefined) return undefined;
    if (!CONTENT_TYPES.has(headers.accept)) return undefined;
    const clientId = headers[REQUEST_ID_HEADER];
    if (clientId !== undefined && (typeof clientId !== "string" || !CLIENT_REQUEST_ID.test(clientId))) return undefined;
    const length = Number(headers["content-length"]);
    return Number.isInteger(length) && length > 0 && length <= maxBodyBytes ? length : undefined;
  }

  /** The remembered read this body asks for, if its document may still run as it did. */
  function readFor(body: string): RememberedRead | undefined {
    const read = remembered().get(body);
    if (!read || read.hash === undefined) return read;
    return documentOf(read.hash) === read.document ? read : undefined;
  }

  /**
   * The answer's headers by Accept, one object each, filled in per answer: writeHead turns
   * them into the response's head at once and keeps no reference, so a hit allocates none.
   */
  const heads = new Map([...CONTENT_TYPES].map(([accept, contentType]) => [accept, { ...SECURITY_HEADERS, "content-type": contentType, "content-length": 0, [REQUEST_ID_HEADER]: "" }]));
  function answer(request: IncomingMessage, response: ServerResponse, bytes: Buffer): void {
    const clientId = request.headers[REQUEST_ID_HEADER] as string | undefined;
    const head: Record<string, string | number> = heads.get(request.headers.accept)!;
    head["content-length"] = bytes.length;
    head[REQUEST_ID_HEADER] = crypto.randomUUID();
    response.writeHead(200, clientId ? { ...head, [CLIENT_REQUEST_ID_HEADER]: clientId } : head);
    response.end(bytes);
  }

  return {
    remember(context, cachedRead) {
      const { req, params } = context as { req?: IncomingMessage; params?: { query?: string } };
      const body = req && bodies.get(req);
      const schema = schemaOf.get(context as object);
      if (body === undefined || typeof params?.query !== "string" || !schema) return;
      remembered();
      if (schema === staleSchema) return;
      lastSchema = schema;
      // Remembered already: a request that went on (an Origin under CORS, say) is keyed again on each visit.
      if (reads.has(body)) return;
      const sent = JSON.parse(body) as { query?: unknown; extensions?: Record<string, unknown> };
      // A batch is keyed operation by operation: its body names no one answer.
      if (Array.isArray(sent)) return;
      const hash = requestedHash(sent.extensions);
      // By hash alone, or by hash in production whatever the text: it ran because the hash named it.
      const byHash = hash !== undefined && (trustedOperationsOnly || typeof sent.query !== "string");
      if (rememberedBytes + body.length > MAX_REMEMBERED_BYTES) {
        reads.clear();
        rememberedBytes = 0;
      }
      rememberedBytes += body.length;
      const operationName = getOperationAST(parse(params.query), (sent as { operationName?: string }).operationName)?.name?.value;
      reads.set(body, { ...cachedRead, document: params.query, ...(byHash ? { hash } : {}), count: answerMetrics?.(operationName) });
    },
    plugin: {
      onExecute({ args }) {
        schemaOf.set(args.contextValue as object, args.schema);
      },
    },
    handler(next) {
      return (request, response) => {
        const length = answerableLength(request);
        if (length === undefined) return next(request, response);
        const started = performance.now();
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.once("error", () => response.destroy());
        request.once("end", () => {
          const body = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString();
          const goOn = () => {
            bodies.set(request, body);
            // Handed on already read: the server adapter takes a request's `body` as its body.
            (request as IncomingMessage & { body?: string }).body = body;
            next(request, response);
          };
          const read = body.length > 0 ? readFor(body) : undefined;
          if (!read) return goOn();
          const answered = (bytes: Buffer | undefined) => {
            if (!bytes) return goOn();
            answer(request, response, bytes);
            read.count?.((performance.now() - started) / 1000);
          };
          const stored = caching.storedAnswer(read);
          if (stored instanceof Promise) stored.then(answered, goOn);
          else answered(stored);
        });
      };
    },
  };
}
