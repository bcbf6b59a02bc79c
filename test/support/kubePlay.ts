// deploy/kubernetes started with `podman kube play`, for the objects podman supports: each
// Deployment becomes one pod named after the Service in front of it (podman's network DNS
// resolves a pod by its name, as a cluster resolves a Service), the gateway two pods
// published on 127.0.0.1; Secrets and ConfigMaps referenced by variables become those
// variables' values (secrets made for the run), and the supergraph ConfigMap the
// kustomization builds is given to podman as a file. Each department's database is a pod
// from the PostgreSQL image. What podman does not run: Services, Jobs, NetworkPolicies,
// PodDisruptionBudgets, the HorizontalPodAutoscaler (the subgraphs migrate at start anyway).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments, stringify } from "yaml";
import { generateGatewayKeyPair } from "@gcm-hub/kit";
import { SUBGRAPH_NAMES } from "../../subgraphs/registry.js";
import { HUB_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE, ROOT } from "@gcm-hub/deploy/containerImages";
import { kubernetesObjects, type KubernetesObject } from "./deployChecks.js";

export const KUBE_NETWORK = "gcm-hub-kube";
export const KUBE_GATEWAY_URLS = ["http://127.0.0.1:4100", "http://127.0.0.1:4110"] as const;
const WORK_DIR = path.join(ROOT, ".data", "kube-play");
const PODS_FILE = path.join(WORK_DIR, "pods.yaml");
const CONFIGMAP_FILE = path.join(WORK_DIR, "configmap.yaml");
const IMAGES: Record<string, string> = { "gcm-hub:0.1.0": HUB_IMAGE, "gcm-hub-redis:7": REDIS_IMAGE };

type Container = { name: string; image: string; env?: { name: string; value?: string; valueFrom?: any }[]; ports?: { containerPort: number; hostPort?: number; hostIP?: string }[]; lifecycle?: unknown };

/** The values of the Secrets (made for this run) and ConfigMaps that variables refer to. */
function references(objects: KubernetesObject[]): Map<string, string> {
  const { privateKey, publicKey } = generateGatewayKeyPair();
  const redisPassword = crypto.randomBytes(24).toString("hex");
  const values = new Map<string, string>([
    ["gateway-signing-key/HUB_GATEWAY_SIGNING_KEY", JSON.stringify(privateKey)],
    ["gateway-public-keys/HUB_GATEWAY_PUBLIC_KEYS", JSON.stringify({ keys: [publicKey] })],
    ["redis-gateway/REDIS_GATEWAY_PASSWORD", redisPassword],
    ["redis-gateway/REDIS_URL", `redis://gateway:${redisPassword}@redis:6379`],
  ]);
  for (const name of SUBGRAPH_NAMES) values.set(`database-${name}/DATABASE_URL`, `postgresql://${name}:${crypto.randomBytes(24).toString("hex")}@postgres-${name}:5432/gcm_hub_${name}`);
  for (const { kind, metadata, data } of objects as (KubernetesObject & { data?: Record<string, string> })[]) {
    if (kind === "ConfigMap") for (const [key, value] of Object.entries(data ?? {})) values.set(`${metadata.name}/${key}`, value);
  }
  return values;
}

function podOf(name: string, template: any, values: Map<string, string>, hostPort?: number): object {
  const spec = structuredClone(template.spec);
  for (const container of spec.containers as Container[]) {
    container.image = IMAGES[container.image] ?? container.image;
    delete container.lifecycle; // preStop sleep: a field podman's Kubernetes types predate
    for (const variable of container.env ?? []) {
      const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
      if (!ref) continue;
      const value = values.get(`${ref.name}/${ref.key}`);
      if (value === undefined) throw new Error(`${name}: ${variable.name} refers to ${ref.name}/${ref.key}, which no Secret or ConfigMap holds`);
      variable.value = value;
      delete variable.valueFrom;
    }
    // podman 4.3 publishes every containerPort on the host: keep only the gateway's, on 127.0.0.1.
    if (hostPort) container.ports = [{ ...container.ports![0]!, hostPort, hostIP: "127.0.0.1" }];
    else delete container.ports;
  }
  return { apiVersion: "v1", kind: "Pod", metadata: { name, labels: template.metadata.labels }, spec };
}

/** Writes the pods podman plays from deploy/kubernetes; returns what was left out. */
export function kubePods(): { skipped: string[] } {
  const objects = kubernetesObjects().map(({ object }) => object);
  const values = references(objects);
  const services = objects.filter((object) => object.kind === "Service");
  const pods: object[] = [];
  const skipped: string[] = [];
  for (const object of objects) {
    if (object.kind === "Deployment") {
      const labels = object.spec.template.metadata.labels as Record<string, string>;
      if (labels["app.kubernetes.io/component"] === "gateway") {
        KUBE_GATEWAY_URLS.forEach((url, index) => pods.push(podOf(`gateway-${index + 1}`, object.spec.template, values, Number(new URL(url).port))));
        continue;
      }
      const service = services.find((candidate) => Object.entries(candidate.spec.selector as Record<string, string>).every(([key, value]) => labels[key] === value));
      if (!service) throw new Error(`no Service selects the Deployment ${object.metadata.name}`);
      pods.push(podOf(service.metadata.name, object.spec.template, values));
    } else if (!["Secret", "ConfigMap"].includes(object.kind)) {
      skipped.push(`${object.kind} ${object.metadata.name}`);
    }
  }
  for (const name of SUBGRAPH_NAMES) {
    const url = new URL(values.get(`database-${name}/DATABASE_URL`)!);
    pods.push({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: `postgres-${name}` },
      spec: {
        containers: [{ name: "postgres", image: POSTGRES_IMAGE, env: [{ name: "POSTGRES_DB", value: `gcm_hub_${name}` }, { name: "POSTGRES_USER", value: name }, { name: "POSTGRES_PASSWORD", value: url.password }], securityContext: { runAsUser: 999 } }],
        // Throwaway: the data stays in the container (the databases are not among deploy/kubernetes's objects).
        restartPolicy: "Never",
      },
    });
  }
  // The ConfigMap kustomization.yaml generates from the committed files.
  const supergraph = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "gateway-supergraph" },
    data: {
      "supergraph.graphql": fs.readFileSync(path.join(ROOT, "schema", "supergraph.graphql"), "utf8"),
      "persisted-documents.json": fs.readFileSync(path.join(ROOT, "schema", "generated", "persisted-documents.json"), "utf8"),
    },
  };
  fs.mkdirSync(WORK_DIR, { recursive: true });
  fs.writeFileSync(PODS_FILE, pods.map((pod) => stringify(pod)).join("---\n"), { mode: 0o600 });
  fs.writeFileSync(CONFIGMAP_FILE, stringify(supergraph));
  return { skipped };
}

/** Plays the pods on a network of their own; their start is up to podman (ready or not). */
export function kubePlayUp(): { skipped: string[] } {
  const { skipped } = kubePods();
  kubePlayDown();
  execFileSync("podman", ["network", "create", KUBE_NETWORK], { stdio: "ignore" });
  try {
    execFileSync("podman", ["kube", "play", "--replace", "--network", KUBE_NETWORK, "--configmap", CONFIGMAP_FILE, PODS_FILE], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    // podman without systemd also logs that it cannot set up health-check timers: not the failure.
    const stderr = String((error as { stderr?: string }).stderr ?? "").split("\n").filter((line) => !/systemd|syslog/.test(line)).join("\n");
    throw new Error(`podman kube play failed: ${stderr}\n${kubeReport()}`);
  }
  return { skipped };
}

export function kubePlayDown(): void {
  if (fs.existsSync(PODS_FILE)) {
    try {
      execFileSync("podman", ["kube", "down", PODS_FILE], { stdio: "ignore" });
    } catch {
      // nothing was playing
    }
  }
  try {
    execFileSync("podman", ["network", "rm", "--force", KUBE_NETWORK], { stdio: "ignore" });
  } catch {
    // no such network
  }
}

/** Every pod's containers and their state, with the last lines of log of those not running. */
export function kubeReport(): string {
  const pods = new Set(fs.existsSync(PODS_FILE) ? parseAllDocuments(fs.readFileSync(PODS_FILE, "utf8")).map((document) => (document.toJS() as { metadata: { name: string } }).metadata.name) : []);
  const listed = execFileSync("podman", ["ps", "-a", "--pod", "--format", "{{.Names}}\t{{.State}}\t{{.Status}}\t{{.PodName}}"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .filter((line) => pods.has(line.split("\t")[3]!) && !line.split("\t")[0]!.endsWith("-infra"));
  const lines = listed.map((line) => `  ${line.replaceAll("\t", "  ")}`);
  for (const line of listed) {
    const [name, state] = line.split("\t");
    if (state === "running") continue;
    try {
      lines.push(`---- ${name}\n${execFileSync("podman", ["logs", "--tail", "40", name!], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })}`);
    } catch (error) {
      lines.push(`---- ${name}: ${(error as Error).message}`);
    }
  }
  return lines.join("\n");
}
