// Holds a figure to the words it cites: its source quote must be verbatim in the
// report, must write the figure's value (with the qualifier word, "over", "around"...,
// when the figure has a qualifier, and without one when it is EXACT), and must state
// the figure's period in the sentence that gives the value, as a period phrase of its
// kind ("in 2020", "since 2020", "by the end of 2021"). Dates that merely appear in
// the quote do not count: a launch or signing date ("launched in 2020 ... has already
// enabled over 200") or a date of another clause ("Serving 10 countries in Europe, by
// the end of 2021, it had received ... a million contacts") is not the figure's period.
import type { FigureQualifier, PeriodKind } from "@gcm-hub/kit";
import { normaliseReportText, readReport } from "@gcm-hub/kit/testing";

/** A figure as the graph answers it (Observation with qualifier, statedPeriod and source). */
export interface FigureToCheck {
  id: string;
  /** What is counted, when the graph was asked for it. */
  label?: string;
  value: number;
  unit: string;
  qualifier: FigureQualifier;
  statedPeriod: StatedPeriodToCheck | null;
  source: { reference: string; quote: string };
}

/** A figure's stated period; its quote, the report's words for it, when the graph was asked for it. */
export interface StatedPeriodToCheck {
  kind: PeriodKind;
  start: string | null;
  end: string | null;
  label: string;
  quote?: string | null;
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

/** A date as the report may write it, as a regular expression. */
const dateAlternatives = (date: string) => `(?:${dateWritings(date).map(escape).join("|")})`;

/** The phrases that state a period of each kind ("in 2020", "since 2020", "by the end of 2021"), as a regular expression. */
export function periodPhrase(period: StatedPeriodToCheck): RegExp {
  const start = period.start === null ? null : dateAlternatives(period.start);
  const end = period.end === null ? null : dateAlternatives(period.end);
  const phrases = {
    DURING: period.start === period.end ? [`(?:in|during) (?:the year )?${start}`] : [`between ${start} and ${end}`, `from ${start} (?:to|until) ${end}`],
    SINCE: [`since ${start}`],
    UP_TO: [`(?:by|up to|until) (?:the )?${end}`],
    AS_OF: [`(?:at|as of|as at|on) (?:the )?${end}`],
  }[period.kind];
  return new RegExp(`(?<![\\w-])(?:${phrases.join("|")})(?![\\w-])`, "gi");
}

// A date that says when something was launched, signed, designed, created or came into
// force is not the period of what it then counted ("launched in 2020 ... has already
// enabled over 200"): the launch word, then at most six words without a number, then the date.
const LAUNCH_BEFORE =
  /\b(?:launch(?:ed|ing)?|sign(?:ed|ing)|design(?:ed)?|creat(?:ed|ion)|implement(?:ed|ation)|(?:came|comes|entered|enters) into force|publish(?:ed)?|publication|presented|establish(?:ed|ment)|adopt(?:ed|ion)|approv(?:ed|al)|introduc(?:ed|tion)|found(?:ed|ing))(?:\s+[^\s\d]+){0,6}\s+$/i;

/** The report's sentences in a quote. */
const sentencesOf = (quote: string) => quote.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/);

/** The period phrases of a sentence that are not a launch or signing date, as written. */
function periodPhrasesIn(sentence: string, period: StatedPeriodToCheck): string[] {
  // "implemented since 2020" counts from 2020; only a date put "in", "at" or "on" dates the launch.
  const launchDate = (before: string) => period.kind !== "SINCE" && LAUNCH_BEFORE.test(before);
  return [...sentence.matchAll(periodPhrase(period))].filter((match) => !launchDate(sentence.slice(0, match.index))).map((match) => match[0]);
}

/**
 * What is wrong with a figure's period: it must be stated, for this figure, in the
 * sentence of its quote that gives the value, as a period phrase of its kind ("in
 * 2020", "since 2020", "between 2019 and 2021", "by the end of 2021"), not as the date
 * something was launched or signed; its quote is those words and its label shows them.
 */
function periodProblems(figure: FigureToCheck, quote: string): string[] {
  const period = figure.statedPeriod;
  if (!period) return [];
  const said = `${figure.id}: its period ${period.kind} "${period.label}"`;
  const valueSentences = sentencesOf(quote).filter((sentence) => valueMentions(sentence, figure.value, figure.unit).length > 0);
  const phrases = valueSentences.flatMap((sentence) => periodPhrasesIn(sentence, period));
  if (period.quote === undefined) {
    if (phrases.length > 0) return [];
    return [`${said} is not what its quote states: no period phrase of that kind and those dates, other than a launch or signing date, in the sentence that gives the value, which its quote does not state: "${quote}"`];
  }
  if (period.quote === null || period.quote.trim() === "") return [`${said} carries no quote: give the words of the report that state it`];
  const periodQuote = normaliseReportText(period.quote);
  const problems: string[] = [];
  if (!phrases.some((phrase) => phrase.toLowerCase() === periodQuote.toLowerCase())) {
    problems.push(`${said} quotes "${period.quote}", which is not a ${period.kind} period phrase of those dates in the sentence that gives the value (a launch or signing date does not count), which its quote does not state: "${quote}"`);
  }
  if (!period.label.toLowerCase().includes(periodQuote.toLowerCase())) problems.push(`${said} does not show the report's words "${period.quote}"`);
  return problems;
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
  return [...problems, ...periodProblems(figure, quote)];
}
