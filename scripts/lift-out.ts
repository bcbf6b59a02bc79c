// npm run lift-out -- <subgraph> <folder> [--check]
// Copies one department's package out of the hub into <folder>, as a department that
// runs its subgraph on its own would hold it: the package as committed, with the kit
// and the platform as packed dependencies (vendor/*.tgz). With --check it then proves
// the package stands alone: `npm install` and `npm test` in the folder, then starts the
// subgraph against PostgreSQL (DATABASE_URL; a fresh database is made and dropped) and
// queries it with a credential signed like the gateway's.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createCredentialSigner, developmentGatewayKeys, signingFetch } from "@gcm-hub/platform";
import { ROOT, subgraphArgument } from "./subgraph-names.js";

const USAGE = "npm run lift-out -- <subgraph> <folder> [--check]";
const [name, folderArgument, flag] = process.argv.slice(2);
const subgraph = subgraphArgument(name, USAGE);
if (!folderArgument || (flag !== undefined && flag !== "--check")) {
  console.error(`Usage: ${USAGE}`);
  process.exit(2);
}
const folder = path.resolve(folderArgument);
if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
  console.error(`${folder} is not empty; give a new or empty folder.`);
  process.exit(2);
}
const step = (message: string) => console.log(`[lift-out] ${message}`);
const run = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  execFileSync(command, args, { ...options, stdio: "inherit", env: { ...process.env, ...options.env } });

function packDependencies(): Record<string, string> {
  fs.mkdirSync(path.join(folder, "vendor"), { recursive: true });
  const packed: Record<string, string> = {};
  for (const [packageName, dir] of [["@gcm-hub/platform", "platform"], ["@gcm-hub/kit", "subgraphs/kit"]] as const) {
    const output = execFileSync("npm", ["pack", "--silent", "--pack-destination", path.join(folder, "vendor")], { cwd: path.join(ROOT, dir), encoding: "utf8" });
    packed[packageName] = `file:vendor/${output.trim().split("\n").at(-1)}`;
  }
  return packed;
}

function copyPackage(dependencies: Record<string, string>): void {
  // The package as committed: what git tracks, nothing generated at install time.
  const files = execFileSync("git", ["ls-files", "--", `subgraphs/${subgraph}`], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  for (const file of files) {
    const target = path.join(folder, path.relative(`subgraphs/${subgraph}`, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), target);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  manifest.dependencies = { ...manifest.dependencies, ...dependencies };
  fs.writeFileSync(path.join(folder, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  step(`copied ${files.length} files of subgraphs/${subgraph} to ${folder}, with ${Object.keys(dependencies).join(" and ")} packed in vendor/`);
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

async function startAgainstPostgres(databaseUrl: string): Promise<void> {
  const database = `lift_out_${subgraph}_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  const port = 4900 + Math.floor(Math.random() * 90);
  const dataDir = path.join(folder, ".data");
  // Its own process group: stopping it stops npm and the subgraph npm started.
  const child = spawn("npm", ["start"], {
    cwd: folder,
    env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), HUB_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "inherit",
    detached: true,
  });
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, 120_000);
    step(`started on PostgreSQL (database ${database}): /readyz is ready`);
    const sign = createCredentialSigner(developmentGatewayKeys(dataDir).privateKey);
    const response = await signingFetch(sign, subgraph)(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    });
    const body = (await response.json()) as { data?: { _service: { sdl: string } } };
    if (!body.data?._service.sdl.includes("type Query")) throw new Error(`the subgraph did not answer a signed query: ${JSON.stringify(body)}`);
    step("answered a query signed like the gateway's");
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

fs.mkdirSync(folder, { recursive: true });
copyPackage(packDependencies());
if (flag === "--check") {
  const report = path.join(ROOT, "..", "shared", "seeds", "000_c0d0c09c999250f2.txt");
  step("npm install");
  run("npm", ["install", "--no-audit", "--no-fund"], { cwd: folder });
  step("npm test");
  run("npm", ["test"], { cwd: folder, env: { HUB_REPORT_FILE: report, DATABASE_URL: "" } });
  const databaseUrl = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
  await startAgainstPostgres(databaseUrl);
  step(`${subgraph} stands alone: installed, tested and served from ${folder}`);
} else {
  step(`next: cd ${folder} && npm install && npm test`);
}
