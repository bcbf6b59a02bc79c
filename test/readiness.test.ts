// A subgraph whose database is unreachable keeps running and says so on /readyz.
import { describe, expect, it } from "vitest";
import { createCredentialSigner, createLogger, openPostgresDatabase, signingFetch, startSubgraph } from "@gcm-hub/kit";
import { testGatewayKeys } from "@gcm-hub/kit/testing";
import { plan } from "../subgraphs/plan/src/server.js";

describe("subgraph with an unreachable database", () => {
  it("answers /healthz, reports not ready on /readyz, and refuses queries cleanly", async () => {
    const log = createLogger("plan", "silent");
    // Port 9 (discard) on loopback: nothing listens, connections are refused at once.
    const database = openPostgresDatabase({ url: "postgresql://postgres@127.0.0.1:9/nowhere", log });
    const running = await startSubgraph(plan, database, { log, gatewayKeys: [testGatewayKeys.publicKey] });
    const url = await running.instance.server.listen(0);
    const base = url.replace("/graphql", "");
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const readiness = await fetch(`${base}/readyz`);
      expect(readiness.status).toBe(503);
      const body = (await readiness.json()) as { status: string; checks: { database: string } };
      expect(body.status).toBe("not ready");
      expect(body.checks.database).toMatch(/unreachable|not applied/);

      const query = await signingFetch(createCredentialSigner(testGatewayKeys.privateKey), "plan")(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ pillars { title } }" }),
      });
      const result = (await query.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(result.errors[0]).toMatchObject({ message: "The plan subgraph's database is unavailable", extensions: { code: "SERVICE_UNAVAILABLE" } });
    } finally {
      await running.stop();
      await database.close();
    }
  });
});
