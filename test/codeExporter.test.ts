// GraphiQL's code exporter against real gateways: its curl snippet run by curl, its fetch
// snippet evaluated in Node, for a golden operation (registered: sent by hash alone) and an
// edited one (sent with its text), on a development gateway and on a trusted-only one. The
// trusted hashes are the ones the GraphiQL page itself gets (settings.trustedOperations).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlSnippet, fetchSnippet, type Request } from "../gateway/web/graphiql/snippets.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };

let hub: TestHub;
let trustedOnly: { url: string; stop(): Promise<void> };
let operationsDir: string;
let trustedHashes: Set<string>;

/** The trusted operations GraphiQL's page is given, as its exporter reads them. */
async function pageTrustedHashes(gatewayUrl: string): Promise<Set<string>> {
  const html = await (await fetch(gatewayUrl, { headers: { accept: "text/html" } })).text();
  const settings = JSON.parse(/<script id="settings" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!) as { trustedOperations: { hash: string }[] };
  return new Set(settings.trustedOperations.map((operation) => operation.hash));
}

beforeAll(async () => {
  hub = await startTestHub();
  operationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "exporter-operations-"));
  trustedOnly = await hub.startGateway({ TRUSTED_OPERATIONS_ONLY: "true", OPERATIONS_DIR: operationsDir });
  trustedHashes = await pageTrustedHashes(hub.hub.gatewayUrl);
});

afterAll(async () => {
  await trustedOnly?.stop();
  await hub?.close();
  fs.rmSync(operationsDir, { recursive: true, force: true });
});

const planOverview = () => goldenOperations().find((operation) => operation.name === "PlanOverview")!;
const request = (endpoint: string, query: string, operationName: string): Request => ({ endpoint, query, operationName, variables: {}, headers: {}, trustedHashes });
const edited = "query PillarNumerals { pillars { numeral } }";

async function runCurl(snippet: string): Promise<Answer> {
  const { stdout } = await promisify(execFile)("sh", ["-c", snippet]);
  return JSON.parse(stdout) as Answer;
}

async function runFetch(snippet: string): Promise<Answer> {
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (body: string) => () => Promise<Answer>;
  return new AsyncFunction(`${snippet}\nreturn { data, errors };`)();
}

describe.each([
  ["curl", curlSnippet, runCurl],
  ["fetch", fetchSnippet, runFetch],
] as const)("the exporter's %s snippet", (_, snippet, run) => {
  it("runs a golden operation by hash alone on a trusted-only gateway", async () => {
    const code = snippet(request(trustedOnly.url, planOverview().document, "PlanOverview"));
    expect(code).not.toContain("query PlanOverview");
    const answer = await run(code);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.pillars).toHaveLength(5);
  });

  it("gets PERSISTED_QUERY_NOT_FOUND for an edited operation on a trusted-only gateway, naming how to publish, as its comment does", async () => {
    const code = snippet(request(trustedOnly.url, edited, "PillarNumerals"));
    expect(code).toContain("npm run operations:publish -- --client <name> --version <v>");
    const answer = await run(code);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(answer.errors![0]!.message).toContain("npm run operations:publish -- --client <name> --version <version>");
  });

  it("runs and registers the edited operation on a development gateway, which then runs its hash alone", async () => {
    const code = snippet(request(hub.hub.gatewayUrl, edited, "PillarNumerals"));
    const answer = await run(code);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.pillars).toHaveLength(5);
    const hashOnly = await runCurl(curlSnippet({ ...request(hub.hub.gatewayUrl, edited, "PillarNumerals"), trustedHashes: new Set([...trustedHashes, hashOf(code)]) }));
    expect(hashOnly.data!.pillars).toHaveLength(5);
  });
});

function hashOf(code: string): string {
  return /"sha256Hash": ?"([0-9a-f]{64})"/.exec(code)![1]!;
}
