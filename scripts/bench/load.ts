// One load: autocannon at a number of connections for a while, against one target (or
// replicas of one, the connections dealt round-robin over their URLs), sampling the
// target's resident memory meanwhile (the largest replica's). A response that is not 200 or that
// carries GraphQL errors counts as an error.
import autocannon from "autocannon";
import type { Child } from "@gcm-hub/test-support/processes";

export interface LoadRequest {
  url: string;
  /** Replicas of the target: the connections are dealt round-robin over these URLs instead. */
  replicaUrls?: string[];
  body: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** Highest resident memory of the target process seen during the load, MB. */
  peakRssMB: number;
}

const RSS_SAMPLE_MS = 250;

export async function runLoad(request: LoadRequest, target: Child | Child[], connections: number, durationSeconds: number): Promise<LoadResult> {
  const processes = Array.isArray(target) ? target : [target];
  const rssMB = () => Math.max(...processes.map((child) => child.rssMB()));
  let peakRssMB = rssMB();
  const sampler = setInterval(() => {
    peakRssMB = Math.max(peakRssMB, rssMB());
  }, RSS_SAMPLE_MS);
  try {
    const result = await autocannon({
      // autocannon takes several URLs (connection i goes to URL i mod n); its types name one.
      url: (request.replicaUrls ?? request.url) as string,
      method: "POST",
      headers: request.headers,
      body: request.body,
      connections,
      duration: durationSeconds,
      timeout: 10,
      verifyBody: (body) => !String(body).includes('"errors"'),
    });
    return {
      requestsPerSecond: result.requests.average,
      meanMs: result.latency.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors + result.non2xx + result.mismatches,
      peakRssMB: Math.round(peakRssMB),
    };
  } finally {
    clearInterval(sampler);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Several loads of one target as one: the median of each figure, the sums of requests and errors, the highest RSS. */
export function medianLoad(loads: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: median(loads.map((load) => load.requestsPerSecond)),
    p50Ms: median(loads.map((load) => load.p50Ms)),
    meanMs: median(loads.map((load) => load.meanMs)),
    p99Ms: median(loads.map((load) => load.p99Ms)),
    requests: loads.reduce((sum, load) => sum + load.requests, 0),
    errors: loads.reduce((sum, load) => sum + load.errors, 0),
    peakRssMB: Math.max(...loads.map((load) => load.peakRssMB)),
  };
}

/** One target's rounds against a reference's, round by round: the median of the ratios of their requests per second. */
export function medianOfPairedRatios(loads: LoadResult[], reference: LoadResult[]): number {
  if (loads.length !== reference.length) throw new Error(`Paired rounds must match: ${loads.length} against ${reference.length}`);
  return median(loads.map((load, round) => (reference[round]!.requestsPerSecond > 0 ? load.requestsPerSecond / reference[round]!.requestsPerSecond : 0)));
}

/** The items in order, starting `by` places on (round r of an interleaved run starts at target r). */
export function rotated<T>(items: T[], by: number): T[] {
  const start = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}
