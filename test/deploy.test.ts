// The deployment artefacts under deploy/ checked against the project: no image can be
// built and no cluster reached here, so every Kubernetes object is validated against the
// Kubernetes API schemas, and every command, environment variable, probe path and port
// is checked against the scripts, the configuration and the servers themselves. The
// last tests break a manifest on purpose and show the checks catch it.
import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import {
  containersOf,
  environmentProblems,
  KUBERNETES_DIR,
  kubernetesObjects,
  probeProblems,
  roleOf,
  ROOT,
  schemaProblem,
  servedPaths,
  type Container,
  type KubernetesObject,
  type Role,
} from "./support/deployChecks.js";

const objects = kubernetesObjects();
const workloads = objects.filter(({ object }) => containersOf(object).length > 0);
let served: Awaited<ReturnType<typeof servedPaths>>;

const PROBED_PATHS = ["/healthz", "/readyz", "/graphql", "/metrics", "/ready", "/health"];

beforeAll(async () => {
  served = await servedPaths(PROBED_PATHS);
});

function roleOrFail(container: Container): Role {
  const role = roleOf(container.command ?? [], container.workingDir);
  if (typeof role === "string") throw new Error(role);
  return role;
}

function find(kind: string, name: string): KubernetesObject {
  const found = objects.find(({ object }) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} under deploy/kubernetes`);
  return found.object;
}

describe("Kubernetes manifests", () => {
  it.each(objects.map(({ file, object }) => [`${file}: ${object.kind} ${object.metadata?.name}`, object]))("%s validates against the Kubernetes API schema", async (_, object) => {
    expect(await schemaProblem(object as KubernetesObject)).toBeNull();
  });

  it.each(workloads.map(({ file, object }) => [`${file}: ${object.kind} ${object.metadata.name}`, object]))("%s runs a script of the project, with variables its configuration reads, probed where it serves", (_, object) => {
    for (const container of containersOf(object as KubernetesObject)) {
      const role = roleOrFail(container);
      expect(environmentProblems(role, container)).toEqual([]);
      expect(probeProblems(role, container, served)).toEqual([]);
    }
  });

  it("has, for every subgraph of the registry, a Deployment, a Service on its port, a PodDisruptionBudget and a migration Job", () => {
    for (const name of SUBGRAPH_NAMES) {
      const [container] = containersOf(find("Deployment", `subgraph-${name}`));
      expect(roleOrFail(container!)).toEqual({ kind: "subgraph", name });
      const port = Number(container!.env!.find((variable) => variable.name === "PORT")!.value);
      expect(find("Service", name).spec.ports.map((entry: { targetPort: number }) => entry.targetPort)).toEqual([port]);
      expect(find("PodDisruptionBudget", `subgraph-${name}`).spec.minAvailable).toBe(1);
      expect(roleOrFail(containersOf(find("Job", `migrate-${name}`))[0]!)).toEqual({ kind: "migration", name });
    }
  });

  it("gives the gateway readiness on /readyz, liveness on /healthz, an autoscaler and a disruption budget", () => {
    const [gateway] = containersOf(find("Deployment", "gateway"));
    expect(roleOrFail(gateway!)).toEqual({ kind: "gateway" });
    expect(gateway!.readinessProbe!.httpGet!.path).toBe("/readyz");
    expect(gateway!.livenessProbe!.httpGet!.path).toBe("/healthz");
    expect(find("HorizontalPodAutoscaler", "gateway").spec.scaleTargetRef).toMatchObject({ kind: "Deployment", name: "gateway" });
    expect(find("PodDisruptionBudget", "gateway").spec.minAvailable).toBe(1);
    // The gateway reaches every subgraph at its Service.
    const urls = gateway!.env!.filter((variable) => variable.name.startsWith("SUBGRAPH_URL_")).map((variable) => variable.name.slice(13).toLowerCase());
    expect(urls.sort()).toEqual([...SUBGRAPH_NAMES].sort());
  });

  it("lets only the gateway reach the subgraphs, on every subgraph's port", () => {
    const policy = find("NetworkPolicy", "subgraphs-only-from-gateway");
    expect(policy.spec.podSelector.matchLabels["app.kubernetes.io/component"]).toBe("subgraph");
    expect(policy.spec.ingress).toHaveLength(1);
    expect(policy.spec.ingress[0].from).toEqual([{ podSelector: { matchLabels: { "app.kubernetes.io/name": "gcm-hub", "app.kubernetes.io/component": "gateway" } } }]);
    const ports = SUBGRAPH_NAMES.map((name) => Number(containersOf(find("Deployment", `subgraph-${name}`))[0]!.env!.find((variable) => variable.name === "PORT")!.value));
    expect(policy.spec.ingress[0].ports.map((entry: { port: number }) => entry.port).sort()).toEqual(ports.sort());
  });

  it("lists every manifest in the kustomization, and builds the ConfigMap from the committed supergraph and trusted documents", () => {
    const kustomization = parseYaml(fs.readFileSync(path.join(KUBERNETES_DIR, "kustomization.yaml"), "utf8")) as { resources: string[]; configMapGenerator: { name: string; files: string[] }[] };
    const manifests = [...new Set(objects.map(({ file }) => file))].sort();
    expect([...kustomization.resources].sort()).toEqual(manifests);
    const generator = kustomization.configMapGenerator.find((entry) => entry.name === "gateway-supergraph")!;
    const files = generator.files.map((entry) => entry.split("=")[1]!);
    expect(files.map((file) => path.relative(ROOT, path.resolve(KUBERNETES_DIR, file))).sort()).toEqual(["schema/generated/persisted-documents.json", "schema/supergraph.graphql"]);
    // The paths the gateway is told to read them from are where the ConfigMap is mounted.
    const [gateway] = containersOf(find("Deployment", "gateway"));
    const mounted = (gateway as Container & { volumeMounts: { name: string; mountPath: string }[] }).volumeMounts.find((mount) => mount.name === "supergraph")!.mountPath;
    const env = Object.fromEntries(gateway!.env!.map((variable) => [variable.name, variable.value]));
    expect(env.SUPERGRAPH_PATH).toBe(`${mounted}/supergraph.graphql`);
    expect(env.TRUSTED_DOCUMENTS_PATH).toBe(`${mounted}/persisted-documents.json`);
  });
});

describe("compose file and Dockerfile", () => {
  const compose = parseYaml(fs.readFileSync(path.join(ROOT, "deploy", "compose.yaml"), "utf8"), { merge: true }) as { services: Record<string, { image?: string; command?: string[]; environment?: Record<string, string>; healthcheck?: { test: string[] } }> };
  const ours = Object.entries(compose.services).filter(([, service]) => service.image?.startsWith("gcm-hub:"));
  /** ${VAR:-default} is its default; ${VAR:?...} stands for what the operator sets (x). */
  const interpolated = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, "$1").replace(/\$\{[^}]+\}/g, "x");

  it("runs every subgraph and two gateway replicas from the image, each with a PostgreSQL of its own", () => {
    const roles = ours.map(([, service]) => roleOf(service.command!));
    expect(roles.filter((role) => typeof role !== "string" && role.kind === "gateway")).toHaveLength(2);
    expect(roles.flatMap((role) => (typeof role !== "string" && role.kind === "subgraph" ? [role.name] : [])).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) expect(compose.services[name]!.environment!.DATABASE_URL).toMatch(new RegExp(`@postgres-${name}:5432/gcm_hub_${name}$`));
  });

  it.each(ours.map(([name, service]) => [name, service]))("%s: variables its configuration reads, a health check on a path it serves at its port", (name, service) => {
    const role = roleOf(service.command!);
    if (typeof role === "string") throw new Error(`${name}: ${role}`);
    const environment = Object.fromEntries(Object.entries(service.environment!).map(([variable, value]) => {
      const plain = interpolated(String(value));
      return [variable, plain === "x" ? undefined : plain];
    }));
    const container: Container = { name, env: Object.entries(environment).map(([variable, value]) => ({ name: variable, value })) };
    expect(environmentProblems(role, container)).toEqual([]);
    const [, url] = /fetch\('(http:[^']+)'\)/.exec(service.healthcheck!.test.join(" "))!;
    const { pathname, port } = new URL(url!);
    expect((role.kind === "gateway" ? served.gateway : served.subgraph).has(pathname)).toBe(true);
    expect(port).toBe(environment.PORT);
  });

  it("builds one multi-stage image whose default command is the production gateway, with the project's build scripts", () => {
    const dockerfile = fs.readFileSync(path.join(ROOT, "deploy", "Dockerfile"), "utf8");
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(3);
    const command = JSON.parse(/^CMD (.+)$/m.exec(dockerfile)![1]!) as string[];
    expect(roleOf(command)).toEqual({ kind: "gateway" });
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const [, script] of dockerfile.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts).concat("seed")).toContain(script);
    // Every workspace's package.json is copied before `npm ci`, so the install sees the whole workspace.
    const workspaces = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { workspaces: string[] }).workspaces;
    for (const workspace of workspaces) expect(dockerfile).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    // The runtime stage holds the production bundles and what they read beside their sources.
    for (const folder of ["gateway", "runtime", "subgraphs", "schema"]) expect(dockerfile).toContain(`COPY --from=build /app/${folder} ${folder}`);
    // The build context leaves out what the host installed or built, so the image builds its own.
    const ignored = fs.readFileSync(path.join(ROOT, ".dockerignore"), "utf8").split("\n");
    for (const entry of ["node_modules", "runtime/.build", "runtime/dist", "gateway/dist", ".data"]) expect(ignored).toContain(entry);
  });
});

describe("the checks catch a broken manifest", () => {
  const gateway = () => structuredClone(containersOf(find("Deployment", "gateway"))[0]!);
  const border = () => structuredClone(containersOf(find("Deployment", "subgraph-border"))[0]!);

  it("a probe path the process does not serve", () => {
    const container = border();
    container.readinessProbe!.httpGet!.path = "/ready";
    expect(probeProblems({ kind: "subgraph", name: "border" }, container, served)).toEqual(["subgraph: readinessProbe asks /ready, which the subgraph does not serve"]);
  });

  it("a probe on a port the process does not listen on", () => {
    const container = gateway();
    container.livenessProbe!.httpGet!.port = 4001;
    expect(probeProblems({ kind: "gateway" }, container, served)).toEqual(["gateway: livenessProbe asks port 4001, but the gateway listens on PORT 4000"]);
  });

  it("an unknown variable, or one of the other process's", () => {
    const container = gateway();
    container.env!.push({ name: "GATEWAY_WORKER", value: "2" }, { name: "DATABASE_URL", value: "postgresql://x@y/z" });
    expect(environmentProblems({ kind: "gateway" }, container)).toEqual([
      "gateway: GATEWAY_WORKER is not read by the gateway's configuration",
      "gateway: DATABASE_URL is not read by the gateway's configuration",
    ]);
    const subgraph = border();
    subgraph.env!.push({ name: "SUBGRAPH_URL_EDUCATION", value: "http://education:4007/graphql" });
    expect(environmentProblems({ kind: "subgraph", name: "border" }, subgraph)).toEqual(["subgraph: SUBGRAPH_URL_EDUCATION is not read by the subgraph's configuration"]);
  });

  it("a value the configuration refuses", () => {
    const container = gateway();
    container.env!.find((variable) => variable.name === "GATEWAY_WORKERS")!.value = "many";
    expect(environmentProblems({ kind: "gateway" }, container)).toEqual([expect.stringMatching(/would refuse this configuration: .*GATEWAY_WORKERS must be an integer/)]);
  });

  it("a command that is not a script of the project", () => {
    expect(roleOf(["node", "runtime/dist/start-subgraph.mjs", "education"])).toMatch(/names no subgraph/);
    expect(roleOf(["node", "gateway/src/main.ts"])).toMatch(/is not a script of the project/);
    expect(roleOf(["npm", "run", "migrate"], "/app/subgraphs/border")).toMatch(/is not a script of subgraphs\/border/);
  });

  it("an object the Kubernetes API would reject", async () => {
    const deployment = structuredClone(find("Deployment", "gateway"));
    deployment.spec.template.spec.containers[0].ports[0].containerPort = "four thousand";
    expect(await schemaProblem(deployment)).toMatch(/containerPort/);
    const missing = structuredClone(find("Service", "border"));
    delete missing.spec.ports[0].port;
    expect(await schemaProblem(missing)).toMatch(/port/);
  });
});
