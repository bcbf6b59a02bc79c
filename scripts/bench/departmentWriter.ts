// The writer of the mixed read/write load: one department recording a figure and
// publishing it, a number of times a second, through the gateway with the department's
// token and its trusted write documents (subgraphs/<name>/operations/, sent by hash), as
// its staff's tools would. Each publish starts a new cache generation for that
// department's subgraph; the readers measure what that costs them.
export const RECORD_MUTATION: Record<string, string> = {
  border: "recordBorderFigure",
  integration: "recordIntegrationFigure",
  diaspora: "recordDiasporaFigure",
  labour: "recordLabourFigure",
  social: "recordSocialProtectionFigure",
};

export interface WriterTally {
  published: number;
  failed: number;
  firstError?: string;
  /** Published figures a second over the writer's whole run. */
  perSecond: number;
}

export interface DepartmentWriter {
  stop(): Promise<WriterTally>;
}

async function call(url: string, token: string, sha256Hash: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors || response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Records and publishes `perSecond` figures a second in `department` until stopped. */
export function startDepartmentWriter(options: {
  url: string;
  token: string;
  department: string;
  perSecond: number;
  /** The trusted document's hash for an operation name. */
  trustedHash: (operationName: string) => string;
}): DepartmentWriter {
  const record = RECORD_MUTATION[options.department];
  if (!record) throw new Error(`"${options.department}" records no figures; one of ${Object.keys(RECORD_MUTATION).join(", ")}`);
  const publish = record.replace(/^record/, "publish");
  // The documents are named after their field: recordBorderFigure is RecordBorderFigure.
  const [recordHash, publishHash] = [record, publish].map((field) => options.trustedHash(field[0]!.toUpperCase() + field.slice(1)));
  const tally: WriterTally = { published: 0, failed: 0, perSecond: 0 };
  const started = performance.now();
  let sequence = 0;
  const inFlight = new Set<Promise<void>>();
  const writeOne = async () => {
    sequence += 1;
    try {
      const input = {
        label: `Benchmark figure ${sequence}`,
        value: sequence,
        unit: "people",
        period: { start: "2021", end: "2021", label: "2021" },
        objective: 23,
        source: { document: "GCM Hub benchmark", reference: `write ${sequence}`, quote: "Written by the benchmark's mixed load; not from the report." },
      };
      const recorded = await call(options.url, options.token, recordHash!, { input });
      await call(options.url, options.token, publishHash!, { id: recorded[record].id });
      tally.published += 1;
    } catch (error) {
      tally.failed += 1;
      tally.firstError ??= (error as Error).message;
    }
  };
  const timer = setInterval(() => {
    const write = writeOne().finally(() => inFlight.delete(write));
    inFlight.add(write);
  }, 1000 / options.perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      tally.perSecond = tally.published / ((performance.now() - started) / 1000);
      return tally;
    },
  };
}

/** Several writers' runs as one: their figures and failures summed, the first error, the slowest rate. */
export function combinedTally(tallies: WriterTally[]): WriterTally {
  const firstError = tallies.find((tally) => tally.firstError)?.firstError;
  return {
    published: tallies.reduce((sum, tally) => sum + tally.published, 0),
    failed: tallies.reduce((sum, tally) => sum + tally.failed, 0),
    ...(firstError ? { firstError } : {}),
    perSecond: Math.min(...tallies.map((tally) => tally.perSecond)),
  };
}
