// A few lines to build DOM nodes; text always goes in as text, never as HTML.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
}

const QUALIFIER_WORDS: Record<string, string> = { EXACT: "", AT_LEAST: "at least ", MORE_THAN: "more than ", APPROXIMATELY: "around ", ALMOST: "almost " };

/** A figure's value as the report words it: "more than 45,000 NHS numbers". */
export function qualified(figure: { value: number; unit: string; qualifier: string }): string {
  return `${QUALIFIER_WORDS[figure.qualifier] ?? ""}${formatNumber(figure.value)} ${figure.unit}`;
}
