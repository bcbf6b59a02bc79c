// Refuses request bodies over a size limit before they are read or parsed.
// A POST must declare its Content-Length (every browser and GraphQL client does),
// so the check needs no buffering.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

export interface BodyLimitOptions {
  /** Largest accepted body in bytes; default DEFAULT_MAX_BODY_BYTES (100 KiB). */
  maxBytes: number;
}

export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

function refusal(status: number, message: string, code: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

export function useBodyLimit({ maxBytes }: BodyLimitOptions = { maxBytes: DEFAULT_MAX_BODY_BYTES }): GatewayPlugin {
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== "POST") return;
      const declared = request.headers.get("content-length");
      if (declared === null) {
        endResponse(refusal(411, "POST requests must declare Content-Length", "LENGTH_REQUIRED"));
        return;
      }
      const length = Number(declared);
      if (!Number.isFinite(length) || length > maxBytes) {
        endResponse(refusal(413, `Request body of ${declared} bytes is over the limit of ${maxBytes} bytes`, "PAYLOAD_TOO_LARGE"));
      }
    },
  };
}
