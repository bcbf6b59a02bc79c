// Small HTTP plumbing shared by the subgraph server: bounded body reading and
// JSON replies. Kept apart so the server reads as routing, not byte handling.
import type { IncomingMessage, ServerResponse } from "node:http";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Reads the whole body, refusing (413) past `limitBytes`. */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw tooLarge(limitBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limitBytes: number): HttpError {
  return new HttpError(413, `Request body is larger than the limit of ${limitBytes} bytes`, "PAYLOAD_TOO_LARGE");
}

/** Parses a JSON body, or throws a 400 that says what is wrong with it. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") throw new HttpError(400, "Request body is empty; expected a JSON GraphQL request", "BAD_REQUEST");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Request body is not valid JSON: ${(error as Error).message}`, "BAD_REQUEST");
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

export function sendGraphQLError(response: ServerResponse, error: HttpError, headers: Record<string, string> = {}): void {
  sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, headers);
}
