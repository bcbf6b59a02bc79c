// npm run token -- --subgraph border --scopes write,publish [--subject ana] [--expires 1h]
// Prints a development token, signed with JWT_SECRET (or the development default),
// for the gateway to accept; with --topology, signed by the development identity
// provider of `npm run start:topology`. Production tokens come from the identity provider.
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { readGatewayConfig } from "../gateway/src/config.js";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import { signDevelopmentToken } from "@gcm-hub/runtime/topology";
import { readTopologyConfig } from "@gcm-hub/runtime/topologyConfig";

const SCOPES = ["write", "publish"];
const USAGE = "npm run token -- --subgraph <name> --scopes write,publish [--subject <who>] [--expires 1h] [--topology]";

function fail(message: string): never {
  console.error(`${message}\nUsage: ${USAGE}\nSubgraphs: ${SUBGRAPH_NAMES.join(", ")}; scopes: ${SCOPES.join(", ")}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { subgraph: { type: "string" }, scopes: { type: "string", default: "write" }, subject: { type: "string", default: "developer" }, expires: { type: "string", default: "1h" }, topology: { type: "boolean", default: false } } }));
} catch (error) {
  fail((error as Error).message);
}
const subgraph = values.subgraph;
if (!subgraph || !SUBGRAPH_NAMES.includes(subgraph)) fail(`Unknown subgraph "${subgraph ?? ""}".`);
const scopes = values.scopes.split(",").map((scope) => scope.trim()).filter(Boolean);
const unknown = scopes.filter((scope) => !SCOPES.includes(scope));
if (unknown.length) fail(`Unknown scope(s): ${unknown.join(", ")}.`);
if (!/^\d+[smhd]$/.test(values.expires)) fail(`--expires must look like 30m, 1h or 7d, got "${values.expires}".`);

if (values.topology) {
  console.log(await signDevelopmentToken(readTopologyConfig().dataDir, { subgraph, scopes, subject: values.subject, expires: values.expires }));
  process.exit(0);
}
const config = readGatewayConfig();
if (!("secret" in config.tokens.key)) fail("The gateway verifies tokens with a JWKS URL here; get a token from the identity provider.");
const token = await new SignJWT({ subgraph, scope: scopes.join(" ") })
  .setProtectedHeader({ alg: "HS256" })
  .setSubject(values.subject)
  .setIssuer(config.tokens.issuer)
  .setAudience(config.tokens.audience)
  .setIssuedAt()
  .setExpirationTime(values.expires)
  .sign(new TextEncoder().encode(config.tokens.key.secret));
console.log(token);
