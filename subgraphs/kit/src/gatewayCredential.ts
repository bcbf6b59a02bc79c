// Subgraphs trust only the gateway. The gateway half signs each subgraph request:
// the caller's verified identity travels in x-hub-caller, and x-hub-signature is an
// HMAC-SHA256 over a timestamp and that identity with a shared secret. The subgraph
// half checks it. Secrets rotate by configuration: the gateway signs with the first
// of HUB_GATEWAY_SECRETS, subgraphs accept any of theirs.
import crypto from "node:crypto";
import type { Caller } from "./context.js";

export const CALLER_HEADER = "x-hub-caller";
/** The client operation a subgraph request serves, for the subgraph's metrics and logs (not signed: informational). */
export const OPERATION_HEADER = "x-hub-operation";
export const SIGNATURE_HEADER = "x-hub-signature";
/** How far a signature's timestamp may be from the subgraph's clock. */
export const MAX_SIGNATURE_SKEW_SECONDS = 300;

function hmac(secret: string, timestamp: number, caller: string): string {
  return crypto.createHmac("sha256", secret).update(`${timestamp}.${caller}`).digest("hex");
}

function encodeCaller(caller: Caller | null): string {
  return caller ? Buffer.from(JSON.stringify(caller), "utf8").toString("base64url") : "";
}

/** Gateway half: the headers that vouch for a request and carry its caller. */
export function signGatewayRequest(secret: string, caller: Caller | null, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000);
  const encoded = encodeCaller(caller);
  return { [CALLER_HEADER]: encoded, [SIGNATURE_HEADER]: `t=${timestamp},v1=${hmac(secret, timestamp, encoded)}` };
}

export type GatewayVerification = { ok: true; caller: Caller | null } | { ok: false; reason: string };

/** Subgraph half: checks the signature with any of `secrets` and reads the caller. */
export function verifyGatewayRequest(
  headers: { get(name: string): string | null | undefined },
  secrets: readonly string[],
  now = Date.now(),
): GatewayVerification {
  const signature = headers.get(SIGNATURE_HEADER);
  if (!signature) return { ok: false, reason: "missing gateway signature" };
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
  if (!match) return { ok: false, reason: "malformed gateway signature" };
  const timestamp = Number(match[1]);
  if (Math.abs(now / 1000 - timestamp) > MAX_SIGNATURE_SKEW_SECONDS) return { ok: false, reason: "expired gateway signature" };
  const encoded = headers.get(CALLER_HEADER) ?? "";
  const given = Buffer.from(match[2]!, "hex");
  const valid = secrets.some((secret) => crypto.timingSafeEqual(Buffer.from(hmac(secret, timestamp, encoded), "hex"), given));
  if (!valid) return { ok: false, reason: "gateway signature does not match" };
  if (!encoded) return { ok: true, caller: null };
  try {
    const caller = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Caller;
    if (typeof caller.department !== "string" || !Array.isArray(caller.scopes) || typeof caller.subject !== "string") {
      return { ok: false, reason: "malformed caller identity" };
    }
    return { ok: true, caller };
  } catch {
    return { ok: false, reason: "malformed caller identity" };
  }
}
