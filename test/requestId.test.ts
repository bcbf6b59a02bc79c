// A request id sent to the gateway follows the request into every subgraph it
// touches, and appears in each one's logs.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@gcm-hub/kit";
import { startTestHub, type TestHub } from "./support/testHub.js";

const lines: { component?: string; subgraph?: string; requestId?: string; operation?: string | null; msg?: string }[] = [];
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
  it("appears in the logs of every subgraph the request touched, and in the response", async () => {
    const requestId = "req-trace-20261127-0001";
    const response = await fetch(hub.hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": requestId },
      body: JSON.stringify({ query: "query ObjectiveTwentyTwo { objectives(numbers: [22]) { title labourFigures { value } socialProtectionFigures { value } } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe(requestId);
    await response.json();
    const touched = new Set(lines.filter((line) => line.requestId === requestId && line.msg === "graphql request").map((line) => line.subgraph));
    expect([...touched].sort()).toEqual(["labour", "plan", "social"]);
    // Each subgraph's line also names the client operation the request served.
    const served = lines.filter((line) => line.requestId === requestId && line.msg === "graphql request");
    expect(served.map((line) => line.operation)).toEqual(served.map(() => "ObjectiveTwentyTwo"));
  });
});
