// The gateway in production must be told an identity provider's JWKS. The benchmark's
// requests are anonymous, so the key set is never used; this one serves a real key.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair } from "jose";

export async function startJwks(): Promise<{ url: string; stop(): Promise<void> }> {
  const { publicKey } = await generateKeyPair("RS256");
  const keys = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256", use: "sig" }] });
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(keys);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
