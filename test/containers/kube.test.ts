// deploy/kubernetes started with `podman kube play` for the objects podman supports
// (test/support/kubePlay.ts: Deployments as pods named after their Services, Secrets and
// ConfigMaps as the values they hold, the supergraph ConfigMap as kustomize builds it, a
// PostgreSQL pod per department), answering every golden operation by hash through both
// gateway pods. Needs podman and the images of `npm run images`.
import fs from "node:fs";
import { buildSchema, parse } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { waitReady } from "@gcm-hub/deploy/composeStack";
import { HUB_IMAGE, imageExists, POSTGRES_IMAGE, REDIS_IMAGE } from "@gcm-hub/deploy/containerImages";
import { answerViolations, type Answer } from "../support/answerContract.js";
import { goldenOperations } from "../support/goldenOperations.js";
import { KUBE_GATEWAY_URLS, kubePlayDown, kubePlayUp, kubeReport } from "../support/kubePlay.js";
import { trustedHash } from "../support/trustedHash.js";

const schema = buildSchema(fs.readFileSync(new URL("../../schema/api.graphql", import.meta.url), "utf8"));
const operations = goldenOperations().map((operation) => ({ ...operation, parsed: parse(operation.document), hash: trustedHash(operation.name) }));

beforeAll(async () => {
  const missing = [HUB_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE].filter((image) => !imageExists(image));
  if (missing.length) throw new Error(`missing images ${missing.join(", ")}: run npm run images first`);
  const started = Date.now();
  const { skipped } = kubePlayUp();
  console.log(`podman kube play leaves out (not supported by podman): ${skipped.join(", ")}`);
  try {
    await Promise.all(KUBE_GATEWAY_URLS.map((url) => waitReady(url, 300_000)));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${kubeReport()}`);
  }
  console.log(`Kubernetes objects ready under podman kube play in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // A cold subgraph can outlast the gateway's timeout on a loaded machine: every operation goes
  // once through each gateway first, and what it met is printed.
  for (const url of KUBE_GATEWAY_URLS) {
    for (const operation of operations) {
      const answer = (await golden(url, operation.hash).then((response) => response.json())) as Answer;
      if (answer.errors) console.log(`warm-up, ${url} ${operation.name}: ${JSON.stringify(answer.errors).slice(0, 1000)}`);
    }
  }
}, 360_000);

function golden(url: string, hash: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    signal: AbortSignal.timeout(15_000),
  });
}

afterAll(() => {
  if (!process.env.KEEP_STACK) kubePlayDown();
}, 120_000);

it("answers every golden operation by hash through both gateway pods", async () => {
  for (const operation of operations) {
    const answers: Answer[] = [];
    for (const url of KUBE_GATEWAY_URLS) {
      const response = await golden(url, operation.hash);
      expect(response.status, operation.name).toBe(200);
      answers.push((await response.json()) as Answer);
    }
    expect(answers[0]!.errors, `${operation.name}: ${JSON.stringify(answers[0]!.errors)}`).toBeUndefined();
    expect(answerViolations(schema, operation.parsed, answers[0]!), operation.name).toEqual([]);
    expect(answers[1], operation.name).toEqual(answers[0]);
  }
});
