// The refusals GraphQL Yoga answers before it reads any operation: CSRF prevention's 403,
// an Accept it cannot answer in (406), a Content-Type it does not take (415) and a path it
// does not serve (404). Yoga sends the 403 without a code and the others with no body at
// all; here each becomes a GraphQL error body with a code and a message that says what to
// send instead, like every other refusal of the gateway (docs/errors.md).
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export const CSRF_MESSAGE = "Required CSRF header(s) not present";
/**
 * Most bytes of a 403's body read to tell Yoga's CSRF refusal (under 100 bytes) from any
 * other 403, which is left as it is: a larger body is not Yoga's refusal, and is not read.
 */
export const MAX_REFUSAL_BYTES = 4096;

/** The body's text if it is at most `maxBytes`, read from a clone; undefined, reading no further, once it is longer. */
async function shortText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get("content-length")) > maxBytes) return undefined;
  const reader = response.clone().body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    bytes += read.value.byteLength;
    if (bytes > maxBytes) {
      // Not awaited: a clone's cancel settles only once the response's own body is cancelled too.
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString();
}

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
        return shortText(response, MAX_REFUSAL_BYTES).then((text) => {
          if (!text?.includes(CSRF_MESSAGE)) return;
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
