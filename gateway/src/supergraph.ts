// The supergraph the gateway serves, read from a file and re-read when it changes,
// so a newly composed graph is picked up without a restart. A file that is not a
// valid supergraph is refused: the gateway keeps serving the last good one.
import fs from "node:fs";
import { buildASTSchema, parse } from "graphql";

export interface SupergraphSource {
  /** The last valid supergraph SDL (re-reads the file if it changed): the runtime's poll. */
  current(): string;
  /**
   * The last valid supergraph SDL as last read, without reading the file: for what runs on
   * every request (a read of the file per request was a quarter of a cache hit's busy time, issue 29).
   * It follows the runtime's poll of current(), so it is the graph being served.
   */
  served(): string;
  /** Subgraph name -> URL, as the current supergraph declares them. */
  subgraphUrls(): Record<string, string>;
}

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g;

/** Throws with the reason when `sdl` is not a usable supergraph. */
export function assertSupergraph(sdl: string): void {
  if (!sdl.includes("https://specs.apollo.dev/join/")) throw new Error("it does not link the join spec (not a supergraph)");
  if (![...sdl.matchAll(JOIN_GRAPH)].length) throw new Error("it declares no subgraphs (@join__graph)");
  buildASTSchema(parse(sdl), { assumeValidSDL: false });
}

export function readSupergraph(file: string, onRejected: (reason: string) => void): SupergraphSource {
  let lastGood = fs.readFileSync(file, "utf8");
  assertSupergraph(lastGood);
  let lastSeen = lastGood;
  return {
    current() {
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch (error) {
        onRejected(`cannot read ${file}: ${(error as Error).message}`);
        return lastGood;
      }
      if (text === lastSeen) return lastGood;
      lastSeen = text;
      try {
        assertSupergraph(text);
        lastGood = text;
      } catch (error) {
        onRejected(`${file} is not a valid supergraph (${(error as Error).message}); still serving the previous one`);
      }
      return lastGood;
    },
    served: () => lastGood,
    subgraphUrls() {
      return Object.fromEntries([...lastGood.matchAll(JOIN_GRAPH)].map((match) => [match[1]!, match[2]!]));
    },
  };
}
