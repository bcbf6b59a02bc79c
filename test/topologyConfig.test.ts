// `npm run start:topology`'s configuration: a database per department from
// DATABASE_URL_<NAME> or gcm_hub_<name> on the local server, contract ports unless told
// otherwise, and a bad value refused with the variable's name.
import { describe, expect, it } from "vitest";
import { readTopologyConfig } from "@gcm-hub/runtime/topologyConfig";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";

describe("readTopologyConfig", () => {
  it("defaults to a gcm_hub_<name> database per department, the contract ports, two replicas and the local Redis", () => {
    const config = readTopologyConfig({});
    expect(Object.keys(config.databaseUrls)).toEqual([...SUBGRAPH_NAMES]);
    expect(config.databaseUrls.border).toBe("postgresql://postgres@127.0.0.1:5432/gcm_hub_border");
    expect(config.subgraphPorts).toEqual({ plan: 4001, border: 4002, integration: 4003, diaspora: 4004, labour: 4005, social: 4006 });
    expect(config).toMatchObject({ gatewayPorts: [4000, 4010], metricsPorts: [9464, 9474], redisUrl: "redis://127.0.0.1:6379", gatewayWorkers: null });
    expect(config.dataDir.endsWith(".data/topology")).toBe(true);
    // Both replicas serve the client manifests published where `npm start` reads them.
    expect(config.operationsDir!.endsWith(".data/operations")).toBe(true);
  });

  it("takes each department's database, the ports and the workers from the environment", () => {
    const config = readTopologyConfig({ DATABASE_URL_BORDER: "postgresql://sef@db.example.pt:5433/border", TOPOLOGY_GATEWAY_PORTS: "5000,5010,5020", GATEWAY_WORKERS: "2", TOPOLOGY_SUBGRAPH_PORTS: "5001,5002,5003,5004,5005,5006" });
    expect(config.databaseUrls.border).toBe("postgresql://sef@db.example.pt:5433/border");
    expect(config.databaseUrls.plan).toBe("postgresql://postgres@127.0.0.1:5432/gcm_hub_plan");
    expect(config.gatewayPorts).toEqual([5000, 5010, 5020]);
    expect(config.metricsPorts).toEqual([9464, 9474, 9484]);
    expect(config.subgraphPorts.social).toBe(5006);
    expect(config.gatewayWorkers).toBe(2);
  });

  it("refuses a bad value, naming the variable", () => {
    expect(() => readTopologyConfig({ DATABASE_URL_BORDER: "mysql://x@y/z" })).toThrow("Invalid configuration: DATABASE_URL_BORDER must use the postgresql:// scheme");
    expect(() => readTopologyConfig({ TOPOLOGY_GATEWAY_PORTS: "4000," })).toThrow(/TOPOLOGY_GATEWAY_PORTS must list ports/);
    expect(() => readTopologyConfig({ TOPOLOGY_SUBGRAPH_PORTS: "4001,4002" })).toThrow(/TOPOLOGY_SUBGRAPH_PORTS must list 6 ports/);
    expect(() => readTopologyConfig({ TOPOLOGY_METRICS_PORTS: "9464" })).toThrow(/TOPOLOGY_METRICS_PORTS must list one port for each gateway replica/);
    expect(() => readTopologyConfig({ REDIS_URL: "127.0.0.1:6379" })).toThrow(/REDIS_URL must look like redis:\/\/host:6379/);
    expect(() => readTopologyConfig({ GATEWAY_WORKERS: "0" })).toThrow(/GATEWAY_WORKERS must be an integer from 1 to 64/);
  });
});
