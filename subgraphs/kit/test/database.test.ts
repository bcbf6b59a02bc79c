import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openEmbeddedDatabase } from "../src/index.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe("openEmbeddedDatabase with a cluster template", () => {
  it("keeps a new cluster as a template, starts the next new folder from it, and leaves an existing folder alone", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hub-cluster-template-"));
    roots.push(root);
    const templateDir = path.join(root, "templates");

    const first = await openEmbeddedDatabase(path.join(root, "one"), { templateDir });
    expect(first.created).toBe(true);
    // Made after the template was taken: the next folder must not see it.
    await first.forSubgraph().withSession((session) => session.exec("CREATE TABLE made_in_one (id INTEGER)"));
    await first.close();
    expect(fs.readdirSync(templateDir)).toEqual([expect.stringMatching(/^pglite-\d+\.\d+\.\d+-cluster\.tar$/)]);

    const second = await openEmbeddedDatabase(path.join(root, "two"), { templateDir });
    expect(second.created).toBe(true);
    const { rows } = await second.forSubgraph().withSession((session) =>
      session.query<{ absent: boolean; version: string }>("SELECT to_regclass('made_in_one') IS NULL AS absent, current_setting('server_version') AS version"),
    );
    expect(rows[0]!.absent).toBe(true);
    expect(rows[0]!.version).toMatch(/^\d+/);
    await second.forSubgraph().withSession((session) => session.exec("CREATE TABLE made_in_two (id INTEGER)"));
    await second.close();

    const reopened = await openEmbeddedDatabase(path.join(root, "two"), { templateDir });
    expect(reopened.created).toBe(false);
    const kept = await reopened.forSubgraph().withSession((session) => session.query<{ present: boolean }>("SELECT to_regclass('made_in_two') IS NOT NULL AS present"));
    expect(kept.rows[0]!.present).toBe(true);
    await reopened.close();
  }, 180_000);

  it("starts a new folder with initdb when the template is damaged, and writes a sound one", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hub-cluster-template-"));
    roots.push(root);
    const templateDir = path.join(root, "templates");
    const first = await openEmbeddedDatabase(path.join(root, "one"), { templateDir });
    await first.close();
    const [template] = fs.readdirSync(templateDir);
    const soundSize = fs.statSync(path.join(templateDir, template!)).size;
    fs.writeFileSync(path.join(templateDir, template!), "not a tarball");

    const second = await openEmbeddedDatabase(path.join(root, "two"), { templateDir });
    expect(second.created).toBe(true);
    const { rows } = await second.forSubgraph().withSession((session) => session.query<{ one: number }>("SELECT 1 AS one"));
    expect(rows[0]!.one).toBe(1);
    await second.close();
    expect(fs.statSync(path.join(templateDir, template!)).size).toBe(soundSize);
  }, 180_000);
});
