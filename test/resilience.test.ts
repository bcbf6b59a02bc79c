// A department's subgraph failing never takes the graph down: the gateway answers
// with the data it has and an error naming the subgraph, readiness says which one
// is missing, a slow subgraph is cut off at its timeout, and all recovers by itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, startSubgraph } from "@gcm-hub/kit";
import { startSlowProxy, type SlowProxy } from "./support/slowProxy.js";
import { startTestHub, testGatewayPublicKeys, type TestHub } from "./support/testHub.js";

const TIMEOUT_MS = 400;
let hub: TestHub;
let proxy: SlowProxy;

beforeAll(async () => {
  proxy = await startSlowProxy(0);
  hub = await startTestHub({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) }, gatewaySubgraphUrls: { labour: proxy.url } });
  proxy.target = new URL(hub.hub.subgraphs.find((subgraph) => subgraph.name === "labour")!.url).origin;
});
afterAll(async () => {
  await hub?.close();
  await proxy?.close();
});

const DASHBOARD = "{ objectives(numbers: [6, 12]) { number title borderFigures { value } labourFigures { value } integrationFigures { value } } }";
const readiness = async () => {
  const response = await fetch(hub.hub.gatewayUrl.replace("/graphql", "/readyz"));
  return { status: response.status, body: (await response.json()) as { status: string; unreachable: string[] } };
};

describe("one subgraph down", () => {
  it("gives partial data with an error naming the subgraph, then recovers when it restarts", async () => {
    const border = hub.hub.subgraphs.find((subgraph) => subgraph.name === "border")!;
    const port = Number(new URL(border.url).port);
    await border.running.stop();

    const { status, body } = await hub.query(DASHBOARD);
    expect(status).toBe(200);
    const twelve = body.data!.objectives.find((objective: { number: number }) => objective.number === 12);
    expect(twelve.title).toBe("Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral");
    expect(twelve.borderFigures).toBeNull();
    const six = body.data!.objectives.find((objective: { number: number }) => objective.number === 6);
    expect(six.labourFigures).toEqual([{ value: 11000 }]);
    // One error for each position the outage nulled, its path leading there.
    const unavailable = { message: "The border subgraph is unavailable; its fields are null in this response", extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "border" } };
    expect(body.errors).toEqual([
      { ...unavailable, path: ["objectives", 0, "borderFigures"] },
      { ...unavailable, path: ["objectives", 1, "borderFigures"] },
    ]);
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:|stack/);

    expect(await readiness()).toEqual({ status: 200, body: expect.objectContaining({ status: "degraded", unreachable: ["border"] }) });

    // Restart on the same port and database: the gateway recovers without being told.
    const restarted = await startSubgraph(border.running.definition, border.running.database, {
      log: createLogger("border", "silent"),
      gatewayKeys: testGatewayPublicKeys,
    });
    await restarted.prepared;
    await restarted.instance.server.listen(port);
    try {
      const recovered = await hub.query(DASHBOARD);
      expect(recovered.body.errors).toBeUndefined();
      expect(recovered.body.data!.objectives.find((objective: { number: number }) => objective.number === 12).borderFigures).toEqual([{ value: 187000 }]);
      expect((await readiness()).body).toMatchObject({ status: "ready", unreachable: [] });
    } finally {
      await restarted.stop();
    }
  });
});

describe("one subgraph slow", () => {
  it("cuts it off at the timeout and keeps the other departments' data", async () => {
    proxy.delayMs = TIMEOUT_MS * 5;
    const started = performance.now();
    const { body } = await hub.query("{ objectives(numbers: [6]) { title labourFigures { value } integrationFigures { value } } }");
    const elapsed = performance.now() - started;
    proxy.delayMs = 0;

    expect(elapsed).toBeLessThan(TIMEOUT_MS * 4);
    expect(body.data!.objectives[0].title).toBe("Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work");
    expect(body.data!.objectives[0].labourFigures).toBeNull();
    expect(body.errors![0]).toMatchObject({ extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: "labour" } });

    const recovered = await hub.query("{ objectives(numbers: [6]) { labourFigures { value } } }");
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data!.objectives[0].labourFigures).toEqual([{ value: 11000 }]);
  });
});
