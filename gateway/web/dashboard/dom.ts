// A few lines to build DOM nodes; text always goes in as text, never as HTML. And the
// words around numbers: a figure's value as the report words it, a count with its plural.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** A wide table in a box that scrolls sideways on a phone (and takes focus, so the keyboard can scroll it). */
export function scrollBox(table: HTMLTableElement, label: string): HTMLElement {
  return h("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": label }, table);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
}

const QUALIFIER_WORDS: Record<string, string> = { EXACT: "", AT_LEAST: "at least ", MORE_THAN: "more than ", APPROXIMATELY: "around ", ALMOST: "almost " };

/** The qualifier as the report words it before a value ("more than "), empty for an exact value. */
export function qualifierWords(qualifier: string): string {
  return QUALIFIER_WORDS[qualifier] ?? "";
}

const IRREGULAR: Record<string, string> = { people: "person", statuses: "status" };

function singularWord(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/** A unit (as the data gives it, plural) for one: "centres" is "centre", "spheres of intervention" is "sphere of intervention"; "percent" stays. */
export function singularUnit(unit: string): string {
  const words = unit.split(" ");
  const head = words.indexOf("of") > 0 ? words.indexOf("of") - 1 : words.length - 1;
  words[head] = singularWord(words[head]!);
  return words.join(" ");
}

/** The unit that reads right after this value: singular for exactly one. */
export function unitFor(value: number, unit: string): string {
  return value === 1 ? singularUnit(unit) : unit;
}

/** A count with its noun: "1 figure", "12 figures". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : plural}`;
}

/** A figure's value as the report words it: "more than 45,000 NHS numbers", "1 centre". */
export function qualified(figure: { value: number; unit: string; qualifier: string }): string {
  return `${qualifierWords(figure.qualifier)}${formatNumber(figure.value)} ${unitFor(figure.value, figure.unit)}`;
}

/** What a figure's period is called on the page: the report's words, or that it gives none. */
export function periodLabel(figure: { statedPeriod?: { label: string } | null }): string {
  return figure.statedPeriod?.label ?? "no period given";
}
