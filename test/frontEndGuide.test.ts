// Runs everything docs/front-end.md shows, so the guide cannot drift from the hub: its files
// are written into a fresh front-end folder outside the repository, its commands are run, and
// its client is run against a development hub (the operation registered on first use) and a
// trusted-only gateway (refused, then served once `operations:publish` ran).
//
// How the guide's fenced blocks are read:
// - A block right after `<!-- not run: <reason> -->` is not run; ```text blocks are output.
// - ```ts, ```jsonc and ```graphql blocks are files: their first line is a comment naming the
//   file (`// codegen.ts`, `# src/CountryInitiatives.graphql`), written into the folder.
// - ```sh blocks are commands, one per line (a trailing `\` continues it); each must match one of
//   COMMANDS, and every one is run once at least.
// - Any other block fails the test, so a new command or file cannot slip in untested.
// Placeholders: `http://127.0.0.1:4000` (where `npm start` serves) is replaced by the URL of
// the gateway the test started, and `../web-app/` (the front-end's checkout beside the hub's)
// by the folder. The folder's node_modules is a symlink to the repository's: npx finds
// graphql-codegen, tsc and tsx there, and codegen.ts and the client resolve their packages
// from it (the versions the guide's `npm install` pins).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlSnippet, typedDocumentSnippet } from "../gateway/web/graphiql/snippets.js";
import { runOperationsCommand } from "../gateway/src/operationsCommand.js";
import { goldenOperations } from "./support/goldenOperations.js";
import { ROOT } from "./support/processes.js";
import { startTestHub, type TestHub } from "./support/testHub.js";

const GUIDE = path.join(ROOT, "docs", "front-end.md");
const HUB_ORIGIN = "http://127.0.0.1:4000";
const APP_PLACEHOLDER = "../web-app/";

type Block = { info: string; text: string; line: number; notRun?: string };
type Kind = "codegen" | "typecheck" | "client" | "operations" | "preflight" | "curl";

/** The commands the test knows how to run, by what they do. */
const COMMANDS: [Kind, RegExp][] = [
  ["codegen", /^npx graphql-codegen --config codegen\.ts$/],
  ["typecheck", /^npx tsc -p tsconfig\.json$/],
  ["client", /^npx tsx src\/client\.ts$/],
  ["operations", /^npm run operations:(publish|list|retire)\b/],
  ["preflight", /^curl .*-X OPTIONS /],
  ["curl", /^curl /],
];

function guideBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    while (++i < lines.length && lines[i] !== "```");
    const marker = /^<!-- not run: (.+) -->$/.exec(lines[start - 1] ?? "");
    blocks.push({ info: open[1]!, text: lines.slice(start + 1, i).join("\n"), line: start + 1, notRun: marker?.[1] });
  }
  return blocks;
}

/** A sh block's commands: a trailing backslash continues a line. */
function commandsOf(block: Block): string[] {
  return block.text
    .replaceAll("\\\n", " ")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

const kindOf = (command: string): Kind | undefined => COMMANDS.find(([, pattern]) => pattern.test(command))?.[0];
const FILE_HEADER = /^(?:\/\/|#) ([\w./-]+)(?::.*)?$/;

const blocks = guideBlocks(fs.readFileSync(GUIDE, "utf8"));
const runnable = blocks.filter((block) => !block.notRun && block.info !== "text");
const files = runnable.filter((block) => ["ts", "jsonc", "graphql"].includes(block.info));
const commands = runnable.filter((block) => block.info === "sh").flatMap(commandsOf);
const ran = new Set<string>();
/** npm, tsx, tsc and codegen started one after another: slower than a test's default 60 s under a loaded CI. */
const SPAWNS_PROCESSES = { timeout: 240_000 };

let app: string;
let hub: TestHub;
let operationsDir: string;
let trustedOnly: { url: string; stop(): Promise<void> } | undefined;

function fileName(block: Block): string {
  return FILE_HEADER.exec(block.text.split("\n")[0]!)![1]!;
}

/** Writes the guide's files, the client pointing at `origin` instead of the hub npm start serves. */
function writeFiles(origin: string) {
  for (const block of files) {
    const file = path.join(app, fileName(block));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${block.text.replaceAll(HUB_ORIGIN, origin)}\n`);
  }
}

async function sh(command: string, options: { cwd: string; env?: Record<string, string> }): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)("sh", ["-c", command], { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} failed: ${failure.message}\n${failure.stdout ?? ""}\n${failure.stderr ?? ""}`);
  }
}

/** Runs the guide's commands of one kind against `origin`, from where each belongs. */
async function runGuide(kind: Kind, origin: string): Promise<string[]> {
  const outputs: string[] = [];
  for (const command of commands.filter((text) => kindOf(text) === kind)) {
    const text = command.replaceAll(HUB_ORIGIN, origin).replaceAll(APP_PLACEHOLDER, `${app}/`);
    const inHub = kind === "operations";
    outputs.push(await sh(text, { cwd: inHub ? ROOT : app, env: inHub ? { OPERATIONS_DIR: operationsDir } : {} }));
    ran.add(command);
  }
  expect(outputs.length, `the guide shows no ${kind} command`).toBeGreaterThan(0);
  return outputs;
}

type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
const clientAnswer = async (origin: string): Promise<Answer> => {
  writeFiles(origin);
  const [output] = await runGuide("client", origin);
  return JSON.parse(output!) as Answer;
};

/** The CORS_ORIGINS the guide starts the hub with (its `CORS_ORIGINS=... npm start`). */
function guideCorsOrigin(): string {
  const start = blocks.flatMap((block) => (block.notRun ? commandsOf(block) : [])).find((command) => /^CORS_ORIGINS=\S+ npm start$/.test(command));
  expect(start, "the guide starts the hub with CORS_ORIGINS").toBeDefined();
  return /^CORS_ORIGINS=(\S+)/.exec(start!)![1]!;
}

function manifestOf(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(app, "src/gql/persisted-documents.json"), "utf8")) as Record<string, string>;
}

beforeAll(async () => {
  app = fs.mkdtempSync(path.join(os.tmpdir(), "web-app-"));
  operationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "guide-operations-"));
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "web-app", private: true, type: "module" }));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(app, "node_modules"), "dir");
  fs.mkdirSync(path.join(app, "schema"));
  fs.copyFileSync(path.join(ROOT, "schema/api.graphql"), path.join(app, "schema/api.graphql"));
  hub = await startTestHub({ gatewayEnv: { CORS_ORIGINS: guideCorsOrigin() } });
});

afterAll(async () => {
  await trustedOnly?.stop();
  await hub?.close();
  for (const folder of [app, operationsDir]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe("docs/front-end.md, run", () => {
  it("has only blocks the test runs or writes, or marked as not run with a reason", () => {
    const unknown = runnable.filter((block) => !(block.info === "sh" || (files.includes(block) && FILE_HEADER.test(block.text.split("\n")[0]!))));
    expect(unknown.map((block) => `line ${block.line}: \`\`\`${block.info}`)).toEqual([]);
    expect(commands.filter((command) => kindOf(command) === undefined)).toEqual([]);
    expect(files.map(fileName)).toEqual(expect.arrayContaining(["codegen.ts", "tsconfig.json", "src/client.ts"]));
  });

  it("shows the client GraphiQL's code exporter writes, and its curl snippet for a golden operation", () => {
    const client = files.find((block) => fileName(block) === "src/client.ts")!.text;
    const operationName = /^\/\/ src\/client\.ts: runs src\/(\w+)\.graphql/.exec(client)![1]!;
    const variables = new Function(`return ${/await run\(\w+Document, (.*)\); \/\//.exec(client)![1]!}`)() as Record<string, unknown>;
    expect(client).toBe(typedDocumentSnippet({ endpoint: `${HUB_ORIGIN}/graphql`, operationName, variables }));
    const hubManifest = JSON.parse(fs.readFileSync(path.join(ROOT, "schema/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    const trustedHashes = new Set(Object.keys(hubManifest).map((key) => key.replace("sha256:", "")));
    const curl = runnable.find((block) => block.info === "sh" && block.text.startsWith(`curl -s '${HUB_ORIGIN}/graphql'`))!;
    const golden = goldenOperations().find((operation) => curl.text.includes(`"operationName":"${operation.name}"`))!;
    // When the golden operation changes, so does its hash: paste the expected snippet into the guide's block.
    expect(curl.text, `docs/front-end.md's curl example for ${golden.name} is not what the exporter writes now`).toBe(curlSnippet({ endpoint: `${HUB_ORIGIN}/graphql`, query: golden.document, operationName: golden.name, variables: {}, headers: {}, trustedHashes }));
  });

  it("generates the typed documents and typechecks the client under NodeNext, strict", SPAWNS_PROCESSES, async () => {
    writeFiles(HUB_ORIGIN);
    await runGuide("codegen", HUB_ORIGIN);
    const documents = Object.values(manifestOf());
    expect(documents.some((document) => document.startsWith("query CountryInitiatives("))).toBe(true);
    const config = fs.readFileSync(path.join(app, "tsconfig.json"), "utf8");
    expect(config).toMatch(/"module": "NodeNext", "moduleResolution": "NodeNext".*"strict": true/);
    await runGuide("typecheck", HUB_ORIGIN);
  });

  it("runs the client in development: a new operation registered on first use, its hash alone running after", SPAWNS_PROCESSES, async () => {
    const [key] = Object.entries(manifestOf()).find(([, document]) => document.startsWith("query CountryInitiatives("))!;
    const byHash = async () => (await (await hub.post(JSON.stringify({ variables: { iso: "CV" }, extensions: { persistedQuery: { version: 1, sha256Hash: key.replace("sha256:", "") } } }))).json()) as Answer;
    expect((await byHash()).errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const answer = await clientAnswer(new URL(hub.hub.gatewayUrl).origin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.country.name).toBe("Cabo Verde");
    expect((await byHash()).data!.country.name).toBe("Cabo Verde");
  });

  it("pages through initiatives with the guide's pagination operation, each cursor leading to the next page", async () => {
    const document = files.find((block) => fileName(block) === "src/InitiativesPage.graphql")!.text;
    type Page = { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: { code: string } }[] };
    const codes: string[] = [];
    let after: string | null = null;
    let page: Page;
    do {
      page = (await hub.query<{ initiatives: Page }>(document, { after })).body.data!.initiatives;
      codes.push(...page.edges.map((edge) => edge.node.code));
      after = page.pageInfo.endCursor;
    } while (page.pageInfo.hasNextPage);
    expect(codes.length).toBe(page.totalCount);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(10);
    const refused = await hub.query(document, { after: "not-a-cursor" });
    expect(refused.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("pins, in its npm install, the versions the test runs with", () => {
    const install = blocks.flatMap((block) => (block.notRun ? commandsOf(block) : [])).find((command) => command.startsWith("npm install "));
    const pins = [...install!.matchAll(/(@?[\w/.-]+)@(\d[\w.-]*)/g)].map(([, name, version]) => [name, version]);
    expect(pins.length).toBeGreaterThan(0);
    for (const [name, version] of pins) {
      const installed = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name!, "package.json"), "utf8")) as { version: string };
      expect(`${name}@${installed.version}`).toBe(`${name}@${version}`);
    }
  });

  it("runs the curl commands against the hub, and the CORS preflight from the origin the guide allows", async () => {
    const origin = new URL(hub.hub.gatewayUrl).origin;
    for (const output of await runGuide("curl", origin)) {
      const answer = JSON.parse(output) as Answer;
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
    }
    const [preflight] = await runGuide("preflight", origin);
    expect(preflight).toMatch(/^HTTP\/1\.1 204/);
    expect(preflight!.toLowerCase()).toContain(`access-control-allow-origin: ${guideCorsOrigin()}`);
  });

  it("runs the client against a trusted-only gateway: refused with how to publish, then served once operations:publish ran", SPAWNS_PROCESSES, async () => {
    trustedOnly = await hub.startGateway({ TRUSTED_OPERATIONS_ONLY: "true", OPERATIONS_DIR: operationsDir, SUPERGRAPH_POLL_MS: "200" });
    const origin = new URL(trustedOnly.url).origin;
    const refused = await clientAnswer(origin);
    expect(refused.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(refused.errors![0]!.message).toContain("npm run operations:publish -- --client <name> --version <version>");

    // The version the guide retires, published first.
    const quiet = { log: () => {}, error: (message: string) => console.error(message) };
    expect(runOperationsCommand(["publish", "--client", "web-app", "--version", "1.3.0", path.join(app, "src/gql/persisted-documents.json")], { ...process.env, OPERATIONS_DIR: operationsDir }, quiet)).toBe(0);
    const [, listed] = await runGuide("operations", origin);
    expect(listed).toContain("web-app");
    expect(listed).toContain("1.4.0");

    const hash = Object.keys(manifestOf())[0]!.replace("sha256:", "");
    await expect.poll(async () => (await fetch(trustedOnly!.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ variables: { iso: "CV" }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) })).status, { timeout: 10_000 }).not.toBe(404);
    const served = await clientAnswer(origin);
    expect(served.errors).toBeUndefined();
    expect(served.data!.country.name).toBe("Cabo Verde");
  });

  it("ran every command the guide shows", () => {
    expect(commands.filter((command) => !ran.has(command))).toEqual([]);
  });
});
