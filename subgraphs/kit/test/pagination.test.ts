import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageRequest, toConnection } from "../src/index.js";

describe("cursor pagination", () => {
  it("round-trips keys through opaque cursors", () => {
    expect(decodeCursor(encodeCursor("LMA_INDIA"))).toBe("LMA_INDIA");
    expect(encodeCursor("LMA_INDIA")).not.toContain("LMA_INDIA");
  });

  it("refuses cursors it did not issue, naming the argument", () => {
    expect(() => decodeCursor("garbage")).toThrow('Invalid argument "after": is not a cursor this API issued');
    expect(() => decodeCursor(Buffer.from("x:1").toString("base64url"))).toThrow(/not a cursor/);
  });

  it("defaults to 20 and bounds the page size to 1..100", () => {
    expect(pageRequest(undefined, undefined)).toEqual({ take: 20, afterKey: null });
    expect(() => pageRequest(0, null)).toThrow('Invalid argument "first": must be between 1 and 100, got 0');
    expect(() => pageRequest(101, null)).toThrow(/got 101/);
    expect(pageRequest(100, encodeCursor("B"))).toEqual({ take: 100, afterKey: "B" });
  });

  it("uses the extra row only to say that a next page exists, and counts only when totalCount is asked for", async () => {
    const page = { take: 2, afterKey: null };
    let counts = 0;
    const count = async () => {
      counts += 1;
      return 7;
    };
    const more = toConnection(["A", "B", "C"], page, (key) => key, count);
    expect(more.edges.map((edge) => edge.node)).toEqual(["A", "B"]);
    expect(more.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor("B") });
    expect(counts).toBe(0);
    expect(await more.totalCount()).toBe(7);
    expect(counts).toBe(1);
    const last = toConnection(["A"], page, (key) => key, async () => 1);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor("A") });
    expect(toConnection([], page, (key: string) => key, async () => 0).pageInfo.endCursor).toBeNull();
  });
});
