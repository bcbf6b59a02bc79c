// The refusals GraphQL Yoga answers before it reads any operation: CSRF prevention's 403,
// an Accept it cannot answer in (406), a Content-Type it does not take (415) and a path it
// does not serve (404). Yoga sends the 403 without a code and the others with no body at
// all; here each becomes a GraphQL error body with a code and a message that says what to
// send instead, like every other refusal of the gateway (docs/errors.md).
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export const CSRF_MESSAGE = "Required CSRF header(s) not present";

function explained(response: Response, message: string, code: string): Response {
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json; charset=utf-8");
  headers.delete("content-length");
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status: response.status, headers });
}

/** What a bodiless refusal says, by its status; undefined for a status left as it is. */
function refusalOf(status: number, request: Request, url: URL, graphqlEndpoint: string): { message: string; code: string } | undefined {
  if (status === 406) {
    return { code: "NOT_ACCEPTABLE", message: `No answer in a type the Accept header allows (${request.headers.get("accept")}): accept application/graphql-response+json or application/json` };
  }
  if (status === 415) {
    return { code: "UNSUPPORTED_MEDIA_TYPE", message: `A request body of type ${request.headers.get("content-type") ?? "(none)"} is not read: send the operation as application/json` };
  }
  if (status === 404) return { code: "NOT_FOUND", message: `No route ${url.pathname}; the GraphQL endpoint is ${graphqlEndpoint}` };
  return undefined;
}

export function useRequestRefusals({ graphqlEndpoint }: { graphqlEndpoint: string }): GatewayPlugin {
  return {
    onResponse({ request, response, setResponse }) {
      const { status } = response;
      if ((status !== 403 && status !== 404 && status !== 406 && status !== 415) || request.method === "HEAD") return;
      if (status === 403) {
        return response
          .clone()
          .text()
          .then((text) => {
            if (!text.includes(CSRF_MESSAGE)) return;
            const message = `${CSRF_MESSAGE}: send the operation as application/json, or add an x-graphql-csrf header (docs/front-end.md, CORS and CSRF)`;
            setResponse(explained(response, message, "CSRF_HEADER_REQUIRED"));
          });
      }
      if (response.body !== null && response.headers.get("content-length") !== "0") return;
      const refusal = refusalOf(status, request, new URL(request.url), graphqlEndpoint);
      if (refusal) setResponse(explained(response, refusal.message, refusal.code));
    },
  };
}
