// Every file path the README, the docs and the packages' READMEs name exists, every link
// between them leads somewhere, and the README stays short enough to read in ten minutes.
//
// What is read: README.md, docs/**/*.md, and the packages' READMEs: gateway/, platform/,
// runtime/, deploy/, test/support/ and subgraphs/*/.
//
// What counts as a path, and what is left alone (the only leniencies):
// - Markdown links and images, `[text](target)`: every target that is not a URL (`scheme:`)
//   must exist, resolved against the doc's own folder as Markdown does. An anchor
//   (`#section`) must be a heading of the target file (GitHub's heading ids).
// - Inline code, `like/this.ts`: a span is a path when it is one word (no space) and either
//   holds a `/` or ends in a file extension listed in EXTENSIONS. It is left alone when it
//   is a URL (`://`), a placeholder or glob (`<name>`, `*`, `...`, `{`, `$`, `|`), an
//   absolute or home path (`/readyz`, `/usr/bin/chromium`, `~/.cache`: routes and machine
//   paths, not the repository's), or a package name (`@gcm-hub/kit`).
// - A span with a `/` is checked when it ends in `/` or a listed extension, or when its
//   first folder exists where the doc resolves paths (below); otherwise it is a MIME type
//   or an env var's folder (`text/plain`, `HUB_DATA_DIR/keys`), not a path. So
//   `gateway/src/plugins/useExprt.ts`, `gatway/src/gateway.ts` and `deploy/kubernets` fail,
//   while `application/json` is not a path.
// - A bare name, a file (`schema.graphql`, `hubClient.ts`) or a folder (`prisma/`), must be
//   where the doc resolves paths (below), or a file or folder of that name somewhere in the
//   doc's package (the repository for README.md and docs/), outside what git ignores.
// - A span whose first part is an environment variable (`HUB_DATA_DIR/keys/`) is a place
//   that variable names, not a path.
// - Paths resolve against the doc's own folder, then its package's folder (the nearest
//   folder above it with a package.json), then the repository's root; the first that
//   exists wins.
// - Outputs are not checked: a path the repository's .gitignore ignores (`.data/`,
//   `gateway/dist/main.mjs`, `bench-results/`) is made by a command, not committed.
// - Fenced code blocks are examples (commands, output, another repository's files) and
//   are not read.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const README_MAX_LINES = 400;
const EXTENSIONS = new Set([
  "ts", "tsx", "mts", "cts", "js", "mjs", "cjs", "json", "md", "graphql", "prisma",
  "yaml", "yml", "sh", "png", "txt", "sql", "html", "css", "toml", "example",
]);

interface Reference {
  doc: string; // relative to ROOT
  line: number;
  target: string;
  kind: "link" | "code";
}

function docsToRead(): string[] {
  const docs = ["README.md", "gateway/README.md", "platform/README.md", "runtime/README.md", "deploy/README.md", "test/support/README.md"];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".md")) docs.push(relative);
    }
  };
  walk("docs");
  for (const entry of fs.readdirSync(path.join(ROOT, "subgraphs"), { withFileTypes: true })) {
    if (entry.isDirectory() && fs.existsSync(path.join(ROOT, "subgraphs", entry.name, "README.md"))) {
      docs.push(`subgraphs/${entry.name}/README.md`);
    }
  }
  return docs;
}

/** The lines of a Markdown file outside fenced code blocks, with their numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | undefined;
  text.split("\n").forEach((content, index) => {
    const marker = /^\s*(```|~~~)/.exec(content)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) lines.push({ line: index + 1, text: content });
  });
  return lines;
}

function referencesOf(doc: string): Reference[] {
  const references: Reference[] = [];
  for (const { line, text } of proseLines(fs.readFileSync(path.join(ROOT, doc), "utf8"))) {
    // Links first, then inline code with the links' targets taken out.
    for (const match of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      references.push({ doc, line, target: match[1]!, kind: "link" });
    }
    const withoutLinks = text.replace(/\]\([^)]*\)/g, "]");
    for (const match of withoutLinks.matchAll(/(`+)([^`]+?)\1(?!`)/g)) {
      references.push({ doc, line, target: match[2]!.trim(), kind: "code" });
    }
  }
  return references;
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingIds(file: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(fs.readFileSync(file, "utf8"))) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = heading
      .replace(/`/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

/** The repository's .gitignore as tests on a path relative to ROOT (and on its folders). */
function ignoredByGit(): (relative: string) => boolean {
  const patterns = fs
    .readFileSync(path.join(ROOT, ".gitignore"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"))
    .map((line) => {
      const anchored = line.startsWith("/") || line.replace(/\/$/, "").includes("/");
      const body = line
        .replace(/^\//, "")
        .replace(/\/$/, "")
        .split(/(\*\*\/|\*|\?)/)
        .map((part) => (part === "**/" ? "(?:.*/)?" : part === "*" ? "[^/]*" : part === "?" ? "[^/]" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
        .join("");
      return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${body}$`);
    });
  return (relative) => {
    const parts = relative.split("/").filter(Boolean);
    return parts.some((_, index) => patterns.some((pattern) => pattern.test(parts.slice(0, index + 1).join("/"))));
  };
}

/** The nearest folder at or above `folder` (relative to ROOT) holding a package.json. */
function packageFolderOf(folder: string): string {
  for (let current = folder; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(ROOT, current, "package.json"))) return current;
    if (current === "." || current === "") return ".";
  }
}

const fileNamesByPackage = new Map<string, Set<string>>();
function fileNamesIn(packageFolder: string): Set<string> {
  let names = fileNamesByPackage.get(packageFolder);
  if (!names) {
    names = new Set<string>();
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
        const relative = path.join(folder, entry.name);
        if (entry.name === ".git" || isIgnored(relative)) continue;
        if (entry.isDirectory()) {
          names!.add(`${entry.name}/`);
          walk(relative);
        } else names!.add(entry.name);
      }
    };
    walk(packageFolder);
    fileNamesByPackage.set(packageFolder, names);
  }
  return names;
}

const isIgnored = ignoredByGit();

/** Why a reference does not hold, or undefined when it does (or is not a path). */
function problemWith(reference: Reference): string | undefined {
  const docFolder = path.dirname(reference.doc);
  if (reference.kind === "link") {
    if (/^[a-z][a-z+.-]*:/i.test(reference.target)) return undefined; // http:, https:, mailto:
    const [file = "", anchor] = reference.target.split("#");
    const resolved = file === "" ? path.join(ROOT, reference.doc) : path.resolve(ROOT, docFolder, decodeURI(file));
    if (!fs.existsSync(resolved)) return `links to ${reference.target}, which does not exist`;
    if (anchor && resolved.endsWith(".md") && !headingIds(resolved).has(anchor)) {
      return `links to ${reference.target}: ${path.relative(ROOT, resolved)} has no heading with id "${anchor}"`;
    }
    return undefined;
  }

  const target = reference.target.replace(/^\.\//, "");
  if (/\s/.test(target) || target.includes("://") || /[<>*{}$|]|\.\.\.|…/.test(target)) return undefined;
  if (target.startsWith("/") || target.startsWith("~") || target.startsWith("@")) return undefined;
  if (/^[A-Z][A-Z0-9_]*\//.test(target)) return undefined; // HUB_DATA_DIR/keys
  const extension = /\.([A-Za-z]+)$/.exec(target)?.[1];
  const hasSlash = target.includes("/");
  if (!hasSlash && !(extension && EXTENSIONS.has(extension) && /^[\w.-]+\.\w+$/.test(target) && !target.startsWith("."))) return undefined;

  const packageFolder = packageFolderOf(docFolder);
  const bases = [...new Set([docFolder, packageFolder, "."])];
  if (!hasSlash || /^[\w-][\w.-]*\/$/.test(target)) {
    // An output folder git ignores (bench-results/) exists only once something wrote it.
    const atABase = bases.some((base) => fs.existsSync(path.join(ROOT, base, target)) || isIgnored(path.join(base, target)));
    return atABase || fileNamesIn(packageFolder).has(target)
      ? undefined
      : `names ${target}, and no file or folder of that name is in ${packageFolder === "." ? "the repository" : packageFolder}`;
  }
  const firstFolder = target.split("/")[0]!;
  const looksLikeFile = target.endsWith("/") || (extension !== undefined && EXTENSIONS.has(extension));
  const candidates = looksLikeFile ? bases : bases.filter((base) => firstFolder === ".." || fs.existsSync(path.join(ROOT, base, firstFolder)));
  if (candidates.length === 0) return undefined; // not a path: text/plain, HUB_DATA_DIR/keys
  for (const base of candidates) {
    const resolved = path.resolve(ROOT, base, target);
    const relative = path.relative(ROOT, resolved);
    if (!relative.startsWith("..") && isIgnored(relative)) return undefined;
    if (fs.existsSync(resolved)) return undefined;
  }
  return `names ${target}, which does not exist (looked in ${candidates.map((base) => (base === "." ? "the repository's root" : `${base}/`)).join(", ")})`;
}

describe("docs name only what exists", () => {
  const docs = docsToRead();

  it("reads the README, the docs and every package's README", () => {
    expect(docs).toContain("README.md");
    expect(docs).toContain("subgraphs/kit/README.md");
    expect(docs.filter((doc) => doc.startsWith("docs/")).length).toBeGreaterThan(2);
  });

  it(`keeps README.md to at most ${README_MAX_LINES} lines`, () => {
    const lines = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").replace(/\n$/, "").split("\n").length;
    expect(lines, `README.md has ${lines} lines; move detail to docs/ or a package's README`).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it("names only paths that exist, and links only to files and headings that exist", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const doc of docs) {
      for (const reference of referencesOf(doc)) {
        checked++;
        const problem = problemWith(reference);
        if (problem) problems.push(`${reference.doc}:${reference.line}: ${problem}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
