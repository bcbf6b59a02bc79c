// The request credential: how a subgraph knows that a request comes from the gateway,
// on whose behalf, and that it is this very request. Both halves live here.
//
// Gateway half: for every subgraph request the gateway signs a short JWT with its
// Ed25519 private key, bound to the target subgraph (aud), the HTTP method, a SHA-256
// of the body, a 30-second lifetime and a unique id (jti); it carries the verified
// caller and the gateway's own request id. Subgraph half: checks all of that with the
// gateway's public keys only, so no department can mint a credential, and a captured
// one is good for nothing but the request it was made for. Mutations go further: the
// subgraph records the id and accepts it once (credentialLedger.ts).
//
// Keys rotate by configuration: the gateway signs with one private key (its kid in the
// JWT header); subgraphs accept any of the public keys they are given.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { JWK } from "jose";
import type { Caller } from "./caller.js";

export const CREDENTIAL_HEADER = "x-hub-credential";
/** How long a credential is accepted after the gateway made it. */
export const CREDENTIAL_LIFETIME_SECONDS = 30;
/** Clock difference tolerated between the gateway and a subgraph. */
export const CREDENTIAL_CLOCK_TOLERANCE_SECONDS = 5;
export const CREDENTIAL_ISSUER = "gcm-hub-gateway";
const ALGORITHM = "EdDSA";

/** What a credential is bound to: the request as the subgraph will receive it. */
export interface CredentialTarget {
  /** The subgraph's name in the supergraph. */
  audience: string;
  method: string;
  /** The exact body text sent ("" for none). */
  body: string;
}

/** Who the request is for, and which client request it serves. */
export interface CredentialSubject {
  caller: Caller | null;
  /** The gateway's own id for the client request. */
  requestId: string;
  /** The id the client sent (x-request-id), once checked at the gateway; kept apart from ours. */
  clientRequestId?: string | null;
}

export interface VerifiedCredential {
  /** Unique id (jti): a mutation's is accepted once. */
  id: string;
  caller: Caller | null;
  requestId: string;
  clientRequestId: string | null;
  expiresAt: Date;
}

export type CredentialVerification = { ok: true; credential: VerifiedCredential } | { ok: false; reason: string };

/** A gateway key pair, both halves as JWKs carrying the same kid. */
export interface GatewayKeyPair {
  privateKey: JWK;
  publicKey: JWK;
}

export function bodyHash(body: string): string {
  return crypto.createHash("sha256").update(body, "utf8").digest("base64url");
}

// ------------------------------------------------------------------ keys

/** RFC 7638 thumbprint of an Ed25519 public key: a kid that names the key itself. */
function thumbprint(x: string): string {
  return crypto.createHash("sha256").update(JSON.stringify({ crv: "Ed25519", kty: "OKP", x })).digest("base64url");
}

export function generateGatewayKeyPair(): GatewayKeyPair {
  const { privateKey } = crypto.generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" }) as JWK;
  const kid = thumbprint(jwk.x!);
  return { privateKey: { ...jwk, kid, alg: ALGORITHM }, publicKey: publicHalf({ ...jwk, kid }) };
}

/** The public half of a signing key. */
export function publicHalf(key: JWK): JWK {
  return { kty: key.kty, crv: key.crv, x: key.x, kid: key.kid, alg: ALGORITHM };
}

function isEd25519(key: unknown): key is JWK {
  const jwk = key as JWK | null;
  return typeof jwk === "object" && jwk !== null && jwk.kty === "OKP" && jwk.crv === "Ed25519" && typeof jwk.x === "string";
}

/** Reads a private Ed25519 JWK (HUB_GATEWAY_SIGNING_KEY); throws saying what is wrong. */
export function parseSigningKey(text: string): JWK {
  let key: unknown;
  try {
    key = JSON.parse(text);
  } catch {
    throw new Error("is not JSON: expected a private Ed25519 JWK as `npm run keys` prints it");
  }
  if (!isEd25519(key) || typeof key.d !== "string") throw new Error('must be a private Ed25519 JWK ({"kty":"OKP","crv":"Ed25519","x":...,"d":...})');
  return { ...key, kid: key.kid ?? thumbprint(key.x!), alg: ALGORITHM };
}

/** Reads public Ed25519 JWKs (HUB_GATEWAY_PUBLIC_KEYS): a JWKS, an array or one key. */
export function parsePublicKeys(text: string): JWK[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('is not JSON: expected a JWKS ({"keys":[...]}) as `npm run keys` prints it');
  }
  const keys = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown }).keys ?? [parsed];
  if (!Array.isArray(keys) || keys.length === 0) throw new Error("holds no key");
  return keys.map((key, index) => {
    if (!isEd25519(key)) throw new Error(`key ${index} is not a public Ed25519 JWK`);
    if ("d" in key) throw new Error(`key ${index} is a private key; subgraphs hold public keys only`);
    return publicHalf({ ...key, kid: key.kid ?? thumbprint(key.x!) });
  });
}

export const DEVELOPMENT_KEY_FILE = path.join("keys", "gateway-credential.dev.json");

/**
 * The development key pair under `dataDir`, created on first use. The gateway and
 * subgraphs started from the same data folder agree on it; it is refused anywhere
 * but on a loopback address (see the configuration).
 */
export function developmentGatewayKeys(dataDir: string): GatewayKeyPair {
  const file = path.join(dataDir, DEVELOPMENT_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}`;
    fs.writeFileSync(temporary, JSON.stringify(generateGatewayKeyPair().privateKey), { mode: 0o600 });
    try {
      // link fails if another process created the file meanwhile: theirs wins.
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const privateKey = parseSigningKey(fs.readFileSync(file, "utf8"));
  return { privateKey, publicKey: publicHalf(privateKey) };
}

const LOOPBACK = /^(localhost|::1|\[::1\]|127(?:\.\d{1,3}){3})$/;

/** Development keys and secrets are accepted only on these. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

// ------------------------------------------------------------------ gateway half

export type CredentialSigner = (target: CredentialTarget, subject: CredentialSubject) => Promise<string>;

// The credential is a standard compact JWS (JWT, EdDSA); jose verifies it as such
// (subgraphs/kit/test/server.test.ts). It is made and checked with node:crypto directly
// because it is made for every subgraph request: measured here, jose's WebCrypto path
// took 150 µs to sign and 173 µs to verify, node:crypto 29 µs and 77 µs.
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

export function createCredentialSigner(privateKey: JWK): CredentialSigner {
  const key = crypto.createPrivateKey({ key: privateKey as crypto.JsonWebKey, format: "jwk" });
  const header = encode({ alg: ALGORITHM, kid: privateKey.kid, typ: "JWT" });
  return async (target, subject) => {
    const issuedAt = Math.floor(Date.now() / 1000);
    const payload = encode({
      iss: CREDENTIAL_ISSUER,
      aud: target.audience,
      iat: issuedAt,
      exp: issuedAt + CREDENTIAL_LIFETIME_SECONDS,
      jti: crypto.randomUUID(),
      htm: target.method.toUpperCase(),
      bh: bodyHash(target.body),
      caller: subject.caller,
      rid: subject.requestId,
      ...(subject.clientRequestId ? { crid: subject.clientRequestId } : {}),
    });
    const signed = `${header}.${payload}`;
    return `${signed}.${crypto.sign(null, Buffer.from(signed), key).toString("base64url")}`;
  };
}

/**
 * A fetch that signs each request for `audience` as the gateway does: for callers of a
 * subgraph other than the hub's gateway (benchmark baselines, tests). Text bodies only.
 */
export function signingFetch(sign: CredentialSigner, audience: string, subject: Partial<CredentialSubject> = {}): typeof fetch {
  return async (input, init = {}) => {
    const body = init.body ?? "";
    if (typeof body !== "string") throw new Error("signingFetch signs text bodies only");
    const headers = new Headers(init.headers);
    const credential = await sign(
      { audience, method: init.method ?? "GET", body },
      { caller: subject.caller ?? null, requestId: subject.requestId ?? crypto.randomUUID(), clientRequestId: subject.clientRequestId },
    );
    headers.set(CREDENTIAL_HEADER, credential);
    return fetch(input, { ...init, headers });
  };
}

// ------------------------------------------------------------------ subgraph half

export type CredentialVerifier = (token: string | null | undefined, target: CredentialTarget) => Promise<CredentialVerification>;

function readCaller(value: unknown): Caller | null | undefined {
  if (value === null) return null;
  const caller = value as Caller | undefined;
  if (typeof caller?.subgraph !== "string" || typeof caller.subject !== "string") return undefined;
  if (!Array.isArray(caller.scopes) || !caller.scopes.every((scope) => typeof scope === "string")) return undefined;
  return { subgraph: caller.subgraph, scopes: caller.scopes, subject: caller.subject };
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const refused = (reason: string): CredentialVerification => ({ ok: false, reason });

export function createCredentialVerifier(publicKeys: readonly JWK[]): CredentialVerifier {
  const keys = new Map(publicKeys.map((jwk) => [jwk.kid, crypto.createPublicKey({ key: jwk as crypto.JsonWebKey, format: "jwk" })]));
  return async (token, target) => {
    if (!token) return refused("missing gateway credential");
    const parts = token.split(".");
    const [header, payload] = [decode(parts[0] ?? ""), decode(parts[1] ?? "")];
    if (parts.length !== 3 || !header || !payload || header.alg !== ALGORITHM) return refused("malformed gateway credential");
    const key = keys.get(header.kid as string);
    if (!key || !crypto.verify(null, Buffer.from(`${parts[0]}.${parts[1]}`), key, Buffer.from(parts[2]!, "base64url"))) {
      return refused("gateway credential not signed by a known gateway key");
    }
    const now = Date.now() / 1000;
    const { iss, aud, iat, exp, jti, htm, bh, rid, crid } = payload;
    if (typeof iat !== "number" || typeof exp !== "number" || typeof jti !== "string" || jti === "") return refused("malformed gateway credential");
    if (exp + CREDENTIAL_CLOCK_TOLERANCE_SECONDS < now || iat + CREDENTIAL_LIFETIME_SECONDS + CREDENTIAL_CLOCK_TOLERANCE_SECONDS < now) {
      return refused("expired gateway credential");
    }
    if (iat - CREDENTIAL_CLOCK_TOLERANCE_SECONDS > now) return refused("gateway credential not for this request (iat: in the future)");
    if (iss !== CREDENTIAL_ISSUER) return refused("gateway credential not for this request (iss: another issuer)");
    if (aud !== target.audience) return refused(`gateway credential not for this request (aud: made for ${JSON.stringify(aud)})`);
    if (htm !== target.method.toUpperCase()) return refused("gateway credential made for another HTTP method");
    if (bh !== bodyHash(target.body)) return refused("gateway credential made for another request body");
    const caller = readCaller(payload.caller);
    if (caller === undefined || typeof rid !== "string") return refused("malformed gateway credential");
    return {
      ok: true,
      credential: { id: jti, caller, requestId: rid, clientRequestId: typeof crid === "string" ? crid : null, expiresAt: new Date(exp * 1000) },
    };
  };
}
