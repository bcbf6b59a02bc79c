// Checks of the deployment artefacts (deploy/) against the project itself, since no
// image can be built nor cluster reached here: each Kubernetes object validates against
// the Kubernetes API schemas (kubernetes-models), each command is a script of the
// project, each environment variable is one its process's configuration reads, and each
// probe asks a path the process serves on the port it listens on.
import fs from "node:fs";
import path from "node:path";
import { parse } from "graphql";
import { parseAllDocuments } from "yaml";
import { createLogger, createSubgraphServer, generateGatewayKeyPair, readSubgraphConfig, type BaseContext } from "@gcm-hub/kit";
import { readGatewayConfig } from "../../gateway/src/config.js";
import { createGateway } from "../../gateway/src/gateway.js";
import { scriptCommand } from "@gcm-hub/runtime/topology";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const KUBERNETES_DIR = path.join(ROOT, "deploy", "kubernetes");

export type KubernetesObject = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; [key: string]: unknown };

export interface Container {
  name: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
type Probe = { httpGet?: { path: string; port: number | string } };

/** Every object of every manifest under deploy/kubernetes (the kustomization excepted), with its file. */
export function kubernetesObjects(dir = KUBERNETES_DIR): { file: string; object: KubernetesObject }[] {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".yaml") && path.basename(file) !== "kustomization.yaml");
  return files.sort().flatMap((file) =>
    parseAllDocuments(fs.readFileSync(path.join(dir, file), "utf8")).map((document) => {
      if (document.errors.length) throw new Error(`${file}: ${document.errors[0]!.message}`);
      return { file, object: document.toJS() as KubernetesObject };
    }),
  );
}

/** Validates against the Kubernetes API schema of its apiVersion and kind; the problem, or null. */
export async function schemaProblem(object: KubernetesObject): Promise<string | null> {
  const modulePath = `kubernetes-models/${object.apiVersion.includes("/") ? object.apiVersion : `v1`}/${object.kind}`;
  let Model: new (data: unknown) => { validate(): void };
  try {
    Model = ((await import(modulePath)) as Record<string, never>)[object.kind]!;
  } catch {
    return `${object.apiVersion} ${object.kind} is not a Kubernetes API type`;
  }
  try {
    new Model(object).validate();
    return null;
  } catch (error) {
    return `${object.kind} ${object.metadata?.name}: ${(error as Error).message}`;
  }
}

/** The containers of a workload (Deployment, Job), else none. */
export function containersOf(object: KubernetesObject): Container[] {
  return (object.spec?.template?.spec?.containers ?? []) as Container[];
}

export type Role = { kind: "gateway" } | { kind: "subgraph"; name: string } | { kind: "migration"; name: string };

/** What a command runs, if it is one of the project's scripts; else a problem saying it is not. */
export function roleOf(command: string[], workingDir?: string): Role | string {
  const expanded = (script: string) => scriptCommand(ROOT, script).map((part, index) => (index === 0 ? "node" : part));
  const starts = (prefix: string[]) => prefix.every((part, index) => command[index] === part);
  if (command.length === expanded("start:gateway:production").length && starts(expanded("start:gateway:production"))) return { kind: "gateway" };
  const subgraph = expanded("start:subgraph:production");
  if (command.length === subgraph.length + 1 && starts(subgraph)) {
    const name = command[subgraph.length]!;
    return fs.existsSync(path.join(ROOT, "subgraphs", name, "package.json")) ? { kind: "subgraph", name } : `"${command.join(" ")}" names no subgraph`;
  }
  if (command[0] === "npm" && command[1] === "run" && workingDir) {
    const folder = path.join(ROOT, path.relative("/app", workingDir));
    const packageFile = path.join(folder, "package.json");
    const scripts = fs.existsSync(packageFile) ? (JSON.parse(fs.readFileSync(packageFile, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {} : {};
    if (!scripts[command[2]!]) return `"${command.join(" ")}" is not a script of ${path.relative(ROOT, folder) || "the project"}`;
    if (command[2] === "seed" && path.dirname(path.relative(ROOT, folder)) === "subgraphs") return { kind: "migration", name: path.basename(folder) };
  }
  return `"${command.join(" ")}" is not a script of the project (package.json scripts, as node runs them)`;
}

/** A value for a variable that comes from a Secret or ConfigMap: what an operator would put there. */
function plausibleValue(variable: string): string {
  const keys = generateGatewayKeyPair();
  switch (variable) {
    case "HUB_GATEWAY_SIGNING_KEY":
      return JSON.stringify(keys.privateKey);
    case "HUB_GATEWAY_PUBLIC_KEYS":
      return JSON.stringify({ keys: [keys.publicKey] });
    case "DATABASE_URL":
      return "postgresql://gcm_hub@db:5432/gcm_hub";
    case "JWT_JWKS_URL":
      return "https://idp.example.pt/jwks.json";
    case "REDIS_URL":
      return "redis://gateway:password@redis:6379";
    default:
      return "set-by-operator";
  }
}

export function environmentOf(container: Container): Record<string, string> {
  return Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable.value ?? plausibleValue(variable.name)]));
}

/** Reads the role's configuration from `env`, recording which variables it reads. */
function variablesRead(role: Role, env: Record<string, string>): { read: Set<string>; error?: string } {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get: (target, key) => (typeof key === "string" && read.add(key), target[key as string]),
    // The gateway finds SUBGRAPH_URL_<NAME> by listing the environment; listing shows only
    // those, so that listing does not count as reading every other variable.
    ownKeys: (target) => Reflect.ownKeys(target).filter((key) => typeof key === "string" && key.startsWith("SUBGRAPH_URL_")),
  });
  try {
    if (role.kind === "gateway") readGatewayConfig(watched);
    else readSubgraphConfig(0, watched);
    return { read };
  } catch (error) {
    return { read, error: (error as Error).message };
  }
}

/** Variables set but never read (a typo, a stale setting), and a configuration the process would refuse. */
export function environmentProblems(role: Role, container: Container): string[] {
  const env = environmentOf(container);
  const { read, error } = variablesRead(role, env);
  // Read by the gateway only as SUBGRAPH_URL_<NAME> of a subgraph it has.
  const unknownSubgraph = (variable: string) => /^SUBGRAPH_URL_/.test(variable) && !fs.existsSync(path.join(ROOT, "subgraphs", variable.slice("SUBGRAPH_URL_".length).toLowerCase(), "package.json"));
  const unread = Object.keys(env).filter((variable) => (role.kind === "gateway" && /^SUBGRAPH_URL_/.test(variable) ? unknownSubgraph(variable) : !read.has(variable) || unknownSubgraph(variable)));
  return [
    ...unread.map((variable) => `${container.name}: ${variable} is not read by the ${role.kind}'s configuration`),
    ...(error ? [`${container.name}: the ${role.kind} would refuse this configuration: ${error}`] : []),
  ];
}

/** The paths each role's process answers (anything but 404), asked of the real server code. */
export async function servedPaths(candidates: string[]): Promise<{ gateway: Set<string>; subgraph: Set<string> }> {
  const keys = generateGatewayKeyPair();
  const gateway = createGateway({
    config: readGatewayConfig({ NODE_ENV: "production", LOG_LEVEL: "silent", HUB_GATEWAY_SIGNING_KEY: JSON.stringify(keys.privateKey), JWT_JWKS_URL: "https://idp.example.pt/jwks.json", METRICS_PORT: "0", SUBGRAPH_URL_PLAN: "http://127.0.0.1:9/graphql" }),
    metricsListener: false,
  });
  const subgraph = await createSubgraphServer<BaseContext>({
    name: "probe",
    typeDefs: parse("type Query { probe: Int }"),
    resolvers: {},
    createContext: (context) => context,
    readiness: async () => ({ ready: true, checks: {} }),
    log: createLogger("probe", "silent"),
    gatewayKeys: [keys.publicKey],
    credentialLedger: { accept: async () => true },
  });
  const subgraphUrl = (await subgraph.listen(0)).replace(/\/graphql$/, "");
  try {
    const served = { gateway: new Set<string>(), subgraph: new Set<string>() };
    for (const candidate of candidates) {
      const viaGateway = await gateway.runtime.fetch(`http://gateway${candidate}`);
      if (viaGateway.status !== 404) served.gateway.add(candidate);
      const viaSubgraph = await fetch(`${subgraphUrl}${candidate}`);
      if (viaSubgraph.status !== 404) served.subgraph.add(candidate);
    }
    return served;
  } finally {
    await gateway.stop();
    await subgraph.stop();
  }
}

/** Probes that ask a path the process does not serve, or a port it does not listen on. */
export function probeProblems(role: Role, container: Container, served: { gateway: Set<string>; subgraph: Set<string> }): string[] {
  if (role.kind === "migration") return [];
  const listening = Number(environmentOf(container).PORT);
  const paths = role.kind === "gateway" ? served.gateway : served.subgraph;
  const problems: string[] = [];
  for (const [probeName, probe] of [["readinessProbe", container.readinessProbe], ["livenessProbe", container.livenessProbe], ["startupProbe", container.startupProbe]] as const) {
    const httpGet = probe?.httpGet;
    if (!httpGet) continue;
    if (!paths.has(httpGet.path)) problems.push(`${container.name}: ${probeName} asks ${httpGet.path}, which the ${role.kind} does not serve`);
    const port = typeof httpGet.port === "string" ? container.ports?.find((entry) => entry.name === httpGet.port)?.containerPort : httpGet.port;
    if (port !== listening) problems.push(`${container.name}: ${probeName} asks port ${httpGet.port}, but the ${role.kind} listens on PORT ${listening}`);
  }
  if (!container.readinessProbe?.httpGet) problems.push(`${container.name}: no readiness probe`);
  if (!container.livenessProbe?.httpGet) problems.push(`${container.name}: no liveness probe`);
  if (!container.ports?.some((entry) => entry.containerPort === listening)) problems.push(`${container.name}: PORT ${listening} is not a container port`);
  return problems;
}
