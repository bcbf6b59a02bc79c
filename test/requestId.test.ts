// The gateway's own request id follows a request into every subgraph it touches and
// appears in each one's logs; a client's x-request-id travels beside it as the
// client's id, checked at the gateway, and is never taken for the gateway's.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@gcm-hub/kit";
import { startTestHub, type TestHub } from "./support/testHub.js";

const lines: { component?: string; subgraph?: string; requestId?: string; clientRequestId?: string; operation?: string | null; msg?: string }[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ log: createLogger("hub", "info", destination) });
});
afterAll(() => hub?.close());

describe("request id", () => {
  it("appears in the logs of every subgraph the request touched, beside the client's, and in the response", async () => {
    const clientRequestId = "req-trace-20261127-0001";
    const response = await fetch(hub.hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": clientRequestId },
      body: JSON.stringify({ query: "query ObjectiveTwentyTwo { objectives(numbers: [22]) { title labourFigures { value } socialProtectionFigures { value } } }" }),
    });
    const requestId = response.headers.get("x-request-id")!;
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(response.headers.get("x-client-request-id")).toBe(clientRequestId);
    await response.json();
    const touched = lines.filter((line) => line.requestId === requestId && line.msg === "graphql request");
    expect(touched.map((line) => line.subgraph).sort()).toEqual(["labour", "plan", "social"]);
    expect(touched.map((line) => line.clientRequestId)).toEqual(touched.map(() => clientRequestId));
    expect(lines.some((line) => line.requestId === clientRequestId)).toBe(false);
    // Each subgraph's line also names the client operation the request served.
    const served = lines.filter((line) => line.requestId === requestId && line.msg === "graphql request");
    expect(served.map((line) => line.operation)).toEqual(served.map(() => "ObjectiveTwentyTwo"));
  });

  it("refuses a client request id that is too long or not a plain token, saying which header", async () => {
    for (const bad of ["x".repeat(129), "id with spaces", "<script>"]) {
      const response = await fetch(hub.hub.gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": bad },
        body: JSON.stringify({ query: "{ objectives { number } }" }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message).toMatch(/^The x-request-id header must be 1 to 128 letters, digits/);
    }
  });
});
