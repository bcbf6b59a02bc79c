// The operations folder as a gateway replica reads it: the hub's documents and every
// published manifest's as one map, swapped whole when the index changes (found by
// polling; only a new manifest is read), a damaged manifest left out with a reason while
// the others are served.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { publishManifest, TrustedOperations } from "../src/operationStore.js";
import { sha256 } from "../src/trustedDocuments.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gcm-operation-store-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const manifestOf = (name: string) => {
  const document = `query ${name} { pillars { numeral } }`;
  return { hash: sha256(document), manifest: { documents: new Map([[sha256(document), document]]), operations: [{ name, type: "query" as never, hash: sha256(document) }] } };
};
const HUB = "query HubPillars { pillars { title } }";

describe("TrustedOperations", () => {
  it("picks up a publication by polling the index, and leaves a damaged manifest out", async () => {
    const onError = vi.fn();
    const trusted = new TrustedOperations({ hub: new Map([[sha256(HUB), HUB]]), dir, pollMs: 20, onError });
    try {
      expect([...trusted.keys()]).toEqual([sha256(HUB)]);
      const mobile = manifestOf("MobilePillars");
      publishManifest(dir, "mobile", "1.0.0", mobile.manifest);
      await vi.waitFor(() => expect(trusted.get(mobile.hash)).toBe("query MobilePillars { pillars { numeral } }"), { timeout: 2000, interval: 20 });
      expect(trusted.has(sha256(HUB))).toBe(true);

      // A publication reads only the new manifest: what was read and checked stays as it was.
      const web = manifestOf("WebPillars");
      fs.writeFileSync(path.join(dir, "mobile", "1.0.0.json"), JSON.stringify({ [mobile.hash]: "query Tampered { pillars { title } }" }));
      publishManifest(dir, "web", "1", web.manifest);
      await vi.waitFor(() => expect(trusted.has(web.hash)).toBe(true), { timeout: 2000, interval: 20 });
      expect(trusted.get(mobile.hash)).toBe("query MobilePillars { pillars { numeral } }");
      expect(onError).not.toHaveBeenCalled();

      // A replica starting now reads the damaged manifest, leaves it out and says why; the others are served.
      const starting = new TrustedOperations({ hub: new Map(), dir, pollMs: 0, onError });
      expect(starting.has(mobile.hash)).toBe(false);
      expect(starting.has(web.hash)).toBe(true);
      expect(onError).toHaveBeenCalledWith(expect.stringMatching(/^published manifest mobile 1\.0\.0 left out: .*does not match its hash/));
    } finally {
      trusted.close();
    }
  });
});
