// The gateway's configuration: development keys and secrets only where nothing but
// this machine can reach them; production keys checked; metrics off the public port.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { generateGatewayKeyPair } from "@gcm-hub/platform";
import { DEFAULT_PRODUCTION_METRICS_PORT, readGatewayConfig } from "../src/config.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-gateway-config-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const JWKS = { JWT_JWKS_URL: "https://idp.example.pt/jwks" };

describe("readGatewayConfig", () => {
  it("creates the development signing key under HUB_DATA_DIR on a loopback address, and reuses it", () => {
    const first = readGatewayConfig({ HUB_DATA_DIR: dataDir });
    expect(first.signingKey).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(readGatewayConfig({ HUB_DATA_DIR: dataDir, HOST: "::1" }).signingKey).toEqual(first.signingKey);
  });

  it("refuses development keys and the development token secret on an address other machines can reach", () => {
    expect(() => readGatewayConfig({ HUB_DATA_DIR: dataDir, HOST: "0.0.0.0", ...JWKS })).toThrow(
      /HUB_GATEWAY_SIGNING_KEY must be set when HOST is 0.0.0.0, which is not a loopback address/,
    );
    const signing = { HUB_GATEWAY_SIGNING_KEY: JSON.stringify(generateGatewayKeyPair().privateKey) };
    expect(() => readGatewayConfig({ HOST: "10.0.0.5", ...signing })).toThrow(/JWT_SECRET must be set when HOST is 10.0.0.5/);
    expect(readGatewayConfig({ HOST: "10.0.0.5", ...signing, ...JWKS }).host).toBe("10.0.0.5");
  });

  it("requires a configured signing key in production, and a private Ed25519 one", () => {
    expect(() => readGatewayConfig({ NODE_ENV: "production", ...JWKS })).toThrow(/HUB_GATEWAY_SIGNING_KEY is required in production/);
    const publicOnly = JSON.stringify(generateGatewayKeyPair().publicKey);
    expect(() => readGatewayConfig({ NODE_ENV: "production", HUB_GATEWAY_SIGNING_KEY: publicOnly, ...JWKS })).toThrow(/must be a private Ed25519 JWK/);
  });

  it("keeps /metrics off the public listener in production", () => {
    const signing = { HUB_GATEWAY_SIGNING_KEY: JSON.stringify(generateGatewayKeyPair().privateKey) };
    expect(readGatewayConfig({ NODE_ENV: "production", ...signing, ...JWKS }).metrics).toEqual({ port: DEFAULT_PRODUCTION_METRICS_PORT, host: "127.0.0.1" });
    expect(readGatewayConfig({ HUB_DATA_DIR: dataDir }).metrics.port).toBeNull();
    expect(() => readGatewayConfig({ HUB_DATA_DIR: dataDir, METRICS_PORT: "metrics" })).toThrow(/METRICS_PORT must be an integer port/);
  });

  it("runs as one process unless GATEWAY_WORKERS asks for workers (1 to 64)", () => {
    expect(readGatewayConfig({ NODE_ENV: "test" }).workers).toBeNull();
    expect(readGatewayConfig({ NODE_ENV: "test", GATEWAY_WORKERS: "2" }).workers).toBe(2);
    expect(() => readGatewayConfig({ NODE_ENV: "test", GATEWAY_WORKERS: "all" })).toThrow('Invalid configuration: GATEWAY_WORKERS must be an integer from 1 to 64 (worker processes), got "all"');
  });

  it("keeps 32 MiB of answers copied from Redis unless RESPONSE_CACHE_COPY_BYTES says otherwise (0 turns the copy off)", () => {
    expect(readGatewayConfig({ NODE_ENV: "test" }).responseCacheCopyBytes).toBe(32 * 1024 * 1024);
    expect(readGatewayConfig({ NODE_ENV: "test", RESPONSE_CACHE_COPY_BYTES: "0" }).responseCacheCopyBytes).toBe(0);
    expect(readGatewayConfig({ NODE_ENV: "test", RESPONSE_CACHE_COPY_BYTES: "1048576" }).responseCacheCopyBytes).toBe(1_048_576);
    for (const bad of ["32MiB", "-1", "1.5", "4294967297"]) {
      expect(() => readGatewayConfig({ NODE_ENV: "test", RESPONSE_CACHE_COPY_BYTES: bad })).toThrow(`Invalid configuration: RESPONSE_CACHE_COPY_BYTES must be an integer from 0 to 4294967296, got "${bad}"`);
    }
  });

  it("opens a subgraph's circuit after 3 failures in a row, probing every second, unless told otherwise (0 never opens one)", () => {
    expect(readGatewayConfig({ NODE_ENV: "test" }).subgraphBreaker).toEqual({ failuresToOpen: 3, probeEveryMs: 1000 });
    expect(readGatewayConfig({ NODE_ENV: "test", SUBGRAPH_BREAKER_FAILURES: "0", SUBGRAPH_BREAKER_PROBE_MS: "250" }).subgraphBreaker).toEqual({ failuresToOpen: 0, probeEveryMs: 250 });
    expect(() => readGatewayConfig({ NODE_ENV: "test", SUBGRAPH_BREAKER_FAILURES: "-1" })).toThrow('Invalid configuration: SUBGRAPH_BREAKER_FAILURES must be an integer from 0 to 1000, got "-1"');
    expect(() => readGatewayConfig({ NODE_ENV: "test", SUBGRAPH_BREAKER_PROBE_MS: "fast" })).toThrow('Invalid configuration: SUBGRAPH_BREAKER_PROBE_MS must be an integer from 100 to 60000, got "fast"');
  });

  it("bounds token age and clock tolerance", () => {
    expect(readGatewayConfig({ HUB_DATA_DIR: dataDir }).tokens).toMatchObject({ maxAgeSeconds: 8 * 3600, clockToleranceSeconds: 30 });
    expect(() => readGatewayConfig({ HUB_DATA_DIR: dataDir, JWT_MAX_AGE_SECONDS: "10" })).toThrow(/JWT_MAX_AGE_SECONDS must be an integer from 60/);
  });
});

describe("start-up with development keys on a public address", () => {
  it("stops the gateway with a message that names the variable to set", () => {
    let output = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", "gateway/src/main.ts"], { env: { ...process.env, HOST: "0.0.0.0", HUB_DATA_DIR: dataDir, NODE_ENV: "development" }, stdio: "pipe" });
    } catch (error) {
      output = String((error as { stderr: Buffer }).stderr);
      expect((error as { status: number }).status).toBe(1);
    }
    expect(output.trim()).toBe(
      "Invalid configuration: HUB_GATEWAY_SIGNING_KEY must be set when HOST is 0.0.0.0, which is not a loopback address (the gateway's private Ed25519 key, as `npm run keys` prints it); development keys are accepted only on 127.0.0.1, ::1 or localhost",
    );
  });
});
