// Where a process's time went, from a V8 CPU profile (node --cpu-prof): the frames with the
// most self time, the way DevTools' "Bottom-Up" view sorts them. Used for issue 29's
// profiles of the cache-hit path.
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FrameTime {
  frame: string;
  selfMs: number;
  /** Share of the profile's busy time (every sample but "(idle)"), 0-100. */
  percent: number;
}

/** A bundle's source map (main.mjs.map beside main.mjs), read once, if there is one. */
const sourceMaps = new Map<string, SourceMap | null>();
function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    const file = url.startsWith("file:") ? fileURLToPath(url) : url;
    sourceMaps.set(url, url.endsWith(".mjs") && fs.existsSync(`${file}.map`) ? new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8"))) : null);
  }
  return sourceMaps.get(url)!;
}

/** A frame by function and place; in a bundle, the place in its sources (package and file), from the source map. */
function frameName({ functionName, url, lineNumber, columnNumber }: ProfileNode["callFrame"]): string {
  const entry = sourceMapOf(url)?.findEntry(lineNumber, columnNumber);
  const source = entry && "originalSource" in entry ? `${entry.originalSource.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, "")}:${entry.originalLine + 1}` : undefined;
  const file = url.split("/").pop() || "(native)";
  return `${functionName || "(anonymous)"} ${source ?? `${file}${url ? `:${lineNumber + 1}` : ""}`}`;
}

/** The `top` frames by self time in the profile at `file` (a .cpuprofile), idle time left out. */
export function topFramesBySelfTime(file: string, top = 15): FrameTime[] {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const names = new Map(profile.nodes.map((node) => [node.id, frameName(node.callFrame)]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const name = names.get(id) ?? "(unknown)";
    if (name.startsWith("(idle)")) return;
    selfUs.set(name, (selfUs.get(name) ?? 0) + delta);
    totalUs += delta;
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([frame, us]) => ({ frame, selfMs: Math.round(us / 1000), percent: Math.round((us / totalUs) * 1000) / 10 }));
}

/** The frames as a markdown table. */
export function frameTable(frames: FrameTime[]): string[] {
  return ["| frame (function file:line) | self ms | share of busy time |", "|---|---:|---:|", ...frames.map(({ frame, selfMs, percent }) => `| \`${frame}\` | ${selfMs} | ${percent.toFixed(1)}% |`)];
}
