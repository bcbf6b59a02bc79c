// The compose stack (deploy/compose.yaml) run here with podman-compose from the images of
// `npm run images`: its secrets, made once per stack and removed with it, starting it,
// waiting for both gateway replicas, and the containers' states and logs when it fails.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";
import { ROOT } from "./containerImages.js";

export const PROJECT = "gcm-hub";
export const COMPOSE_FILE = path.join(ROOT, "deploy", "compose.yaml");
export const GATEWAY_URLS = ["http://127.0.0.1:4000", "http://127.0.0.1:4010"] as const;
/** The stack's secrets, made by the first `stack:up` and removed by `stack:down`. */
export const SECRETS_FILE = path.join(ROOT, ".data", "stack", "stack.env");

/** The secrets of the stack: made (random passwords, a new gateway key pair) when missing. */
export function stackSecrets(): Record<string, string> {
  if (!fs.existsSync(SECRETS_FILE)) {
    const { privateKey, publicKey } = generateGatewayKeyPair();
    const secrets: Record<string, string> = {
      REDIS_GATEWAY_PASSWORD: crypto.randomBytes(24).toString("hex"),
      HUB_GATEWAY_SIGNING_KEY: JSON.stringify(privateKey),
      HUB_GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [publicKey] }),
      // No identity provider runs in the stack: anonymous reads need none.
      JWT_JWKS_URL: "https://idp.invalid/.well-known/jwks.json",
    };
    for (const name of SUBGRAPH_NAMES) secrets[`POSTGRES_PASSWORD_${name.toUpperCase()}`] = crypto.randomBytes(24).toString("hex");
    fs.mkdirSync(path.dirname(SECRETS_FILE), { recursive: true });
    fs.writeFileSync(SECRETS_FILE, Object.entries(secrets).map(([name, value]) => `${name}=${value}`).join("\n") + "\n", { mode: 0o600 });
  }
  return Object.fromEntries(
    fs.readFileSync(SECRETS_FILE, "utf8").split("\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
}

/** podman-compose on the stack, with its secrets in the environment compose interpolates. */
export function podmanCompose(args: string[], options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("podman-compose", ["-p", PROJECT, "-f", COMPOSE_FILE, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...stackSecrets() },
      stdio: options.quiet ? ["ignore", "ignore", "pipe"] : "inherit",
    });
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`podman-compose ${args.join(" ")} exited ${code}${errors ? `:\n${errors.slice(-4000)}` : ""}`))));
  });
}

export interface ContainerState {
  name: string;
  service: string;
  state: string;
  status: string;
}

/** The stack's containers, as podman sees them. */
export function containerStates(): ContainerState[] {
  const listed = JSON.parse(execFileSync("podman", ["ps", "-a", "--filter", `label=io.podman.compose.project=${PROJECT}`, "--format", "json"], { encoding: "utf8" }) || "[]") as {
    Names: string[];
    State: string;
    Status: string;
    Labels?: Record<string, string>;
  }[];
  return listed.map((container) => ({
    name: container.Names[0]!,
    service: container.Labels?.["com.docker.compose.service"] ?? container.Names[0]!,
    state: container.State,
    status: container.Status,
  }));
}

/** The last lines a container logged. */
export function containerLogs(name: string, lines = 60): string {
  try {
    return execFileSync("podman", ["logs", "--tail", String(lines), name], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ""}${stderr ?? ""}`;
  }
}

/** Every container that is not running and healthy, with its state and its last lines of log. */
export function unhealthyReport(): string {
  const states = containerStates();
  const bad = states.filter((container) => container.state !== "running" || /unhealthy|starting/.test(container.status));
  const lines = states.map((container) => `  ${container.name.padEnd(30)} ${container.state.padEnd(10)} ${container.status}`);
  for (const container of bad) lines.push(`\n---- ${container.name} (${container.status}): last lines of its log\n${containerLogs(container.name).trimEnd()}`);
  return lines.join("\n");
}

/**
 * Resolves once `url` + /readyz says "ready" (every subgraph answers), or rejects after
 * `timeoutMs`. Its 200 alone is not enough: a gateway also answers 200 when "degraded" (some
 * subgraph still starting), and podman-compose 1.0.3 starts the gateways without waiting for
 * the subgraphs' health, so the first answers after a bare 200 could name a subgraph unavailable.
 */
export async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) });
      const body = await response.text();
      if (response.ok && readinessOf(body) === "ready") return;
      last = `${response.status} ${body.slice(0, 300)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url}/readyz was not "ready" within ${timeoutMs / 1000} s (last: ${last})`);
}

function readinessOf(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { status?: string }).status;
  } catch {
    return undefined;
  }
}

/** Starts the stack and waits until both gateways are ready; on failure, says which container failed and shows its log. */
export async function stackUp(timeoutMs = 300_000): Promise<void> {
  await podmanCompose(["up", "-d"], { quiet: true });
  try {
    await Promise.all(GATEWAY_URLS.map((url) => waitReady(url, timeoutMs)));
  } catch (error) {
    throw new Error(`${(error as Error).message}\nThe stack's containers:\n${unhealthyReport()}`);
  }
}

/** Removes the stack's containers, networks and volumes, and its secrets. */
export async function stackDown(): Promise<void> {
  await podmanCompose(["down", "-v"], { quiet: true });
  // podman-compose 1.0.3 leaves the networks it made.
  const networks = execFileSync("podman", ["network", "ls", "--filter", `label=io.podman.compose.project=${PROJECT}`, "--format", "{{.Name}}"], { encoding: "utf8" }).split("\n").filter(Boolean);
  if (networks.length) execFileSync("podman", ["network", "rm", "--force", ...networks], { stdio: "ignore" });
  fs.rmSync(SECRETS_FILE, { force: true });
}
