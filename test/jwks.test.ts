// Production-style verification: tokens signed by an identity provider's key,
// published as a JWKS, with issuer and audience checked.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { startTestHub, type TestHub } from "./support/testHub.js";
import { token as developmentToken } from "./support/tokens.js";

let hub: TestHub;
let idp: Server;
let privateKey: CryptoKey;
let gateway: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  const keys = await generateKeyPair("RS256");
  privateKey = keys.privateKey;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: "idp-key-1", alg: "RS256", use: "sig" }] });
  idp = createServer((_, response) => response.writeHead(200, { "content-type": "application/json" }).end(jwks));
  await new Promise<void>((resolve) => idp.listen(0, "127.0.0.1", resolve));
  hub = await startTestHub();
  gateway = await hub.startGateway({
    JWT_JWKS_URL: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/.well-known/jwks.json`,
    JWT_ISSUER: "https://idp.example.pt",
    JWT_AUDIENCE: "gcm-hub",
  });
});
afterAll(async () => {
  await gateway?.stop();
  await hub?.close();
  await new Promise((resolve) => idp?.close(resolve));
});

function providerToken(issuer = "https://idp.example.pt") {
  return new SignJWT({ subgraph: "labour", scope: "write" })
    .setProtectedHeader({ alg: "RS256", kid: "idp-key-1" })
    .setSubject("maria@iefp.pt")
    .setIssuer(issuer)
    .setAudience("gcm-hub")
    .setIssuedAt()
    .setExpirationTime("10m")
    .sign(privateKey);
}

async function audit(bearer: string) {
  const response = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query: "{ labourAuditTrail(first: 1) { totalCount } }" }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
}

describe("tokens verified against the identity provider's JWKS", () => {
  it("accepts a token signed by the provider's key", async () => {
    const { status, body } = await audit(await providerToken());
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(typeof body.data.labourAuditTrail.totalCount).toBe("number");
  });

  it("refuses a token from another issuer, and a development (HS256) token", async () => {
    const wrongIssuer = await audit(await providerToken("https://someone-else.example.com"));
    expect(wrongIssuer.status).toBe(401);
    expect(wrongIssuer.body.errors![0]!.message).toMatch(/'iss' claim/);
    const development = await audit(await developmentToken({ subgraph: "labour", scopes: ["write"] }));
    expect(development.status).toBe(401);
  });
});
