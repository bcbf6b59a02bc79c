// A replica's first requests, made by itself before it listens: every trusted read once
// through the runtime, uncached. The requests of a replica (re)started under load then find
// their documents parsed and validated, their query plans made, the code paths compiled
// and connections to the subgraphs open, instead of the first of them paying for all that
// (up to 2 s each under 15 connections, measured). Writes are never run to warm up: a
// write's plan is made on its first request (about 3 ms, measured once its reads are warm).
import { getOperationAST, parse } from "graphql";
import type { TrustedDocuments } from "./trustedDocuments.js";

/** How long the warm-up is waited for: a subgraph that does not answer must not keep a replica out of rotation. */
export const DEFAULT_WARM_UP_WAIT_MS = 1000;

export interface WarmUpOptions {
  trusted: TrustedDocuments;
  /** Runs a request through the gateway's runtime, never from the response cache. */
  run: (request: Request) => Promise<Response>;
  /** Where the runtime serves GraphQL, e.g. "/graphql". */
  graphqlEndpoint: string;
  /** Longest wait for the reads; default DEFAULT_WARM_UP_WAIT_MS. Reads still running go on unwaited. */
  waitMs?: number;
}

export interface WarmUp {
  /** Trusted reads run. */
  reads: number;
  /** Of those, answered without errors within the wait. */
  answered: number;
}

/** The hashes of the trusted documents that are queries. */
function trustedReads(trusted: TrustedDocuments): string[] {
  return [...trusted].flatMap(([hash, document]) => (getOperationAST(parse(document))?.operation === "query" ? [hash] : []));
}

function byHash(graphqlEndpoint: string, hash: string): Request {
  const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
  return new Request(`http://gateway${graphqlEndpoint}`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
}

export async function warmUp({ trusted, run, graphqlEndpoint, waitMs = DEFAULT_WARM_UP_WAIT_MS }: WarmUpOptions): Promise<WarmUp> {
  let answered = 0;
  const reads = trustedReads(trusted).map(async (hash) => {
    const response = await run(byHash(graphqlEndpoint, hash));
    const result = (await response.json()) as { errors?: unknown[] };
    if (response.ok && !result.errors?.length) answered++;
  });
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  await Promise.race([Promise.allSettled(reads), waited]);
  clearTimeout(timer);
  return { reads: reads.length, answered };
}
