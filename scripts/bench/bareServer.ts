// Benchmark child process: the limit of the machine for a cached answer. A bare node:http
// server that reads each request's body and writes the answer the hub gave that very body
// (its bytes and its headers, recorded in the same run), and nothing else: no GraphQL, no
// plugins. The hub's cache hits are measured as a fraction of it (issue 29). Reads the
// recorded answers from BENCH_BARE_ANSWERS; prints its URL when ready.
import fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One recorded answer: the request body it answers, and the hub's status, headers and body. */
export interface RecordedAnswer {
  requestBody: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

const recorded = JSON.parse(fs.readFileSync(process.env.BENCH_BARE_ANSWERS!, "utf8")) as RecordedAnswer[];
const answers = new Map(recorded.map((answer) => [answer.requestBody, { ...answer, bytes: Buffer.from(answer.body) }]));

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const answer = answers.get(Buffer.concat(chunks).toString());
    if (!answer) return void response.writeHead(404, { "content-type": "text/plain" }).end("No answer recorded for this request body\n");
    response.writeHead(answer.status, { ...answer.headers, "content-length": String(answer.bytes.length) }).end(answer.bytes);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
