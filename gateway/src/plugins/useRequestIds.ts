// Every client request gets the gateway's own id: it names the request in the
// gateway's and every subgraph's logs and in the departments' audit trails, and is
// answered in x-request-id. A client may send its own x-request-id to find its
// request later; it is checked (format, length), kept apart as the client's id
// (x-client-request-id in the answer, clientRequestId in logs and audit entries), and
// never taken for ours. Replaces Hive's plugin, which adopts the client's id as its own.
import crypto from "node:crypto";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export const REQUEST_ID_HEADER = "x-request-id";
export const CLIENT_REQUEST_ID_HEADER = "x-client-request-id";
/** What a client's request id may look like: 1-128 letters, digits and . _ : - */
export const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestIds {
  /** The gateway's id for this request (a UUID). */
  requestId: string;
  /** The client's id, when it sent a valid one. */
  clientRequestId: string | null;
}

function badRequestId(): Response {
  const message = `The ${REQUEST_ID_HEADER} header must be 1 to 128 letters, digits, '.', '_', ':' or '-'`;
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] }), {
    status: 400,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

export function useRequestIds(): GatewayPlugin<RequestIds> {
  const idsByRequest = new WeakMap<Request, RequestIds>();
  return {
    onRequest({ request, serverContext, endResponse }) {
      const sent = request.headers.get(REQUEST_ID_HEADER);
      if (sent !== null && !CLIENT_REQUEST_ID.test(sent)) return endResponse(badRequestId());
      const ids = { requestId: crypto.randomUUID(), clientRequestId: sent };
      idsByRequest.set(request, ids);
      const context = serverContext as { log?: { child(fields: Record<string, unknown>): unknown } };
      if (context.log) context.log = context.log.child({ requestId: ids.requestId, ...(sent ? { clientRequestId: sent } : {}) }) as typeof context.log;
    },
    onContextBuilding({ context, extendContext }) {
      const ids = idsByRequest.get(context.request);
      if (ids) extendContext(ids);
    },
    onResponse({ request, response }) {
      const ids = idsByRequest.get(request);
      if (!ids) return;
      response.headers.set(REQUEST_ID_HEADER, ids.requestId);
      if (ids.clientRequestId) response.headers.set(CLIENT_REQUEST_ID_HEADER, ids.clientRequestId);
    },
  };
}
