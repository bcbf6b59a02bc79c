import { describe, expect, it } from "vitest";
import { ConfigError } from "@gcm-hub/kit";
import { readGatewayConfig } from "../src/config.js";

describe("readGatewayConfig: tracing", () => {
  it("is off by default, towards a local OTLP/HTTP collector, as gcm-hub-gateway", () => {
    const config = readGatewayConfig({});
    expect(config.tracing).toEqual({ enabled: false, endpoint: "http://127.0.0.1:4318", serviceName: "gcm-hub-gateway" });
    expect(Object.isFrozen(config.tracing)).toBe(true);
  });

  it("reads OTEL_TRACING, OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_SERVICE_NAME", () => {
    const config = readGatewayConfig({ OTEL_TRACING: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "https://otel.example.pt:4318/", OTEL_SERVICE_NAME: "gcm-hub-gateway-eu" });
    // The base URL: the exporter adds /v1/traces.
    expect(config.tracing).toEqual({ enabled: true, endpoint: "https://otel.example.pt:4318", serviceName: "gcm-hub-gateway-eu" });
  });

  it("names the variable and the problem for each bad value", () => {
    expect(() => readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(ConfigError);
    expect(() => readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "not a url" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT is not a valid URL, got "not a url"/);
    expect(() => readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "grpc://127.0.0.1:4317" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/);
    expect(() => readGatewayConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318?x=1" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT must be a base URL without query/);
    expect(() => readGatewayConfig({ OTEL_TRACING: "yes" })).toThrow('Invalid configuration: OTEL_TRACING must be true or false, got "yes"');
  });
});

describe("readGatewayConfig: QUERY_PLANNER", () => {
  it("is rust by default and reads js or rust", () => {
    expect(readGatewayConfig({}).queryPlanner).toBe("rust");
    expect(readGatewayConfig({ QUERY_PLANNER: "" }).queryPlanner).toBe("rust");
    expect(readGatewayConfig({ QUERY_PLANNER: "js" }).queryPlanner).toBe("js");
    expect(readGatewayConfig({ QUERY_PLANNER: "rust" }).queryPlanner).toBe("rust");
  });

  it("names the variable for any other value", () => {
    expect(() => readGatewayConfig({ QUERY_PLANNER: "apollo" })).toThrow(ConfigError);
    expect(() => readGatewayConfig({ QUERY_PLANNER: "Rust" })).toThrow('Invalid configuration: QUERY_PLANNER must be one of js, rust, got "Rust"');
  });
});
