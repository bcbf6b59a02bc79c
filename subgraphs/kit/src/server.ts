// createSubgraphServer: one function turns a subgraph's SDL and resolvers into an
// HTTP server with /graphql, /healthz and /readyz, JSON logs, masked internal
// errors and graceful shutdown. It does not listen: tests call `handle` or
// `executeOperation`; `listen` is for main.ts and the all-in-one start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import crypto from "node:crypto";
import { ApolloServer, HeaderMap, type GraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema, type GraphQLResolverMap } from "@apollo/subgraph";
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLFormattedError } from "graphql";
import type { JWK } from "jose";
import { unwrapResolverError } from "@apollo/server/errors";
import { forbidden, unauthenticated } from "./authorization.js";
import type { BaseContext } from "./context.js";
import type { CredentialLedger } from "./credentialLedger.js";
import { boundedOperationName, createCredentialVerifier, CREDENTIAL_HEADER, DEFAULT_DRAIN_TIMEOUT_MS, drainHttpServer, OPERATION_HEADER, type VerifiedCredential } from "@gcm-hub/platform";
import { ErrorCode, isDatabaseUnavailable } from "./errors.js";
import { HttpError, parseJsonBody, readBody, sendGraphQLError, sendJson } from "./http.js";
import { createSubgraphMetrics } from "./metrics.js";
import type { Logger } from "@gcm-hub/platform";

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
export const REQUEST_ID_HEADER = "x-request-id";

export interface Readiness {
  ready: boolean;
  checks: Record<string, string>;
}

export interface SubgraphServerOptions<Context extends BaseContext> {
  /** Subgraph name, as composed into the supergraph. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  /** Builds the per-request context (database client, loaders) from the base one. */
  createContext: (base: BaseContext) => Context;
  /** Reports whether the subgraph can serve (database reachable, migrated, seeded). */
  readiness: () => Promise<Readiness>;
  log: Logger;
  /** Largest accepted request body; default DEFAULT_BODY_LIMIT_BYTES (1 MiB). */
  bodyLimitBytes?: number;
  /** How long stop() waits for in-flight requests; default DEFAULT_DRAIN_TIMEOUT_MS (10 s). */
  drainTimeoutMs?: number;
  /** The gateway's public keys; a request without a credential one of them signed gets 401. */
  gatewayKeys: readonly JWK[];
  /** Where mutations' credential ids are recorded, so each is accepted once. */
  credentialLedger: CredentialLedger;
  /** Database pool counts for /metrics, when the database has a pool. */
  poolStats?: () => { total: number; idle: number; waiting: number };
}

export interface SubgraphServer<Context extends BaseContext> {
  readonly name: string;
  readonly apollo: ApolloServer<Context>;
  /** Node request handler: routes /graphql, /healthz, /readyz. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  /** Runs one operation in process, with a real context (tests). */
  executeOperation(request: GraphQLRequest, base?: Partial<BaseContext>): ReturnType<ApolloServer<Context>["executeOperation"]>;
  /** Starts listening; resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, drains in-flight requests, then stops Apollo. */
  stop(): Promise<void>;
}

/** Where a subgraph listening on `host` and `port` serves GraphQL. */
export function subgraphUrl(host: string, port: number): string {
  return `http://${host}:${port}/graphql`;
}

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The W3C trace id the gateway sends with tracing on, so a log line can be found from its trace. */
function traceIdOf(header: string | undefined): string | undefined {
  return header ? TRACEPARENT.exec(header)?.[1] : undefined;
}

/**
 * Every mutation is a department's write to its own data: an anonymous caller or
 * another department is refused before any resolver looks at the input, and the
 * request's credential is recorded so that a replay of it is refused.
 */
function mutationGuard(name: string, ledger: CredentialLedger): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "mutation") return;
          const { caller, credential } = contextValue;
          if (!caller) throw withStatus(unauthenticated(`Sign in: changing ${name} data needs a token for the ${name} department`), 200);
          if (caller.subgraph !== name) {
            throw withStatus(forbidden(`The token is for the ${caller.subgraph} department; only the ${name} department may change ${name} data`), 200);
          }
          if (credential && !(await ledger.accept(credential.id, credential.expiresAt))) {
            contextValue.log.warn({ credential: credential.id }, "mutation refused: its gateway credential was already used");
            throw withStatus(unauthenticated("This request's gateway credential was already used: a mutation is accepted once"), 401);
          }
        },
        async executionDidStart({ operation }) {
          if (operation.operation !== "mutation") return;
          return {
            // Root mutation fields run one after another: each write sees its own.
            willResolveField({ info, args, contextValue }) {
              if (info.path.prev === undefined) contextValue.mutation = { field: info.fieldName, arguments: args as Record<string, unknown> };
            },
          };
        },
      };
    },
  };
}

function withStatus<E extends { extensions: Record<string, unknown> }>(error: E, status: number): E {
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}

export async function createSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer<Context>> {
  const { name, log } = options;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const metrics = createSubgraphMetrics(name);
  if (options.poolStats) metrics.observePool(options.poolStats);
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    includeStacktraceInErrorResponses: false,
    // Apollo's cache-control plugin hooks every field a query resolves (a figure page is
    // thousands) for hints no one reads: the gateway caches whole answers by its own TTL.
    // Without it, a query's resolvers run unwrapped (no plugin asks to see each field).
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), metrics.plugin, mutationGuard(name, options.credentialLedger)],
    formatError: (formatted, error) => maskInternalError(name, log, formatted, error),
    logger: apolloLogger(log),
    // The process's own SIGINT/SIGTERM handler drains and stops; Apollo's would race it
    // (both stopping the server) and leave the process hanging after the signal.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const verifyCredential = createCredentialVerifier(options.gatewayKeys);
  const baseContext = (requestId: string, credential?: VerifiedCredential, clientOperation?: string): BaseContext => ({
    requestId,
    clientRequestId: credential?.clientRequestId ?? null,
    clientOperation,
    caller: credential?.caller ?? null,
    credential: credential && { id: credential.id, expiresAt: credential.expiresAt },
    log: log.child({ requestId }),
  });

  async function serveGraphQL(request: IncomingMessage, response: ServerResponse, search: string) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const method = request.method ?? "GET";
    // Read first: the credential is bound to these exact bytes.
    const text = method === "POST" ? await readBody(request, bodyLimit) : "";
    const verification = await verifyCredential(headers.get(CREDENTIAL_HEADER), { audience: name, method, body: text });
    if (!verification.ok) {
      log.warn({ reason: verification.reason }, "request refused: not from the gateway");
      throw new HttpError(401, `The ${name} subgraph accepts requests only from the GCM Hub gateway (${verification.reason})`, "UNAUTHENTICATED");
    }
    const { credential } = verification;
    const body = method === "POST" ? (headers.get("content-type")?.includes("json") ? parseJsonBody(text) : text) : undefined;
    const started = performance.now();
    const clientOperation = boundedOperationName(headers.get(OPERATION_HEADER));
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: async () => options.createContext(baseContext(credential.requestId, credential, clientOperation)),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.setHeader(REQUEST_ID_HEADER, credential.requestId);
    response.statusCode = result.status ?? 200;
    log.info(
      {
        requestId: credential.requestId,
        clientRequestId: credential.clientRequestId ?? undefined,
        traceId: traceIdOf(headers.get("traceparent")),
        operation: clientOperation ?? null,
        caller: credential.caller?.subgraph ?? null,
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
      },
      "graphql request",
    );
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://subgraph");
    switch (url.pathname) {
      case "/healthz":
        return sendJson(response, 200, { status: "ok", subgraph: name });
      case "/readyz": {
        const readiness = await options.readiness();
        return sendJson(response, readiness.ready ? 200 : 503, { status: readiness.ready ? "ready" : "not ready", subgraph: name, ...readiness });
      }
      case "/metrics":
        response.writeHead(200, { "content-type": metrics.registry.contentType });
        return response.end(await metrics.registry.metrics());
      case "/graphql":
        return serveGraphQL(request, response, url.search);
      default:
        return sendGraphQLError(response, new HttpError(404, `No route ${url.pathname}; the GraphQL endpoint is /graphql`, "NOT_FOUND"));
    }
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    route(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof HttpError) return sendGraphQLError(response, error);
      log.error({ err: error }, "request failed");
      sendGraphQLError(response, new HttpError(500, `Internal error in the ${name} subgraph`, ErrorCode.INTERNAL_SERVER_ERROR));
    });
  }

  let httpServer: Server | undefined;
  return {
    name,
    apollo,
    handle,
    executeOperation: (request, base) =>
      apollo.executeOperation(request, {
        contextValue: options.createContext({ ...baseContext(crypto.randomUUID()), ...base }),
      }),
    async listen(port, host = "127.0.0.1") {
      httpServer = createServer(handle);
      httpServer.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        httpServer!.once("error", reject);
        httpServer!.listen(port, host, () => resolve());
      });
      return subgraphUrl(host, (httpServer.address() as AddressInfo).port);
    },
    async stop() {
      if (httpServer) await drainHttpServer(httpServer, options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS);
      await apollo.stop();
    },
  };
}


/**
 * Errors without a client-facing code (database failures, bugs) are logged and
 * replaced by a message that names the subgraph and leaks nothing internal.
 * Errors that carry a code (parse, validation, BAD_USER_INPUT, ...) pass through.
 */
function maskInternalError(name: string, log: Logger, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    log.error({ err: original }, "database unavailable");
    return { message: `The ${name} subgraph's database is unavailable`, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  log.error({ err: original, path: formatted.path }, "resolver failed");
  return { message: `Internal error in the ${name} subgraph`, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

function apolloLogger(log: Logger) {
  return {
    debug: (message: string) => log.debug(message),
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warn(message),
    error: (message: string) => log.error(message),
  };
}
