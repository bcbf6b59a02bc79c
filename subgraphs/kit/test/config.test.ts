import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, generateGatewayKeyPair, readSubgraphConfig } from "../src/index.js";

describe("readSubgraphConfig", () => {
  it("defaults to the contract port, embedded database and ./.data", () => {
    const config = readSubgraphConfig(4001, {});
    expect(config.port).toBe(4001);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith(".data")).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("names the variable and the problem for each bad value", () => {
    expect(() => readSubgraphConfig(4001, { PORT: "http" })).toThrow('Invalid configuration: PORT must be an integer port between 0 and 65535, got "http"');
    expect(() => readSubgraphConfig(4001, { PORT: "70000" })).toThrow(ConfigError);
    expect(() => readSubgraphConfig(4001, { DATABASE_URL: "mysql://x@y/z" })).toThrow(/DATABASE_URL must use the postgresql:\/\/ scheme/);
    expect(() => readSubgraphConfig(4001, { DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL is not a valid URL/);
    expect(() => readSubgraphConfig(4001, { NODE_ENV: "prod" })).toThrow(/NODE_ENV must be one of development, production, test/);
    expect(() => readSubgraphConfig(4001, { LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of/);
  });

  it("serves from SUBGRAPH_WORKERS workers only on PostgreSQL, one process when unset", () => {
    expect(readSubgraphConfig(4001, {}).workers).toBeNull();
    expect(readSubgraphConfig(4001, { SUBGRAPH_WORKERS: "2", DATABASE_URL: "postgresql://postgres@127.0.0.1/hub" }).workers).toBe(2);
    expect(() => readSubgraphConfig(4001, { SUBGRAPH_WORKERS: "2" })).toThrow(/SUBGRAPH_WORKERS needs DATABASE_URL/);
    expect(() => readSubgraphConfig(4001, { SUBGRAPH_WORKERS: "0", DATABASE_URL: "postgresql://postgres@127.0.0.1/hub" })).toThrow('Invalid configuration: SUBGRAPH_WORKERS must be an integer from 1 to 64 (worker processes), got "0"');
  });

  it("accepts PostgreSQL URLs and explicit settings, with the gateway's public keys", () => {
    const [current, previous] = [generateGatewayKeyPair(), generateGatewayKeyPair()];
    const keys = JSON.stringify({ keys: [current.publicKey, previous.publicKey] });
    const config = readSubgraphConfig(4001, { PORT: "5000", DATABASE_URL: "postgres://postgres@127.0.0.1/hub", NODE_ENV: "production", HUB_GATEWAY_PUBLIC_KEYS: keys });
    expect(config).toMatchObject({ port: 5000, databaseUrl: "postgres://postgres@127.0.0.1/hub", nodeEnv: "production", logLevel: "info" });
    expect(config.gatewayKeys.map((key) => key.kid)).toEqual([current.publicKey.kid, previous.publicKey.kid]);
  });

  it("requires the gateway's public keys in production, and refuses private or malformed ones", () => {
    expect(() => readSubgraphConfig(4001, { NODE_ENV: "production" })).toThrow(/HUB_GATEWAY_PUBLIC_KEYS is required in production/);
    expect(() => readSubgraphConfig(4001, { HUB_GATEWAY_PUBLIC_KEYS: "secret" })).toThrow(/HUB_GATEWAY_PUBLIC_KEYS is not JSON/);
    const pair = generateGatewayKeyPair();
    expect(() => readSubgraphConfig(4001, { HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify([pair.privateKey]) })).toThrow(/is a private key; subgraphs hold public keys only/);
  });

  it("uses the development key under HUB_DATA_DIR only on a loopback address", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-keys-"));
    try {
      const local = readSubgraphConfig(4001, { HUB_DATA_DIR: dataDir });
      expect(local.gatewayKeys).toHaveLength(1);
      expect(readSubgraphConfig(4002, { HUB_DATA_DIR: dataDir, HOST: "localhost" }).gatewayKeys).toEqual(local.gatewayKeys);
      expect(fs.statSync(path.join(dataDir, "keys", "gateway-credential.dev.json")).mode & 0o077).toBe(0);
      expect(() => readSubgraphConfig(4001, { HUB_DATA_DIR: dataDir, HOST: "0.0.0.0" })).toThrow(
        /HUB_GATEWAY_PUBLIC_KEYS must be set when HOST is 0.0.0.0, which is not a loopback address/,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
