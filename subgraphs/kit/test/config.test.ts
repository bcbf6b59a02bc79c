import { describe, expect, it } from "vitest";
import { ConfigError, readSubgraphConfig } from "../src/index.js";

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

  it("accepts PostgreSQL URLs and explicit settings", () => {
    const secrets = "a-first-secret-of-at-least-32-characters,a-second-secret-of-at-least-32-characters";
    const config = readSubgraphConfig(4001, { PORT: "5000", DATABASE_URL: "postgres://postgres@127.0.0.1/hub", NODE_ENV: "production", HUB_GATEWAY_SECRETS: secrets });
    expect(config).toMatchObject({ port: 5000, databaseUrl: "postgres://postgres@127.0.0.1/hub", nodeEnv: "production", logLevel: "info" });
    expect(config.gatewaySecrets).toEqual(secrets.split(","));
  });

  it("requires gateway secrets in production, and long ones", () => {
    expect(() => readSubgraphConfig(4001, { NODE_ENV: "production" })).toThrow(/HUB_GATEWAY_SECRETS is required in production/);
    expect(() => readSubgraphConfig(4001, { HUB_GATEWAY_SECRETS: "short" })).toThrow(/at least 32 characters/);
    expect(readSubgraphConfig(4001, {}).gatewaySecrets).toHaveLength(1);
  });
});
