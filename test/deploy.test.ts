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
// The hub's own workloads (the image gcm-hub); Redis runs its own image (deploy/images/redis).
const workloads = objects.filter(({ object }) => containersOf(object).some((container) => (container as { image?: string }).image?.startsWith("gcm-hub:")));
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

  it("deploys Redis with the gateway's ACL password from a Secret, probed on its port, reachable only from the gateways and reaching nothing", () => {
    const [redis] = containersOf(find("Deployment", "redis")) as (Container & { image: string; securityContext: Record<string, unknown> })[];
    expect(redis!.image).toBe("gcm-hub-redis:7");
    expect(redis!.env).toEqual([{ name: "REDIS_GATEWAY_PASSWORD", valueFrom: { secretKeyRef: { name: "redis-gateway", key: "REDIS_GATEWAY_PASSWORD" } } }]);
    const port = redis!.ports![0]!.containerPort;
    for (const probe of [redis!.readinessProbe, redis!.livenessProbe] as { tcpSocket?: { port: number } }[]) expect(probe.tcpSocket!.port).toBe(port);
    expect(redis!.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(find("Service", "redis").spec.ports[0]).toMatchObject({ port, targetPort: port });
    expect(find("Secret", "redis-gateway").stringData).toHaveProperty("REDIS_URL");
    const [gateway] = containersOf(find("Deployment", "gateway"));
    expect(gateway!.env!.find((variable) => variable.name === "REDIS_URL")).toEqual({ name: "REDIS_URL", valueFrom: { secretKeyRef: { name: "redis-gateway", key: "REDIS_URL" } } });
    const policy = find("NetworkPolicy", "redis-only-from-gateway");
    expect(policy.spec.policyTypes).toEqual(["Ingress", "Egress"]);
    expect(policy.spec.egress).toBeUndefined();
    expect(policy.spec.ingress).toEqual([{ from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": "gcm-hub", "app.kubernetes.io/component": "gateway" } } }], ports: [{ protocol: "TCP", port }] }]);
  });

  it("denies all traffic by default; each department's pods reach only its own database and DNS; the gateway its subgraphs, Redis, DNS and HTTPS", () => {
    expect(find("NetworkPolicy", "default-deny").spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    for (const name of SUBGRAPH_NAMES) expect(egressProblems(find("NetworkPolicy", `${name}-egress`), name)).toEqual([]);
    const gateway = find("NetworkPolicy", "gateway-egress");
    const targets = gateway.spec.egress.map((rule: { to?: { podSelector?: { matchLabels: Record<string, string> } }[] }) => rule.to?.[0]?.podSelector?.matchLabels["app.kubernetes.io/component"] ?? rule.to?.[0]?.podSelector?.matchLabels["k8s-app"] ?? "any");
    expect(targets).toEqual(["subgraph", "redis", "kube-dns", "any"]);
    expect(gateway.spec.egress[3].ports).toEqual([{ protocol: "TCP", port: 443 }]);
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

  it("puts each department's database on a network shared only with its subgraph, with a role of its own, and Redis on one shared only with the gateways", () => {
    const networks = compose as unknown as { services: Record<string, { networks?: string[]; environment?: Record<string, string> }> };
    for (const name of SUBGRAPH_NAMES) {
      expect(networks.services[`postgres-${name}`]!.networks).toEqual([`database-${name}`]);
      expect(Object.entries(networks.services).filter(([, service]) => service.networks?.includes(`database-${name}`)).map(([service]) => service).sort()).toEqual([name, `postgres-${name}`].sort());
      expect(networks.services[`postgres-${name}`]!.environment!.POSTGRES_USER).toBe(name);
      expect(networks.services[name]!.environment!.DATABASE_URL).toMatch(new RegExp(`^postgresql://${name}:\\$\\{POSTGRES_PASSWORD_${name.toUpperCase()}\\}@`));
    }
    expect(networks.services.redis!.networks).toEqual(["cache"]);
    expect(Object.entries(networks.services).filter(([, service]) => service.networks?.includes("cache")).map(([service]) => service).sort()).toEqual(["gateway-1", "gateway-2", "redis"]);
    expect(networks.services["gateway-1"]!.environment!.REDIS_URL).toBe("redis://gateway:${REDIS_GATEWAY_PASSWORD:?set REDIS_GATEWAY_PASSWORD}@redis:6379");
  });

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

/** What lets a department's pods reach more than its own database (port 5432) and DNS. */
function egressProblems(policy: KubernetesObject, name: string): string[] {
  const problems: string[] = [];
  if (policy.spec.podSelector.matchLabels["gcm-hub/subgraph"] !== name) problems.push(`${policy.metadata.name} does not select ${name}'s pods`);
  if (!policy.spec.policyTypes.includes("Egress")) problems.push(`${policy.metadata.name} does not restrict egress`);
  for (const rule of policy.spec.egress as { to?: { namespaceSelector?: { matchLabels: Record<string, string> }; podSelector?: { matchLabels: Record<string, string> } }[]; ports?: { port: number }[] }[]) {
    const ports = (rule.ports ?? []).map((entry) => entry.port);
    for (const peer of rule.to ?? [{}]) {
      const namespace = peer.namespaceSelector?.matchLabels["kubernetes.io/metadata.name"];
      const database = peer.podSelector?.matchLabels["gcm-hub/database"];
      const dns = namespace === "kube-system" && peer.podSelector?.matchLabels["k8s-app"] === "kube-dns";
      if (dns && ports.length > 0 && ports.every((port) => port === 53)) continue;
      if (namespace === "databases" && database === name && ports.length > 0 && ports.every((port) => port === 5432)) continue;
      problems.push(`${policy.metadata.name} lets ${name}'s pods reach ${JSON.stringify(peer)} on ${ports.length ? ports.join(", ") : "every port"}`);
    }
  }
  return problems;
}

describe("the checks catch a broken manifest", () => {
  it("an egress policy that lets one department reach another's database, or anywhere", () => {
    const policy = structuredClone(find("NetworkPolicy", "labour-egress"));
    policy.spec.egress[0].to[0].podSelector.matchLabels["gcm-hub/database"] = "border";
    expect(egressProblems(policy, "labour")).toEqual([expect.stringMatching(/lets labour's pods reach .*"gcm-hub\/database":"border".* on 5432/)]);
    delete policy.spec.egress[1].to;
    expect(egressProblems(policy, "labour")).toHaveLength(2);
  });

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
