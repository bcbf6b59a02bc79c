// The gateway in production must be told an identity provider's JWKS. The benchmark's
// readers are anonymous; its writers (the mixed read/write load) and the tests of the
// production gateway sign tokens with its key.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface Jwks {
  url: string;
  /** A token for the department `subgraph` with `scopes`, as the identity provider would issue it. */
  sign(claims: { subgraph: string; scopes: string[]; subject?: string }): Promise<string>;
  stop(): Promise<void>;
}

export async function startJwks(): Promise<Jwks> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const keys = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256", use: "sig" }] });
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(keys);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    sign: ({ subgraph, scopes, subject = "writer" }) =>
      new SignJWT({ subgraph, scope: scopes.join(" ") })
        .setProtectedHeader({ alg: "RS256", kid: "bench" })
        .setSubject(subject)
        .setIssuer("gcm-hub")
        .setAudience("gcm-hub")
        .setIssuedAt()
        .setExpirationTime("2h")
        .sign(privateKey),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
