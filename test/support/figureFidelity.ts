// Holds a figure to the words it cites: its source quote must be verbatim in the
// report, must write the figure's value (with the qualifier word, "over", "around"...,
// when the figure has a qualifier, and without one when it is EXACT), and must state
// every date of the figure's period. The quote is the part of its paragraph the
// figure rests on, so a period stated elsewhere in the paragraph, for another clause
// (as "since 2020" was for the 21 measures accomplished), does not count.
import type { FigureQualifier, PeriodKind } from "@gcm-hub/kit";
import { normaliseReportText, readReport } from "@gcm-hub/kit/testing";

/** A figure as the graph answers it (Observation with qualifier, statedPeriod and source). */
export interface FigureToCheck {
  id: string;
  value: number;
  unit: string;
  qualifier: FigureQualifier;
  statedPeriod: { kind: PeriodKind; start: string | null; end: string | null; label: string } | null;
  source: { reference: string; quote: string };
}

/** The words by which the report qualifies a value, just before it. */
export const QUALIFIER_WORDS: Record<Exclude<FigureQualifier, "EXACT">, readonly string[]> = {
  AT_LEAST: ["at least", "no fewer than", "no less than"],
  MORE_THAN: ["over", "more than", "exceeding", "above", "in excess of"],
  APPROXIMATELY: ["around", "about", "approximately", "roughly"],
  ALMOST: ["almost", "nearly", "close to"],
};

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ways the report writes a value: 11,000 and 11000; 6 thousand; 800 million; a million; four. */
export function valueWritings(value: number, unit: string): string[] {
  if (unit === "percent") return [`${value}%`, `${value} per cent`, `${value} percent`];
  if (!Number.isInteger(value)) return [String(value)];
  const writings = new Set([String(value), value.toLocaleString("en-US")]);
  const spelled = (count: number) => [String(count), ...(count < NUMBER_WORDS.length ? [NUMBER_WORDS[count]!] : []), ...(count === 1 ? ["a"] : [])];
  for (const [size, word] of [[1_000_000, "million"], [1000, "thousand"]] as const) {
    if (value >= size && value % size === 0) for (const count of spelled(value / size)) writings.add(`${count} ${word}`);
  }
  if (value < NUMBER_WORDS.length) writings.add(NUMBER_WORDS[value]!);
  if (value === 1) for (const article of ["a", "an"]) writings.add(article);
  return [...writings];
}

/** The qualifier whose word ends `before` (the text just before a value), EXACT when none does. */
function qualifierBefore(before: string): FigureQualifier {
  for (const [qualifier, words] of Object.entries(QUALIFIER_WORDS)) {
    if (words.some((word) => new RegExp(`(?:^|\\W)${escape(word)}\\s+$`, "i").test(before))) return qualifier as FigureQualifier;
  }
  return "EXACT";
}

/** How the quote writes the value, each time: the words and the qualifier they carry. */
function valueMentions(quote: string, value: number, unit: string): { written: string; qualifier: FigureQualifier }[] {
  return valueWritings(value, unit).flatMap((writing) =>
    [...quote.matchAll(new RegExp(`(?<![\\w.,])${escape(writing)}(?![\\w%]|[.,]\\d)`, "gi"))].map((match) => ({
      written: match[0],
      qualifier: qualifierBefore(quote.slice(0, match.index)),
    })),
  );
}

/** The ways the report writes a date: 2020; November 2020 (and "end of 2021" for 2021-12); 31 December 2021. */
export function dateWritings(date: string): string[] {
  const [year, month, day] = date.split("-");
  if (!month) return [year!];
  const name = MONTHS[Number(month) - 1]!;
  if (!day) return [`${name} ${year}`, `${name} of ${year}`, ...(month === "12" ? [`end of ${year}`] : [])];
  return [`${Number(day)} ${name} ${year}`, `${name} ${Number(day)}, ${year}`];
}

/** The dates a period of each kind states. */
function statedDates(period: NonNullable<FigureToCheck["statedPeriod"]>): string[] {
  const dates = { DURING: [period.start, period.end], SINCE: [period.start], UP_TO: [period.end], AS_OF: [period.end] }[period.kind];
  return [...new Set(dates.filter((date): date is string => date !== null))];
}

/** What is wrong with a figure against the report; empty when its quote bears it out. */
export function figureProblems(figure: FigureToCheck, report: string = normaliseReportText(readReport())): string[] {
  const quote = normaliseReportText(figure.source.quote);
  if (!report.includes(quote)) return [`${figure.id}: its quote is not verbatim in the report: "${figure.source.quote}"`];
  const problems: string[] = [];
  const mentions = valueMentions(quote, figure.value, figure.unit);
  if (mentions.length === 0) {
    problems.push(`${figure.id}: its quote does not write the value ${figure.value} ${figure.unit}: "${quote}"`);
  } else if (!mentions.some((mention) => mention.qualifier === figure.qualifier)) {
    const found = mentions.map((mention) => `${mention.qualifier} ("${mention.written}")`).join(", ");
    problems.push(`${figure.id}: the figure is ${figure.qualifier} but its quote gives the value as ${found}`);
  }
  if (figure.statedPeriod) {
    for (const date of statedDates(figure.statedPeriod)) {
      const writings = dateWritings(date);
      if (!writings.some((writing) => new RegExp(`(?<![\\w-])${escape(writing)}(?![\\w-])`, "i").test(quote))) {
        problems.push(`${figure.id}: its period ${figure.statedPeriod.kind} "${figure.statedPeriod.label}" has ${date}, which its quote does not state (as ${writings.map((writing) => `"${writing}"`).join(" or ")}): "${quote}"`);
      }
    }
  }
  return problems;
}
