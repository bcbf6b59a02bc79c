// The container images of the hub and how `npm run images` makes them here, where no
// registry image can be pulled: a Debian base from debootstrap, Node.js 24 from the npm
// registry, then deploy/Dockerfile and deploy/images/* built with podman on that base.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** The images, as compose and the tests name them (podman stores them under localhost/). */
export const HUB_IMAGE = "localhost/gcm-hub:0.1.0";
export const POSTGRES_IMAGE = "localhost/gcm-hub-postgres:15";
export const REDIS_IMAGE = "localhost/gcm-hub-redis:7";
export const BASE_REPOSITORY = "localhost/gcm-hub-base";
export const NODE_REPOSITORY = "localhost/gcm-hub-node";

/** What the base is made from; its cache key is their hash, so a change makes a new base. */
export const BASE_INPUTS = {
  suite: "bookworm",
  variant: "minbase",
  mirror: "http://deb.debian.org/debian",
  // The installed system also takes security and point-release updates (apt-get in the images).
  sources: [
    "deb http://deb.debian.org/debian bookworm main",
    "deb http://deb.debian.org/debian bookworm-updates main",
    "deb http://deb.debian.org/debian-security bookworm-security main",
  ],
};

export const CACHE_DIR = process.env.GCM_HUB_CACHE_DIR ?? path.join(os.homedir(), ".cache", "gcm-hub");

export function baseKey(): string {
  return crypto.createHash("sha256").update(JSON.stringify(BASE_INPUTS)).digest("hex").slice(0, 12);
}

/** The tools `npm run images` needs, and whichever of them this machine lacks. */
export const REQUIRED_TOOLS = [
  { command: "podman", debianPackage: "podman" },
  { command: "buildah", debianPackage: "buildah" },
  { command: "debootstrap", debianPackage: "debootstrap" },
  { command: "runc", debianPackage: "runc" },
] as const;

export function missingTools(): (typeof REQUIRED_TOOLS)[number][] {
  return REQUIRED_TOOLS.filter(({ command }) => {
    try {
      execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
      return false;
    } catch {
      return true;
    }
  });
}

/** Runs a command with its output shown; rejects with its exit code. */
export function run(command: string, args: string[], options: { cwd?: string; quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`))));
  });
}

/** A command's standard output, trimmed. */
export function output(command: string, args: string[]): string {
  return execFileSync(command, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

export function imageExists(image: string): boolean {
  try {
    execFileSync("podman", ["image", "exists", image], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
