// The completion of partial answers, alone: a two-subgraph supergraph composed in
// process, and executor results shaped as Hive's executor gives them when a subgraph
// fails (index-less paths, a null in a non-null position, no `data`, one error for a
// fetch that nulled two fields). No ports, no database.
import { composeServices } from "@apollo/composition";
import { buildASTSchema, GraphQLError, parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { completeAnswer, concretePaths } from "../src/partialAnswer.js";
import { subgraphOwnership } from "../src/subgraphOwnership.js";

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';
const catalogue = `${link}
type Query { countries: [Country!]  plainCountries: [Country!]! }
type Country @key(fields: "iso") { iso: ID! name: String! }`;
const labour = `${link}
type Query { agreements: [Agreement!]  pending: [Agreement!] }
type Agreement { code: ID! countries: [AgreementCountry!]! }
type AgreementCountry { role: String! country: Country! partner: Country }
type Country @key(fields: "iso") { iso: ID! agreements: [Agreement!] }`;

const composed = composeServices([
  { name: "catalogue", url: "http://catalogue", typeDefs: parse(catalogue) },
  { name: "labour", url: "http://labour", typeDefs: parse(labour) },
]);
if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join("\n"));
const supergraphSdl = composed.supergraphSdl;
const supergraph = buildASTSchema(parse(supergraphSdl), { assumeValid: true, assumeValidSDL: true });
const apiSchema = composed.schema.toAPISchema().toGraphQLJSSchema();
const ownership = subgraphOwnership(supergraphSdl);

/** An executor error for a subgraph that could not be reached, as Hive gives it. */
const unreachable = (subgraph: string, path?: (string | number)[]) =>
  new GraphQLError(`fetch failed for ${subgraph}`, { path, extensions: { code: "DOWNSTREAM_SERVICE_ERROR", serviceName: subgraph } });

function complete(query: string, result: ExecutionResult) {
  const completed = completeAnswer(result, { schema: apiSchema, document: parse(query), ownership, supergraph });
  return { data: completed.data, errors: completed.errors?.map((error) => ({ path: error.path, subgraph: error.extensions.serviceName ?? error.extensions.subgraph })) };
}

describe("completing a partial answer", () => {
  it("leaves an answer without errors as it is", () => {
    const result = { data: { agreements: [] } };
    expect(completeAnswer(result, { schema: apiSchema, document: parse("{ agreements { code } }"), ownership, supergraph })).toBe(result);
  });

  it("gives `data` once execution started: a failed nullable root field is null", () => {
    expect(complete("{ agreements { code } }", { errors: [unreachable("labour", ["agreements"])] })).toEqual({
      data: { agreements: null },
      errors: [{ path: ["agreements"], subgraph: "labour" }],
    });
  });

  it("propagates a null in a non-null position to the nearest nullable parent, with an error per list item", () => {
    const data = { agreements: [{ code: "A", countries: [{ role: "PARTNER", country: null }] }, { code: "B", countries: [] }] };
    const answer = complete("{ agreements { code countries { role country { iso name } } } }", { data, errors: [unreachable("catalogue", ["agreements", "countries", "country"])] });
    expect(answer).toEqual({ data: { agreements: null }, errors: [{ path: ["agreements", 0, "countries", 0, "country"], subgraph: "catalogue" }] });
  });

  it("stops the null at a nullable reference, keeping the rest of the department's data", () => {
    const data = { agreements: [{ code: "A", countries: [{ role: "PARTNER", partner: null }, { role: "HOST", partner: null }] }] };
    const answer = complete("{ agreements { code countries { role partner { iso name } } } }", { data, errors: [unreachable("catalogue", ["agreements", "countries", "partner"])] });
    expect(answer.data).toEqual(data);
    expect(answer.errors).toEqual([
      { path: ["agreements", 0, "countries", 0, "partner"], subgraph: "catalogue" },
      { path: ["agreements", 0, "countries", 1, "partner"], subgraph: "catalogue" },
    ]);
  });

  it("names the failed subgraph at every field it nulled, not once for the whole fetch", () => {
    const answer = complete("{ agreements { code } pending { code } countries { iso } }", {
      data: { agreements: null, pending: null, countries: [{ iso: "IN" }] },
      errors: [unreachable("labour", ["agreements"])],
    });
    expect(answer.errors).toEqual([
      { path: ["agreements"], subgraph: "labour" },
      { path: ["pending"], subgraph: "labour" },
    ]);
  });

  it("says a failure given without a path (a timed-out fetch's) only where it nulled fields", () => {
    const timedOut = (path?: (string | number)[]) => new GraphQLError("The operation was aborted due to timeout", { path, extensions: { code: "GATEWAY_TIMEOUT", serviceName: "labour" } });
    const answer = complete("{ countries { iso agreements { code } } }", {
      data: { countries: [{ iso: "IN", agreements: null }] },
      errors: [timedOut(), timedOut(["countries"])],
    });
    expect(answer.errors).toEqual([{ path: ["countries", 0, "agreements"], subgraph: "labour" }]);
    // Alone, it stays: it is all the client hears of that failure.
    const alone = complete("{ countries { iso } }", { data: { countries: [{ iso: "IN" }] }, errors: [timedOut()] });
    expect(alone.errors).toEqual([{ path: undefined, subgraph: "labour" }]);
  });

  it("moves an error that names a fetch's parent to the fields that fetch nulled", () => {
    const answer = complete("{ countries { iso agreements { code } } }", {
      data: { countries: [{ iso: "IN", agreements: null }, { iso: "MA", agreements: null }] },
      errors: [unreachable("labour", ["countries"])],
    });
    expect(answer.errors).toEqual([
      { path: ["countries", 0, "agreements"], subgraph: "labour" },
      { path: ["countries", 1, "agreements"], subgraph: "labour" },
    ]);
  });

  it("gives `data: null` when a non-null field fails: its error explains its sibling's null too", () => {
    const refused = new GraphQLError("id: no such figure", { path: ["missing"], extensions: { code: "BAD_USER_INPUT", serviceName: "catalogue" } });
    expect(complete("{ plainCountries { iso } missing: plainCountries { iso } }", { errors: [refused] })).toEqual({ data: null, errors: [{ path: ["missing"], subgraph: "catalogue" }] });
  });

  it("completes a field selected twice with both selections, and reads @include's variable with its default", () => {
    const query = `query($withCode: Boolean = true) {
      agreements { ...Codes ...Countries }
      pending @include(if: $withCode) { code }
    }
    fragment Codes on Agreement { code }
    fragment Countries on Agreement { countries { role } }`;
    const data = { agreements: [{ code: "A", countries: [{ role: "HOST" }] }], pending: null };
    expect(complete(query, { data, errors: [unreachable("labour", ["pending"])] }).data).toEqual(data);
  });

  it("leaves an answer refused before execution as it is: no `data` to give", () => {
    const result = { errors: [new GraphQLError('Variable "$first" got invalid value "x"', { extensions: { code: "BAD_USER_INPUT" } })] };
    expect(completeAnswer(result, { schema: apiSchema, document: parse("query($first: Int) { agreements { code } }"), ownership, supergraph })).toBe(result);
  });

  it("claims no outage for a department's refusal, nor for a null outside the part where a subgraph failed", () => {
    const refused = new GraphQLError("code: no such agreement", { path: ["agreements"], extensions: { code: "BAD_USER_INPUT", serviceName: "labour" } });
    expect(complete("{ agreements { code } pending { code } }", { data: { agreements: null, pending: null }, errors: [refused] }).errors).toEqual([{ path: ["agreements"], subgraph: "labour" }]);
    // The catalogue failed for the first agreement's countries only; the second's partner is simply unknown.
    const data = { agreements: [{ code: "A", countries: [{ role: "HOST", partner: null }] }, { code: "B", countries: [{ role: "HOST", partner: null }] }] };
    const answer = complete("{ agreements { code countries { role partner { iso name } } } }", { data, errors: [unreachable("catalogue", ["agreements", 0, "countries", 0, "partner"])] });
    expect(answer.errors).toEqual([{ path: ["agreements", 0, "countries", 0, "partner"], subgraph: "catalogue" }]);
  });

  it("keeps `data: null` when a non-null root field failed: the other root fields' values are gone", () => {
    const result = { data: null, errors: [unreachable("catalogue", ["plainCountries"])] };
    expect(completeAnswer(result, { schema: apiSchema, document: parse("{ plainCountries { iso } agreements { code } }"), ownership, supergraph })).toBe(result);
  });
});

describe("where an error's path lands", () => {
  const data = { agreements: [{ countries: [{ country: null }, { country: { iso: "IN" } }] }, { countries: null }] };

  it("names every list item it passes without an index, and keeps the rest of the path below a null", () => {
    expect(concretePaths(["agreements", "countries", "country"], data)).toEqual([
      { path: ["agreements", 0, "countries", 0, "country"], nulled: true },
      { path: ["agreements", 1, "countries", "country"], nulled: true },
    ]);
  });

  it("keeps a path with its indices as it is", () => {
    expect(concretePaths(["agreements", 0, "countries", 1, "country"], data)).toEqual([{ path: ["agreements", 0, "countries", 1, "country"], nulled: false }]);
  });
});
