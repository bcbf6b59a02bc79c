// GET /export/<OperationName>.csv and .json: a trusted operation, run with variables from
// the query string, its main list flattened to rows for a spreadsheet. The operation runs
// as a GraphQL request through this gateway (by its hash, with the caller's
// Authorization), so the same limits, authentication, caching and error masking apply.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import {
  getOperationAST,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
  type VariableDefinitionNode,
} from "graphql";
import type { TrustedDocuments } from "../trustedDocuments.js";

export interface ExportOptions {
  trusted: TrustedDocuments;
  /** Runs a request through the gateway (its fetch handler). */
  run(request: Request): Promise<Response>;
  /** The gateway's GraphQL path, e.g. /graphql. */
  graphqlEndpoint: string;
  /** Most rows one export may have. */
  maxRows: number;
}

interface TrustedOperation {
  hash: string;
  document: DocumentNode;
  variables: readonly VariableDefinitionNode[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Map<string, string>;

/** What a figure's period label reads when the report gives the figure no period (statedPeriod null). */
export const NO_PERIOD_GIVEN = "no period given";
const EXPORT_PATH = /^\/export\/([^/]+)\.(csv|json)$/;
/** The query parameter that picks the list to export; every other one is a variable. */
const LIST_PARAMETER = "list";

class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Trusted operations by name. */
function operationsByName(trusted: TrustedDocuments): Map<string, TrustedOperation> {
  const operations = new Map<string, TrustedOperation>();
  for (const [hash, document] of trusted) {
    const parsed = parse(document);
    const operation = getOperationAST(parsed);
    if (operation?.name && operation.operation === "query") operations.set(operation.name.value, { hash, document: parsed, variables: operation.variableDefinitions ?? [] });
  }
  return operations;
}

function namedType(type: TypeNode): { name: string; list: boolean } {
  if (type.kind === Kind.NON_NULL_TYPE) return namedType(type.type);
  if (type.kind === Kind.LIST_TYPE) return { name: namedType(type.type).name, list: true };
  return { name: type.name.value, list: false };
}

/** One query-string value as the variable's type reads it; anything else is a 400 naming the variable. */
function scalarValue(variable: string, type: string, text: string): Json {
  if (type === "Int") {
    if (!/^-?\d{1,9}$/.test(text)) throw new ExportError(400, `Variable "${variable}" must be a whole number, got "${text}"`);
    return Number(text);
  }
  if (type === "Float") {
    if (text.trim() === "" || !Number.isFinite(Number(text))) throw new ExportError(400, `Variable "${variable}" must be a number, got "${text}"`);
    return Number(text);
  }
  if (type === "Boolean") {
    if (text !== "true" && text !== "false") throw new ExportError(400, `Variable "${variable}" must be true or false, got "${text}"`);
    return text === "true";
  }
  // ID, String and enums go as text; the gateway validates them against the schema.
  return text;
}

/** The variables the query string gives (a list variable repeats its parameter), checked against the operation's. */
function variablesOf(operation: TrustedOperation, parameters: URLSearchParams): Record<string, Json> {
  const declared = new Map(operation.variables.map((definition) => [definition.variable.name.value, namedType(definition.type)]));
  const variables: Record<string, Json> = {};
  for (const name of new Set(parameters.keys())) {
    if (name === LIST_PARAMETER) continue;
    const type = declared.get(name);
    if (!type) {
      const known = [...declared.keys()].sort().join(", ") || "none";
      throw new ExportError(400, `Unknown parameter "${name}"; this operation's variables are: ${known} (and "${LIST_PARAMETER}" picks the list)`);
    }
    const values = parameters.getAll(name).map((text) => scalarValue(name, type.name, text));
    variables[name] = type.list ? values : values[0]!;
  }
  return variables;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first list of objects in the result, depth first in field order: its dotted path. */
function firstListPath(value: Json, path: string[] = []): string[] | null {
  if (Array.isArray(value)) return value.some(isObject) ? path : null;
  if (!isObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstListPath(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The list to export: `?list=a.b` or the first list of objects in the result. */
function mainList(data: Json, named: string | null): { path: string; items: Json[] } {
  const path = named === null ? firstListPath(data) : named.split(".");
  if (path === null) throw new ExportError(400, "The operation's result has no list of records to export");
  let value: Json | undefined = data;
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  if (!Array.isArray(value)) throw new ExportError(400, `"${path.join(".")}" is not a list in the operation's result (a dotted path, e.g. country.initiatives)`);
  return { path: path.join("."), items: value };
}

/** The fields (response keys) a selection set asks for, fragments and inline fragments merged. */
function selectedFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Map<string, SelectionSetNode | null> {
  const fields = new Map<string, SelectionSetNode | null>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const merged = fields.get(key);
      fields.set(key, selection.selectionSet ? { kind: Kind.SELECTION_SET, selections: [...(merged?.selections ?? []), ...selection.selectionSet.selections] } : null);
      continue;
    }
    const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
    if (!inner) continue;
    for (const [key, set] of selectedFields(inner, fragments)) {
      const merged = fields.get(key);
      fields.set(key, set ? { kind: Kind.SELECTION_SET, selections: [...(merged?.selections ?? []), ...set.selections] } : (merged ?? null));
    }
  }
  return fields;
}

/** The selection set of the list at `path` in the operation (null when the path is not a selected field). */
function selectionAt(operation: TrustedOperation, path: string[]): { selectionSet: SelectionSetNode; fragments: Map<string, FragmentDefinitionNode> } | null {
  const fragments = new Map(
    operation.document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  let selectionSet: SelectionSetNode | null | undefined = getOperationAST(operation.document)!.selectionSet;
  for (const key of path) {
    selectionSet = selectionSet ? selectedFields(selectionSet, fragments).get(key) : null;
  }
  return selectionSet ? { selectionSet, fragments } : null;
}

/** The leaf columns of a selection set, as dotted paths, in the order the operation asks for them. */
function columnsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, prefix = ""): string[] {
  return [...selectedFields(selectionSet, fragments)].flatMap(([key, set]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return set ? columnsOf(set, fragments, path) : [path];
  });
}

/** An item's leaves by dotted path; the values of a nested list join with "; ". */
function flatten(value: Json, prefix: string, into: Map<string, string[]>): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, prefix, into);
    return;
  }
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  // A figure the report gives no period says so in its period's label, as the dashboard does.
  if (value === null && /(?:^|\.)statedPeriod$/.test(prefix)) {
    into.set(`${prefix}.label`, [...(into.get(`${prefix}.label`) ?? []), NO_PERIOD_GIVEN]);
    return;
  }
  // A null leaf adds no value: its cell is empty in CSV and null in JSON, as under a null parent.
  if (value === null) return;
  into.set(prefix, [...(into.get(prefix) ?? []), String(value)]);
}

/** Rows of the list; a Relay edge (`{ node }`) exports its node's fields. */
function rowsOf(items: Json[]): Row[] {
  return items.map((item) => {
    const leaves = new Map<string, string[]>();
    flatten(isRelayEdge(item) ? item.node : item, "", leaves);
    return new Map([...leaves].map(([path, values]) => [path, values.join("; ")]));
  });
}

function isRelayEdge(item: Json): item is { node: Json } {
  return isObject(item) && isObject(item.node) && Object.keys(item).length === 1;
}

/** The list's columns: every leaf the operation selects for its items (for an edge, its node), whatever the data holds. */
function listColumns(operation: TrustedOperation, list: { path: string; items: Json[] }, rows: Row[]): string[] {
  const selection = selectionAt(operation, list.path.split("."));
  if (!selection) return [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const fields = selectedFields(selection.selectionSet, selection.fragments);
  const node = fields.get("node");
  const edgesOnly = fields.size === 1 && node;
  return columnsOf(edgesOnly ? node : selection.selectionSet, selection.fragments);
}

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The export's lines, one at a time: a byte order mark so spreadsheets read UTF-8, the header, the rows. */
function* csvLines(columns: string[], rows: Row[]): Generator<string> {
  yield `\uFEFF${columns.map(csvField).join(",")}\r\n`;
  for (const row of rows) yield `${columns.map((column) => csvField(row.get(column) ?? "")).join(",")}\r\n`;
}

function* jsonLines(columns: string[], rows: Row[]): Generator<string> {
  yield "[";
  let first = true;
  for (const row of rows) {
    yield `${first ? "" : ","}\n${JSON.stringify(Object.fromEntries(columns.map((column) => [column, row.get(column) ?? null])))}`;
    first = false;
  }
  yield "\n]\n";
}

function stream(lines: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

function failure(status: number, message: string, code?: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** What a GraphQL error code means for an export request. */
const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

export function useExport(options: ExportOptions): GatewayPlugin {
  const operations = operationsByName(options.trusted);

  async function exportResponse(request: Request, url: URL, name: string, format: "csv" | "json"): Promise<Response> {
    if (request.method !== "GET") throw new ExportError(405, "Exports are read with GET");
    const operation = operations.get(name);
    if (!operation) throw new ExportError(404, `No trusted operation named "${name}"; exports run the trusted queries: ${[...operations.keys()].sort().join(", ")}`);
    const body = JSON.stringify({ operationName: name, variables: variablesOf(operation, url.searchParams), extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } });
    const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
    for (const header of ["authorization", "x-request-id"]) {
      const value = request.headers.get(header);
      if (value) headers[header] = value;
    }
    const response = await options.run(new Request(new URL(options.graphqlEndpoint, url), { method: "POST", headers, body }));
    const result = (await response.json()) as { data?: Json; errors?: { message: string; extensions?: { code?: string } }[] };
    if (result.errors?.length) {
      const [error] = result.errors;
      const code = error!.extensions?.code;
      // Partial data would leave rows out without saying so: an export is all or nothing.
      return failure(STATUS_BY_CODE[code ?? ""] ?? (response.status >= 400 ? response.status : 502), error!.message, code);
    }
    const list = mainList(result.data ?? null, url.searchParams.get(LIST_PARAMETER));
    if (list.items.length > options.maxRows) {
      throw new ExportError(413, `${list.path} has ${list.items.length} rows, over the export limit of ${options.maxRows}; narrow it with the operation's variables`);
    }
    const rows = rowsOf(list.items);
    const columns = listColumns(operation, list, rows);
    const lines = format === "csv" ? csvLines(columns, rows) : jsonLines(columns, rows);
    return new Response(stream(lines), {
      status: 200,
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.${format}"`,
        // What one caller may see is not for a shared cache to keep.
        "cache-control": request.headers.has("authorization") ? "private, no-store" : "no-cache",
      },
    });
  }

  return {
    onRequest({ request, url, endResponse }) {
      const match = EXPORT_PATH.exec(url.pathname);
      if (!match) return;
      let name: string;
      try {
        name = decodeURIComponent(match[1]!);
      } catch {
        endResponse(failure(400, `The operation name in ${url.pathname} is not valid percent-encoding`));
        return;
      }
      return exportResponse(request, url, name, match[2] as "csv" | "json").then(endResponse, (error: unknown) => {
        if (error instanceof ExportError) endResponse(failure(error.status, error.message));
        else throw error;
      });
    },
  };
}
