import { describe, expect, it } from "vitest";
import { loaderByKey, loaderGroupedByKey } from "../src/index.js";

describe("loaders", () => {
  it("batches keys into one load and realigns rows to keys, null for misses", async () => {
    const batches: (readonly string[])[] = [];
    const loader = loaderByKey(
      async (keys: readonly string[]) => {
        batches.push(keys);
        return [{ iso: "IN" }, { iso: "CV" }]; // out of order, one missing
      },
      (row) => row.iso,
    );
    const results = await Promise.all(["CV", "XX", "IN"].map((key) => loader.load(key)));
    expect(results).toEqual([{ iso: "CV" }, null, { iso: "IN" }]);
    expect(batches).toEqual([["CV", "XX", "IN"]]);
  });

  it("groups many rows per key, empty lists for keys without rows", async () => {
    const loader = loaderGroupedByKey(
      async () => [
        { objective: 5, code: "A" },
        { objective: 7, code: "B" },
        { objective: 5, code: "C" },
      ],
      (row) => row.objective,
    );
    const [five, six, seven] = await Promise.all([5, 6, 7].map((key) => loader.load(key)));
    expect(five!.map((row) => row.code)).toEqual(["A", "C"]);
    expect(six).toEqual([]);
    expect(seven!.map((row) => row.code)).toEqual(["B"]);
  });
});
