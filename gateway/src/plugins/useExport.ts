// GET /export/<OperationName>.csv, .json and .xlsx: a trusted operation, run with variables
// from the query string, its lists flattened to rows for a spreadsheet; and
// GET /export/figures.<format>: every published figure across the departments (figureSheet.ts).
// The operation runs as a GraphQL request through this gateway (by its hash, with the
// caller's Authorization), so the same limits, authentication, caching and error masking apply.
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
import { CONTENT_TYPES, CSV_DELIMITERS, csvLines, EXPORT_FORMATS, jsonLines, streamOf, xlsxBytes, type Cell, type ExportFormat, type Row, type Sheet } from "./exportFormats.js";
import { FIGURE_SHEET_OPERATION, FigureFilterError, NO_PERIOD_GIVEN, figurePage, figureFilters, figureSheet, figureSheetVariables, type Department, type FigureSheetData, type SheetFigure } from "./figureSheet.js";

export interface ExportOptions {
  trusted: TrustedDocuments;
  /** Runs a request through the gateway (its fetch handler). */
  run(request: Request): Promise<Response>;
  /** The gateway's GraphQL path, e.g. /graphql. */
  graphqlEndpoint: string;
  /** Most rows one export may have (all its sheets together). */
  maxRows: number;
  /**
   * The operations as written, by hash, for the columns' order: the manifest's text is
   * normalised (codegen sorts every selection), so its order would be alphabetical.
   * Default: codegen's typed documents, which keep the source's order and carry the hash.
   */
  writtenDocuments?: () => Promise<ReadonlyMap<string, DocumentNode>>;
}

/** Codegen's typed documents (schema/generated/graphql.ts) by the hash of their trusted text; loaded on the first export, not at start-up. */
async function typedDocuments(): Promise<ReadonlyMap<string, DocumentNode>> {
  const generated: Record<string, unknown> = await import("../../../schema/generated/graphql.js");
  const documents = new Map<string, DocumentNode>();
  for (const value of Object.values(generated)) {
    const hash = (value as { __meta__?: { hash?: string } } | null)?.__meta__?.hash;
    if (typeof hash === "string") documents.set(hash.replace(/^sha256:/, ""), value as DocumentNode);
  }
  return documents;
}

interface TrustedOperation {
  hash: string;
  document: DocumentNode;
  variables: readonly VariableDefinitionNode[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const EXPORT_PATH = /^\/export\/([^/]+)\.([^./]*)$/;
/** The path of the figures sheet, /export/figures.<format>. */
const FIGURES = "figures";
/** The query parameter that picks the list to export (repeated for an XLSX of several). */
const LIST_PARAMETER = "list";
/** CSV's field separator: , (the default), ; or tab. */
const DELIMITER_PARAMETER = "delimiter";
const RESERVED_PARAMETERS = [LIST_PARAMETER, DELIMITER_PARAMETER];

class ExportError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
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
    if (RESERVED_PARAMETERS.includes(name)) continue;
    const type = declared.get(name);
    if (!type) {
      const known = [...declared.keys()].sort().join(", ") || "none";
      throw new ExportError(400, `Unknown parameter "${name}"; this operation's variables are: ${known} (and "${LIST_PARAMETER}" picks the list, "${DELIMITER_PARAMETER}" the CSV's separator)`);
    }
    const values = parameters.getAll(name).map((text) => scalarValue(name, type.name, text));
    variables[name] = type.list ? values : values[0]!;
  }
  return variables;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A Relay connection: its rows are its edges. */
function isConnection(value: Json | undefined): value is { edges: Json[] } {
  return isObject(value) && Array.isArray(value.edges);
}

/** Every list of records in the result, depth first in field order, as dotted paths; a connection is named by its own field. */
function listPaths(value: Json, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.some(isObject) ? [path.join(".")] : [];
  if (isConnection(value) && path.length > 0) return [path.join(".")];
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => listPaths(child, [...path, key]));
}

interface ExportedList {
  path: string;
  /** The path in the operation's selection of what one row is (a connection's edges). */
  rowPath: string[];
  items: Json[];
}

/** The records at a dotted path: through a list on the way (objectives.integrationFigures gives every objective's), and a connection's edges. */
function listAt(data: Json, path: string, available: () => string[]): ExportedList {
  const keys = path.split(".");
  const notAList = () =>
    new ExportError(400, `"${path}" is not a list of records in the operation's result; its lists are: ${available().join(", ") || "none"} (a dotted path, e.g. country.initiatives)`);
  let values: Json[] = [data];
  let throughList = false;
  for (const key of keys) {
    const next: Json[] = [];
    for (const value of values) {
      const child = isObject(value) ? value[key] : undefined;
      if (Array.isArray(child)) {
        throughList = true;
        next.push(...child);
      } else if (child !== undefined && child !== null) next.push(child);
    }
    values = next;
  }
  const rowPath = [...keys];
  if (values.length > 0 && values.every(isConnection)) {
    values = values.flatMap((connection) => (connection as { edges: Json[] }).edges);
    rowPath.push("edges");
    throughList = true;
  }
  if (!throughList || !values.every(isObject)) throw notAList();
  return { path, rowPath, items: values };
}

/** Every field path the operation selects, depth first in its written order. */
function selectionPaths(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, prefix = ""): string[] {
  return [...selectedFields(selectionSet, fragments)].flatMap(([key, set]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...(set ? selectionPaths(set, fragments, path) : [])];
  });
}

/** The result's lists in the order the operation is written (the result's own order is the trusted text's, sorted). */
function listPathsInOrder(operation: TrustedOperation, data: Json): string[] {
  const root = selectionAt(operation, []);
  const order = root ? selectionPaths(root.selectionSet, root.fragments) : [];
  const position = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return listPaths(data).sort((a, b) => position(a) - position(b));
}

/** The lists the query string names, or else the result's first (CSV, JSON) or all of them (XLSX). */
function exportedLists(operation: TrustedOperation, data: Json, named: string[], format: ExportFormat): ExportedList[] {
  const available = () => listPathsInOrder(operation, data);
  if (named.length > 1 && format !== "xlsx") throw new ExportError(400, `"${LIST_PARAMETER}" is given ${named.length} times; a ${format.toUpperCase()} holds one list (an .xlsx holds one sheet per list)`);
  for (const path of named) {
    if (!selectionAt(operation, path.split("."))) throw new ExportError(400, `"${path}" is not a list the operation selects; its lists are: ${available().join(", ") || "none"} (a dotted path, e.g. country.initiatives)`);
  }
  if (named.length > 0) return named.map((path) => listAt(data, path, available));
  const paths = available();
  if (paths.length === 0) throw new ExportError(400, "The operation's result has no list of records to export");
  return (format === "xlsx" ? paths : paths.slice(0, 1)).map((path) => listAt(data, path, available));
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

/** The selection set at `path` in the operation (null when the path is not a selected field). */
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

interface Leaf {
  values: (string | number | boolean)[];
  /** Under a nested list: its values join as text, however many there are. */
  inList: boolean;
}

/** An item's leaves by dotted path. */
function flatten(value: Json, prefix: string, inList: boolean, into: Map<string, Leaf>): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, prefix, true, into);
    return;
  }
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, inList, into);
    return;
  }
  // A figure the report gives no period says so in its period's label, as the dashboard does.
  if (value === null && /(?:^|\.)statedPeriod$/.test(prefix)) {
    const label = into.get(`${prefix}.label`) ?? { values: [], inList };
    into.set(`${prefix}.label`, { values: [...label.values, NO_PERIOD_GIVEN], inList: label.inList || inList });
    return;
  }
  // A null leaf adds no value: its cell is empty in CSV and XLSX and null in JSON, as under a null parent.
  if (value === null) return;
  const leaf = into.get(prefix) ?? { values: [], inList };
  leaf.values.push(value);
  into.set(prefix, { values: leaf.values, inList: leaf.inList || inList });
}

function cellOf(leaf: Leaf): Cell {
  if (leaf.values.length === 0) return null;
  return leaf.inList ? leaf.values.map(String).join("; ") : leaf.values[0]!;
}

/** Rows of the list, one per item; a Relay edge (`{ node }`) exports its node's fields. */
function rowsOf(items: Json[]): Row[] {
  return items.map((item) => {
    const leaves = new Map<string, Leaf>();
    flatten(isRelayEdge(item) ? item.node : item, "", false, leaves);
    return new Map([...leaves].map(([path, leaf]) => [path, cellOf(leaf)]));
  });
}

function isRelayEdge(item: Json): item is { node: Json } {
  return isObject(item) && isObject(item.node) && Object.keys(item).length === 1;
}

/** The list's columns: every leaf the operation selects for its items (for an edge, its node), in its order, whatever the data holds. */
function listColumns(operation: TrustedOperation, list: ExportedList, rows: Row[]): string[] {
  const selection = selectionAt(operation, list.rowPath);
  if (!selection) return [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const fields = selectedFields(selection.selectionSet, selection.fragments);
  const node = fields.get("node");
  const edgesOnly = fields.size === 1 && node;
  return columnsOf(edgesOnly ? node : selection.selectionSet, selection.fragments);
}

/** The sources the exported records cite (every `source` object in them), once each, with how many rows cite each. */
function sourcesSheet(items: readonly unknown[]): Sheet | null {
  const sources = new Map<string, { source: Record<string, Cell>; rows: number }>();
  const visit = (value: unknown, row: Set<string>): void => {
    if (Array.isArray(value)) value.forEach((item) => visit(item, row));
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "source" && typeof child === "object" && child !== null && !Array.isArray(child)) {
          const source = child as Record<string, Cell>;
          const id = JSON.stringify(source);
          if (!row.has(id)) sources.set(id, { source, rows: (sources.get(id)?.rows ?? 0) + 1 });
          row.add(id);
        } else visit(child, row);
      }
    }
  };
  for (const item of items) visit(item, new Set());
  if (sources.size === 0) return null;
  // The result's keys are sorted (the trusted text's order): the document and the place in it come first, then the words.
  const columns = [...new Set(["document", "reference", "quote", ...[...sources.values()].flatMap(({ source }) => Object.keys(source))])].filter((column) =>
    [...sources.values()].some(({ source }) => column in source),
  );
  columns.push("rows");
  const rows = [...sources.values()].map(({ source, rows: count }) => new Map<string, Cell>([...Object.entries(source), ["rows", count]]));
  return { name: "sources", columns, rows };
}

function failure(status: number, message: string, code?: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, ...(code ? { extensions: { code } } : {}) }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** What a GraphQL error code means for an export request. */
const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

function exportFormat(extension: string): ExportFormat {
  if ((EXPORT_FORMATS as string[]).includes(extension)) return extension as ExportFormat;
  throw new ExportError(400, `Unknown export format "${extension}"; exports are: ${EXPORT_FORMATS.join(", ")}`);
}

function csvDelimiter(parameters: URLSearchParams, format: ExportFormat): string {
  const asked = parameters.getAll(DELIMITER_PARAMETER);
  if (asked.length === 0) return ",";
  if (format !== "csv") throw new ExportError(400, `"${DELIMITER_PARAMETER}" applies to CSV only, not ${format.toUpperCase()}`);
  const delimiter = asked.length === 1 ? CSV_DELIMITERS[asked[0]!] : undefined;
  if (delimiter === undefined) throw new ExportError(400, `Unknown delimiter "${asked.join('", "')}"; a CSV's delimiter is one of: ${Object.keys(CSV_DELIMITERS).join(" ")}`);
  return delimiter;
}

function checkRowLimit(sheets: readonly Sheet[], maxRows: number, narrowWith: string): void {
  const total = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
  if (total > maxRows) {
    const what = sheets.map((sheet) => `${sheet.name} has ${sheet.rows.length} rows`).join(", ");
    throw new ExportError(413, `${what}, over the export limit of ${maxRows}; narrow it with ${narrowWith}`);
  }
}

/** How many figures the figures sheet reads, before its filters, for each row it may export: a bound on its pages. */
const FIGURES_READ_PER_ROW = 10;

export function useExport(options: ExportOptions): GatewayPlugin {
  const operations = operationsByName(options.trusted);
  let written: Promise<ReadonlyMap<string, DocumentNode>> | undefined;

  /** The operation as written when it is known, for its columns' order; else the trusted text. */
  async function columnsDocument(operation: TrustedOperation): Promise<TrustedOperation> {
    written ??= (options.writtenDocuments ?? typedDocuments)();
    const document = (await written).get(operation.hash);
    return document ? { ...operation, document } : operation;
  }

  /** The operation's data, run through the gateway; an error ends the export, since partial data would leave rows out without saying so. */
  async function runOperation(request: Request, url: URL, name: string, operation: TrustedOperation, variables: Record<string, Json>): Promise<Json> {
    const body = JSON.stringify({ operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: operation.hash } } });
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
      throw new ExportError(STATUS_BY_CODE[code ?? ""] ?? (response.status >= 400 ? response.status : 502), error!.message, code);
    }
    return result.data ?? null;
  }

  async function operationSheets(request: Request, url: URL, name: string, format: ExportFormat): Promise<Sheet[]> {
    const operation = operations.get(name);
    if (!operation) throw new ExportError(404, `No trusted operation named "${name}"; exports run the trusted queries: ${[...operations.keys()].sort().join(", ")}, and /export/${FIGURES}.<format> gives every figure`);
    const variables = variablesOf(operation, url.searchParams);
    const data = await runOperation(request, url, name, operation, variables);
    const ordered = await columnsDocument(operation);
    const lists = exportedLists(ordered, data, url.searchParams.getAll(LIST_PARAMETER), format);
    const sheets = lists.map((list) => {
      const rows = rowsOf(list.items);
      return { name: list.path, columns: listColumns(ordered, list, rows), rows };
    });
    checkRowLimit(sheets, options.maxRows, sheets.length > 1 ? "the list parameter or the operation's variables" : "the operation's variables");
    const sources = format === "xlsx" ? sourcesSheet(lists.flatMap((list) => list.items)) : null;
    return sources ? [...sheets, sources] : sheets;
  }

  async function figureSheets(request: Request, url: URL, format: ExportFormat): Promise<Sheet[]> {
    const operation = operations.get(FIGURE_SHEET_OPERATION);
    if (!operation) throw new ExportError(404, `The figures sheet needs the hub's trusted operation ${FIGURE_SHEET_OPERATION}, which this gateway's trusted documents lack (npm run codegen)`);
    let filters;
    try {
      filters = figureFilters(url.searchParams, [DELIMITER_PARAMETER]);
    } catch (error) {
      if (error instanceof FigureFilterError) throw new ExportError(400, error.message);
      throw error;
    }
    const figures = new Map<Department, SheetFigure[]>();
    let cursors: Map<Department, string> | null = null;
    do {
      const data = (await runOperation(request, url, FIGURE_SHEET_OPERATION, operation, figureSheetVariables(filters, cursors))) as FigureSheetData;
      const page = figurePage(data ?? {});
      for (const [department, more] of page.figures) figures.set(department, [...(figures.get(department) ?? []), ...more]);
      const read = [...figures.values()].reduce((sum, list) => sum + list.length, 0);
      if (page.next.size > 0 && read > FIGURES_READ_PER_ROW * options.maxRows) {
        throw new ExportError(413, `The departments have over ${FIGURES_READ_PER_ROW * options.maxRows} figures, ${FIGURES_READ_PER_ROW} times the export limit of ${options.maxRows} rows; narrow it with department`);
      }
      cursors = page.next.size > 0 ? page.next : null;
    } while (cursors !== null);
    const { sheet, figures: exported } = figureSheet(figures, filters);
    checkRowLimit([sheet], options.maxRows, "department, objective or year");
    const sources = format === "xlsx" ? sourcesSheet(exported) : null;
    return sources ? [sheet, sources] : [sheet];
  }

  async function exportResponse(request: Request, url: URL, name: string, extension: string): Promise<Response> {
    if (request.method !== "GET") throw new ExportError(405, "Exports are read with GET");
    const format = exportFormat(extension);
    const delimiter = csvDelimiter(url.searchParams, format);
    if (name === FIGURES && url.searchParams.has(LIST_PARAMETER)) throw new ExportError(400, `The figures sheet is one list; "${LIST_PARAMETER}" applies to an operation's export`);
    const sheets = name === FIGURES ? await figureSheets(request, url, format) : await operationSheets(request, url, name, format);
    const body = format === "xlsx" ? await xlsxBytes(sheets) : streamOf(format === "csv" ? csvLines(sheets[0]!, delimiter) : jsonLines(sheets[0]!));
    return new Response(body, {
      status: 200,
      headers: {
        "content-type": CONTENT_TYPES[format],
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
      return exportResponse(request, url, name, match[2]!).then(endResponse, (error: unknown) => {
        if (error instanceof ExportError) endResponse(failure(error.status, error.message, error.code));
        else throw error;
      });
    },
  };
}
