// Resolvers are typed by codegen from each subgraph's schema: a resolver that
// returns the wrong shape fails the typecheck. Proven by compiling two probes
// against the plan subgraph's generated types: a correct one and a wrong one.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Inside the repository, so the probes resolve node_modules and @types as the project does.
fs.mkdirSync(path.join(ROOT, ".typecheck-probes"), { recursive: true });
const folder = fs.mkdtempSync(path.join(ROOT, ".typecheck-probes", "run-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

async function typecheck(resolverBody: string): Promise<{ ok: boolean; output: string }> {
  const probe = path.join(folder, `probe-${Math.random().toString(36).slice(2)}.ts`);
  fs.writeFileSync(
    probe,
    `import type { PillarResolvers } from ${JSON.stringify(path.join(ROOT, "subgraphs/plan/src/generated/graphql.js"))};\n` +
      `export const Pillar: PillarResolvers = { ${resolverBody} };\n`,
  );
  const config = path.join(folder, `tsconfig-${path.basename(probe, ".ts")}.json`);
  fs.writeFileSync(config, JSON.stringify({ extends: path.join(ROOT, "tsconfig.json"), include: [], files: [probe] }));
  try {
    await promisify(execFile)(path.join(ROOT, "node_modules/.bin/tsc"), ["--noEmit", "-p", config], { cwd: ROOT });
    return { ok: true, output: "" };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe("generated resolver types", () => {
  it("accept a resolver that returns what the schema says", async () => {
    expect(await typecheck("numeral: (pillar) => String(pillar.number)")).toEqual({ ok: true, output: "" });
  });

  it("reject a resolver that returns the wrong type, naming the place", async () => {
    const result = await typecheck("numeral: (pillar) => pillar.number");
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/probe-\w+\.ts\(2,\d+\): error TS2322/);
  });
});
