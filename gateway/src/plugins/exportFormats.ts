// The files an export writes: CSV (RFC 4180, comma or semicolon), JSON, and XLSX (one
// sheet per exported list, a frozen header row, numbers in numeric cells, and a sheet of
// the sources the rows cite). A text cell that a spreadsheet would read as a formula is
// neutralised in CSV and XLSX; JSON is data for programs and keeps the text as it is.

/** A cell: a number stays a number, so that a spreadsheet can sum it. */
export type Cell = string | number | boolean | null;
export type Row = ReadonlyMap<string, Cell>;

export interface Sheet {
  /** The list's path in the result, or the sheet's own name (figures, sources). */
  name: string;
  columns: readonly string[];
  rows: readonly Row[];
}

export type ExportFormat = "csv" | "json" | "xlsx";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "json", "xlsx"];

/** CSV's field separators by the name the query string gives (`delimiter=;` for a Portuguese Excel). */
export const CSV_DELIMITERS: Readonly<Record<string, string>> = { ",": ",", ";": ";", tab: "\t" };

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with =, +, -, @, a tab or a
 * carriage return as a formula (=HYPERLINK(...) can send the sheet's data away). A leading
 * apostrophe makes it text. Only text cells: a negative number is a number, not a formula.
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvText(cell: Cell): string {
  if (cell === null) return "";
  return typeof cell === "string" ? neutralised(cell) : String(cell);
}

/** A CSV field as RFC 4180 writes it: quoted when it holds the delimiter, a quote or a line break, or was neutralised (as OWASP asks). */
function csvField(cell: Cell, delimiter: string): string {
  const text = csvText(cell);
  const quoted = text.includes(delimiter) || /["\r\n]/.test(text) || (typeof cell === "string" && text !== cell);
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV's lines, one at a time: a byte order mark so spreadsheets read UTF-8, the header, the rows. */
export function* csvLines(sheet: Sheet, delimiter: string): Generator<string> {
  yield `\uFEFF${sheet.columns.map((column) => csvField(column, delimiter)).join(delimiter)}\r\n`;
  for (const row of sheet.rows) yield `${sheet.columns.map((column) => csvField(row.get(column) ?? null, delimiter)).join(delimiter)}\r\n`;
}

export function* jsonLines(sheet: Sheet): Generator<string> {
  yield "[";
  let first = true;
  for (const row of sheet.rows) {
    yield `${first ? "" : ","}\n${JSON.stringify(Object.fromEntries(sheet.columns.map((column) => [column, row.get(column) ?? null])))}`;
    first = false;
  }
  yield "\n]\n";
}

export function streamOf(lines: Iterable<string>): ReadableStream<Uint8Array> {
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

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetNames(sheets: readonly Sheet[]): string[] {
  const taken = new Set<string>();
  return sheets.map((sheet) => {
    const base = sheet.name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "sheet";
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base.slice(0, 31 - String(suffix).length - 1)}~${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function xlsxCell(cell: Cell): { value: string | number | boolean; type: StringConstructor | NumberConstructor | BooleanConstructor } | null {
  if (cell === null) return null;
  if (typeof cell === "number") return { value: cell, type: Number };
  if (typeof cell === "boolean") return { value: cell, type: Boolean };
  return { value: neutralised(cell), type: String };
}

/** The workbook: one sheet per list, each with its header row frozen. write-excel-file loads on the first XLSX export, not at start-up. */
export async function xlsxBytes(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const names = sheetNames(sheets);
  const workbook = sheets.map((sheet, index) => ({
    sheet: names[index]!,
    stickyRowsCount: 1,
    data: [
      sheet.columns.map((column) => ({ value: neutralised(column), type: String, fontWeight: "bold" as const })),
      ...sheet.rows.map((row) => sheet.columns.map((column) => xlsxCell(row.get(column) ?? null))),
    ],
  }));
  return new Uint8Array(await writeXlsxFile(workbook).toBuffer());
}
