/**
 * The period a figure covers, relative to the publication day: weekdays
 * ("on Monday", "Saturday's toll": the latest such day on or before
 * publication), dates ("on Feb. 3"), "last week" (the previous Monday to
 * Sunday), "since December" (the latest December 1 before publication),
 * "since the offensive began on March 21", running totals of the war
 * ("since the uprising began", "so far": from WAR_START), and so on. chrono
 * parses the written dates; date-fns does the arithmetic.
 */
import * as chrono from "chrono-node";
import {
  addDays,
  differenceInCalendarDays,
  endOfMonth,
  endOfYear,
  getDay,
  isAfter,
  startOfMonth,
  startOfWeek,
  startOfYear,
  subDays,
  subMonths,
  subWeeks,
  subYears,
} from "date-fns";
import { WAR_START } from "@/lib/schema";
import { mentionSpan, type SentenceAnalysis } from "./analysis";
import { BULLET_LINE, MONTH_NAMES, MONTHS_LOWER, RUNS_OVER } from "./lexicon";
import { numberWord } from "./numbers";

export type TimeKind = "day" | "range" | "month" | "year" | "war" | "soft-war" | "past" | "same-period";

export interface TimeExpression {
  kind: TimeKind;
  /** Character span in the sentence. */
  start: number;
  end: number;
  from: string | null;
  to: string | null;
  /** Preceded by "since": the count runs from here to the report's as-of day. */
  since: boolean;
  /** The day a source spoke ("said Sunday"), not the day counted. */
  attribution: boolean;
}

export interface Period {
  periodStart: string | null;
  periodEnd: string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
// date-fns' format is general and slow; this is the one shape needed
export const iso = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The calendar day `days` before an ISO day. */
export function daysBefore(day: string, days: number): string {
  return iso(addDays(parseIsoDay(day), -days));
}

/** The calendar day `days` after an ISO day. */
export const daysAfter = (day: string, days: number): string => daysBefore(day, -days);

export function parseIsoDay(s: string): Date {
  // (a report asks for its own publication day in every sentence: a local date is slow to build, a copy is not)
  let time = parsedDays.get(s);
  if (time === undefined) {
    const [y, m, d] = s.split("-").map(Number);
    time = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
    if (parsedDays.size >= 512) parsedDays.clear();
    parsedDays.set(s, time);
  }
  return new Date(time);
}
const parsedDays = new Map<string, number>();

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// (words for numbers, "two" to "ninety", are numbers.ts's)
const SMALL_NUMBERS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  a: 1,
  an: 1,
  few: 3,
  several: 3,
  couple: 2,
});

/** How many hours, days or weeks a span is told as, in words ("the past five days"). */
const SPAN_COUNT_WORDS =
  "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|few|several|couple";

function amount(word: string | undefined): number {
  if (!word) return 1;
  const n = Number(word);
  const lower = word.toLowerCase();
  return Number.isFinite(n) ? n : (SMALL_NUMBERS[lower] ?? numberWord(lower) ?? 1);
}

/** An offensive, an operation or a battle, as a report names it. */
const OPERATION = String.raw`(?:offensive|operation|assault|battle|campaign|escalation|bombardment|siege)`;
/** An offensive's beginning named as a noun: "the start of the offensive on 15 November". */
const START_OF_OPERATION = String.raw`\b(?:start|beginning|launch) of the ${OPERATION}\b`;
const OPERATION_BEGAN = new RegExp(
  // ("the operation, launched on October 9", "the start of the offensive on 15 November")
  String.raw`${START_OF_OPERATION}|\b${OPERATION}\b[^.;]{0,80}(?:\b(?:began|started|opened|was launched)|, launched)\b(?! to\b)|\b(?:launched|began|started|opened|resumed)\b(?! to\b)[^.;]{0,60}\b${OPERATION}\b`,
  "i",
);

/**
 * The day a sentence says an offensive began ("after Turkey launched its offensive into north-east Syria on
 * October 9", "a battle … that began on the twenty-fifth of June"), or null.
 */
export function operationStart(sentence: string, timesIn: () => readonly TimeExpression[]): string | null {
  // (read for every sentence: the rest only where one says an offensive began)
  if (!OPERATION_BEGAN.test(sentence)) return null;
  // (the day right after the verb of beginning: "launched its offensive into north-east Syria on October 9")
  const verb = BEGAN_WORDS.exec(sentence);
  if (!verb) return null;
  const after = verb.index + verb[0].length;
  // (or the first day of a span it opens: "between the start of the offensive on 15 November and 12 December")
  const day = timesIn().find(
    (t) =>
      (t.kind === "day" || t.kind === "range") &&
      !t.attribution &&
      t.from !== null &&
      t.start >= after &&
      t.start - after <= BEGAN_REACH,
  );
  return day?.from ?? null;
}

/** The words an offensive's first day is told after: "began", "launched", "the start of the offensive". */
// ("the government resumed its bombardment of the east on 15 November": a new offensive, from that day)
const BEGAN_WORDS = new RegExp(
  String.raw`\b(?:began|started|opened|launched|resumed)\b(?! to\b)|${START_OF_OPERATION}`,
  "i",
);
/** How far after "began" or "launched" the offensive's first day is looked for. */
const BEGAN_REACH = 60;
// ("After ten days the Observatory counted …", "after two weeks of fighting": opening a sentence, from the first day)
// ("had fled within 11 days of the start of the offensive": anywhere, with the start named)
const INTO_OPERATION = new RegExp(
  String.raw`\b(\w+) (days|weeks?) into the ${OPERATION}\b|^(?:after|within) (\w+) (days|weeks)(?: of (?:fighting|bombing|bombardment|shelling|the ${OPERATION}))?\b|\bwithin (\w+) (days|weeks) of (?:the )?${START_OF_OPERATION}`,
  "g",
);
// ("in the first two days of the offensive"; "killed 200 in the opening three days", "in the first week", "in
// the first hours": bare, of the offensive the report told of, but not of another time: "the first seven days of
// the month", "the first two days after the statement entered into force")
const FIRST_OF_OPERATION = new RegExp(
  String.raw`\b(?:in|during|over|for|within) the (?:first|opening) (?:(\w+) (days|weeks|hours)|(week)|(?:few |chaotic )?(hours))(?: of the ${OPERATION}\b|(?! of\b| after\b| since\b))`,
  "g",
);
const SINCE_OPERATION = new RegExp(String.raw`\bsince the ${OPERATION} (?:began|started|was launched)\b(?! on\b)`, "g");

/** A time a sentence names at the match `m`, from a day counted rather than written. */
function countedTime(kind: TimeKind, m: RegExpMatchArray, from: string, to: string, since = false): TimeExpression {
  return { kind, start: m.index!, end: m.index! + m[0].length, from, to, since, attribution: false };
}

/**
 * The times a sentence counts from the first day of the offensive the report told of: "eight days into the
 * operation" (from its first day to that day), "in the first two days of the offensive" (those days), "by the
 * eleventh day of the operation" (its first eleven), "since the offensive began".
 */
export function timesFromOperation(a: SentenceAnalysis, start: string, published: string): TimeExpression[] {
  if (
    !/ into the | (?:first|opening) (?:\w+ )?(?:days|weeks?|hours)\b|since the |(?:^(?:after|within)|\bwithin) \w+ (?:days|weeks)\b| day of the /.test(
      a.norm,
    )
  )
    return [];
  const out: TimeExpression[] = [];
  const capped = (day: string) => (day > published ? published : day);
  for (const m of a.norm.matchAll(INTO_OPERATION)) {
    const words = m[1] ?? m[3] ?? m[5];
    const n = amount(words);
    // ("a week into the operation": seven days, where no day is named: not "On June 9, barely a week into the
    // operation")
    const aWeek = m[2] === "week" && /^(?:a|one)$/.test(words ?? "") && !DAY_OR_WEEK_NAMED.test(a.norm);
    if (n <= 1 && words !== "one" && !aWeek) continue;
    // (what was counted by then, from the first day)
    out.push(countedTime("range", m, start, capped(daysAfter(start, daysOf(n, (m[2] ?? m[4] ?? m[6])!)))));
  }
  for (const m of a.norm.matchAll(FIRST_OF_OPERATION)) {
    // ("the first week": seven days; "the first hours": the first day; "the first 48 hours": two)
    const n = m[3] ? 1 : m[4] ? 0 : amount(m[1]);
    const unit = m[3] ?? m[2] ?? "hours";
    if (!m[3] && !m[4] && n <= 1 && m[1] !== "one") continue;
    const days = daysOf(n, unit);
    out.push(countedTime("range", m, start, capped(daysAfter(start, days - 1))));
  }
  // ("By the eleventh day of the operation": from its first day to its eleventh)
  for (const m of a.norm.matchAll(DAY_OF_OPERATION)) {
    const n = ordinalDay(m[1]!);
    if (n > 1) out.push(countedTime("range", m, start, capped(daysAfter(start, n - 1))));
  }
  for (const m of a.norm.matchAll(SINCE_OPERATION)) out.push(countedTime("day", m, start, start, true));
  return out;
}

/** How many days, weeks or months a day is counted on by ("ten days later", "3 weeks earlier"). */
const COUNTED_DAYS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\\d{1,2}";
/** "Two days later", "a week later", "the next day", "the day before": a day counted from one the report named before. */
// (not a span back from an event: "in the four weeks before the convoys began")
const DAY_COUNTED_FROM = new RegExp(
  String.raw`(?<!\b(?:in|over|during|within|for) the )\b(?:(a|${COUNTED_DAYS}) (days?|weeks?|months?) (later|after|earlier|before)|the (next|following|previous) (?:day|morning|afternoon|evening|night)|the (?:day|night) (after|before))\b`,
  "g",
);
/** The same, to test with (a global pattern keeps its place between tests). */
const COUNTS_A_DAY = new RegExp(DAY_COUNTED_FROM.source);

/** Whether a sentence counts a day from one named before ("two days later", "the next day"). */
export function countsADay(norm: string): boolean {
  return COUNTS_A_DAY.test(norm);
}

/**
 * Where a sentence, past a semicolon, counts on from a day it named itself ("By 12 February …; five days later
 * the figure was 900,000"), or -1 (not "a day after the assault", which counts from an event).
 */
export function dayCountedAt(norm: string): number {
  return norm.search(COUNTED_ON_IN_SENTENCE);
}
const COUNTED_ON_IN_SENTENCE = new RegExp(`; (?:a|${COUNTED_DAYS}) (?:days?|weeks?) (?:later|earlier)\\b`);

/**
 * The days a sentence counts from `base`, the last single day named before it
 * ("On 10 September … Two days later the Observatory said …" is 12 September),
 * never past publication.
 */
export function daysCountedFrom(a: SentenceAnalysis, base: string, published: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const m of a.norm.matchAll(DAY_COUNTED_FROM)) {
    // ("by the following morning it had climbed to 76": a toll of that day, told the next)
    if (/\bby\s+$/.test(a.norm.slice(Math.max(0, m.index - 4), m.index))) continue;
    const back = /^(?:earlier|before|previous)$/.test(m[3] ?? m[4] ?? m[5] ?? "");
    const n = (back ? -1 : 1) * (m[1] ? amount(m[1] === "a" ? "one" : m[1]) : 1);
    // ("raised its count on the first of June. Three months earlier, its tally had stood at …")
    const day = m[2]?.startsWith("month")
      ? iso(subUnits(parseIsoDay(base), -n, "month"))
      : daysAfter(base, daysOf(n, m[2] ?? "day"));
    if (day > published) continue;
    out.push(countedTime("day", m, day, day));
  }
  return out;
}

/** How many days `n` hours, days, weeks or fortnights make, a part of a day counting as one. */
function daysOf(n: number, unit: string): number {
  if (unit.startsWith("hour")) return Math.max(1, Math.ceil(n / 24));
  if (unit.startsWith("fortnight")) return 14 * n;
  return unit.startsWith("week") ? 7 * n : n;
}

type Unit = "hour" | "day" | "week" | "month" | "year";
function subUnits(d: Date, n: number, unit: Unit): Date {
  switch (unit) {
    case "hour":
      return subDays(d, Math.max(1, Math.ceil(n / 24)));
    case "day":
      return subDays(d, n);
    case "week":
      return subWeeks(d, n);
    case "month":
      return subMonths(d, n);
    case "year":
      return subYears(d, n);
  }
}
/**
 * "In the five days that followed the breakdown", "over the following two days", "in the ten days after it": the
 * days after a day the sentence leaves to the one before, from that day, or null when the sentence names none.
 */
export function daysFollowing(norm: string, day: string, published: string): Period | null {
  const m = FOLLOWING_DAYS.exec(norm);
  if (!m || !(m[1] || m[4])) return null;
  const end = iso(subUnits(parseIsoDay(day), -amount(m[2]), unitOf(m[3] ?? "day")));
  return { periodStart: day, periodEnd: end < published ? end : published };
}
const FOLLOWING_DAYS =
  /\b(?:in|during|over|within) the (following |next )?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen) (days|weeks)( (?:that|which) followed\b| after (?:it|that)\b)?/;

// a night is counted as the day it ends ("in the past two nights": the last two days)
const unitOf = (w: string): Unit =>
  w
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/^night$/, "day") as Unit;

/** The latest given weekday on or before `pub` (strictly before when `strict`). */
function latestWeekday(pub: Date, weekday: number, strict: boolean): Date {
  let diff = (getDay(pub) - weekday + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return subDays(pub, diff);
}

interface MonthDay {
  day: number;
  month: number;
  year: number | null;
}
const monthDayCache = new Map<string, MonthDay | null>();

/** chrono's strict parser reads written dates ("Feb. 3", "21 March 2014"); results are cached by text. */
function parseMonthDay(snippet: string): MonthDay | null {
  const cached = monthDayCache.get(snippet);
  if (cached !== undefined) return cached;
  const r = chrono.strict.parse(snippet, { instant: new Date(2000, 0, 1), timezone: 0 }, { forwardDate: false })[0];
  const day = r?.start.get("day");
  const month = r?.start.get("month");
  const found =
    r && day && month ? { day, month, year: r.start.isCertain("year") ? (r.start.get("year") ?? null) : null } : null;
  if (monthDayCache.size > 5_000) monthDayCache.clear();
  monthDayCache.set(snippet, found);
  return found;
}

/** A written month and day (and maybe year); without a year, the latest such day on or before `pub`. */
function resolveMonthDay(snippet: string, pub: Date): Date | null {
  const md = parseMonthDay(snippet);
  if (!md) return null;
  const { day, month } = md;
  if (md.year !== null) return new Date(md.year, month - 1, day);
  let d = new Date(pub.getFullYear(), month - 1, day);
  if (isAfter(d, pub)) d = new Date(pub.getFullYear() - 1, month - 1, day);
  return d;
}

/** The first day of the latest given month that starts on or before `pub`. */
function latestMonthStart(pub: Date, month: number, year: number | null): Date {
  if (year !== null) return new Date(year, month, 1);
  const d = new Date(pub.getFullYear(), month, 1);
  return isAfter(d, pub) ? new Date(pub.getFullYear() - 1, month, 1) : d;
}

const WAR_HARD = [
  /\bsince the (?:start|beginning|outbreak|onset) of (?:the |syria's )?(?:\w+ )?(?:war|conflict|uprising|crisis|revolt|revolution|unrest|fighting|protests)\b/g,
  /\bsince (?:the |syria's )?(?:\w+[- ])?(?:uprising|conflict|war|revolt|revolution|crisis|unrest|protests)\b(?:[^,.;]{0,60}?\b(?:began|started|erupted|broke out)\b(?: (?:in (?:march )?2011|last year|in march))?)?/g,
  /\bsince (?:march |mid-march )?2011\b/g,
  /\b(?:in|over|during|after) (?:the )?(?:(?:more than|nearly|almost|over|about|some) )?(?:\w+|\d+)(?:[- ]and[- ]a[- ]half)? years? of (?:the )?(?:war|conflict|fighting|civil war|violence|bloodshed|unrest|uprising|revolt)\b/g,
];
/** A superlative a "since the war began" closes: "the bloodiest month since …", "the highest toll since …". */
const SUPERLATIVE_BEFORE =
  /\b(?:bloodiest|deadliest|worst|heaviest|highest|largest|biggest|greatest|lowest|fewest|most (?!of\b)[a-z]+)\b[^,.;:]{0,40}$/;
const SUPERLATIVE_SINCE =
  /\b(?:bloodiest|deadliest|worst|heaviest|highest|largest|biggest|greatest|lowest|fewest)\b[^,.;:]{0,40}\bsince\b(?:(?! (?:was|were|is|are|came|fell|when)\b)[^,.;:]){0,80}/g;
const WAR_SOFT = [
  /\bso far\b(?! this (?:year|month|week))/g,
  /\bto date\b/g,
  /\bin total\b/g,
  /\b(?:(?:the|syria's) )?(?:[\w-]+ )?(?:civil )?(?:war|conflict) (?:has|had|that has) (?:\w+ ){0,3}?(?:killed|claimed|displaced|forced|uprooted|driven|left)\b/g,
];
const SAME_PERIOD =
  /\b(?:over|in|during|for|within) (?:(?:the same|that|this) (?:period|time|span|timeframe)|the same (?:month|week|year|days))\b/g;
/** Fixed holidays a report may date a day by, as month (from 0) and day. */
const HOLIDAYS: Readonly<Record<string, readonly [number, number]>> = {
  "christmas eve": [11, 24],
  "christmas day": [11, 25],
  "new year's eve": [11, 31],
  "new year's day": [0, 1],
};
const RELATIVE: ReadonlyArray<readonly [RegExp, (pub: Date, m: RegExpMatchArray) => [Date, Date, TimeKind]]> = [
  [/\byesterday\b/g, (p) => [subDays(p, 1), subDays(p, 1), "day"]],
  // "by Thursday of last week": that weekday in the week before the report's
  [
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) of last week\b/g,
    (p, m) => {
      const monday = subWeeks(startOfWeek(p, { weekStartsOn: 1 }), 1);
      const d = addDays(monday, (WEEKDAYS.indexOf(m[1]!) + 6) % 7);
      return [d, d, "day"];
    },
  ],
  // "On Christmas Eve an air strike …": the last such day by the day of publication
  [
    /\b(?:christmas eve|christmas day|new year['’]s eve|new year['’]s day)\b/g,
    (p, m) => {
      const [month, day] = HOLIDAYS[m[0].replace("’", "'")]!;
      const thisYear = new Date(p.getFullYear(), month, day);
      const d = isAfter(thisYear, p) ? new Date(p.getFullYear() - 1, month, day) : thisYear;
      return [d, d, "day"];
    },
  ],
  [/\b(?:today|this morning|this afternoon|this evening|tonight|overnight)\b/g, (p) => [p, p, "day"]],
  [
    /\blast week\b/g,
    (p) => {
      const monday = subWeeks(startOfWeek(p, { weekStartsOn: 1 }), 1);
      return [monday, addDays(monday, 6), "range"];
    },
  ],
  [/\b(?:earlier )?this week\b/g, (p) => [startOfWeek(p, { weekStartsOn: 1 }), p, "range"]],
  [
    /\b(?:over|during|at|on|this|last|the past) (?:the )?weekend\b/g,
    (p) => {
      const sunday = latestWeekday(p, 0, false);
      const saturday = getDay(p) === 6 ? p : subDays(sunday, 1);
      return getDay(p) === 6 ? [saturday, saturday, "range"] : [saturday, sunday, "range"];
    },
  ],
  // "released at the start of this month", "at the end of last month": one day
  [
    // ("UNICEF said at the start of the month that …": this month, but not "By 21 June … since the beginning of the month")
    /\bthe (?:start|beginning|end) of (?:this|last) month\b|(?<!\bsince )\bthe (?:start|beginning) of the month\b/g,
    (p, m) => {
      const month = /last month/.test(m[0]) ? subMonths(p, 1) : p;
      const d = /\bend\b/.test(m[0]) ? endOfMonth(month) : startOfMonth(month);
      return [d, isAfter(d, p) ? p : d, "day"];
    },
  ],
  // "By mid-month it had recorded 99": the 15th of the report's month, or of the month before when that is yet to come
  [
    /\bmid-month\b|\bthe middle of (?:this|the) month\b/g,
    (p) => {
      const d = new Date(p.getFullYear(), p.getMonth() - (p.getDate() < 15 ? 1 : 0), 15);
      return [d, d, "day"];
    },
  ],
  [/\blast month\b/g, (p) => [startOfMonth(subMonths(p, 1)), endOfMonth(subMonths(p, 1)), "range"]],
  [/\b(?:earlier )?this month\b/g, (p) => [startOfMonth(p), p, "range"]],
  // "in the first five months of 2015", "the first half of this year", "the last quarter of 2019": a part of a
  // year counted from its start or back from its end ("the first seven weeks of 2020": in weeks or days too)
  [
    // (or opening a list line's label: "- First half of 2021: 723 civilians killed")
    /(?:\bthe |^\W*)(first|second|last|final) (?:(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months|weeks|days)|(half|quarter)) of (?:((?:19|20)\d\d)|(this|last|the) year)\b/g,
    (p, m) => {
      const year = m[5] ? Number(m[5]) : p.getFullYear() - (m[6] === "last" ? 1 : 0);
      if (m[3] === "weeks" || m[3] === "days") {
        const days = daysOf(amount(m[2]), m[3]);
        const skipped = m[1] === "first" ? 0 : m[1] === "second" ? days : null;
        const [from, last] =
          skipped !== null
            ? [new Date(year, 0, 1 + skipped), new Date(year, 0, skipped + days)]
            : [new Date(year, 11, 32 - days), new Date(year, 11, 31)];
        return [from, isAfter(last, p) ? p : last, "range"];
      }
      const months = m[4] === "half" ? 6 : m[4] === "quarter" ? 3 : Math.min(12, amount(m[2]));
      const first = m[1] === "first" ? 0 : m[1] === "second" ? months : 12 - months;
      const from = new Date(year, first, 1);
      const last = endOfMonth(new Date(year, first + months - 1, 1));
      return [from, isAfter(last, p) ? p : last, "range"];
    },
  ],
  // (not a day's or a month's year: "On March 6 this year the total passed one million" is that day)
  [
    /\bso far this year\b|(?<!\b(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?),? )\bthis year\b|\bsince the (?:start|beginning) of the year\b/g,
    (p) => [startOfYear(p), p, "range"],
  ],
  // "Since the beginning of 2018, SNHR has documented …", "since early 2016": from that year's first day to now
  [
    /\bsince (?:the (?:start|beginning) of|early) ((?:19|20)\d\d)\b/g,
    (p, m) => {
      const from = new Date(Number(m[1]), 0, 1);
      return [isAfter(from, p) ? p : from, p, "range"];
    },
  ],
  // (not a day's or a month's year: "On 8 December last year" is that day, "In September last year" that month)
  [
    /(?<!\b(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{1,2}(?:st|nd|rd|th)?)?),? )\blast year\b/g,
    (p) => [startOfYear(subYears(p, 1)), endOfYear(subYears(p, 1)), "range"],
  ],
  // ("had come across in less than a week", "in under three weeks": a span back from the day of telling)
  [
    /\b(?:in|within) (?:less than|under|just under|barely|little more than) (\d+|a|one|two|three|four|five|six) (days?|weeks?|months?)\b(?! (?:of|after|before|later|earlier|ago)\b)/g,
    (p, m) => [subUnits(p, amount(m[1] === "a" ? "one" : m[1]), unitOf(m[2] ?? "day")), p, "past"],
  ],
  [
    /\b(?:in|over|during|within|for) the (?:past|last|previous) (?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple of) )?(hours?|days?|nights?|weeks?|months?|years?)\b(?! of\b)/g,
    (p, m) => {
      const n = m[1] ? amount(m[1].replace(/ of$/, "")) : 1;
      return [subUnits(p, n, unitOf(m[2] ?? "day")), p, "past"];
    },
  ],
  [
    /\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several) (days?|weeks?|months?|years?) ago\b/g,
    (p, m) => {
      const d = subUnits(p, amount(m[1]), unitOf(m[2] ?? "day"));
      return [d, d, "day"];
    },
  ],
];
const MONTH_DAY = new RegExp(
  `\\b${MONTH_NAMES}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAMES}\\.?(?:,?\\s+\\d{4})?\\b`,
  "g",
);
/** Two days of one month: "between 1 and 31 July 2012", "1-31 March 2019", "12 to 27 January" ("and" joins them only after "between"/"from"). */
const DAYS_THEN_MONTH = new RegExp(
  String.raw`\b(?:(?<opens>between|from)\s+(?:the\s+)?)?(?<first>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?<dash>[-–])\s*|\s+(?:and|to|until|through)\s+(?:the\s+)?)(?<last>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>${MONTH_NAMES})\.?(?:,?\s+(?<year>\d{4}))?\b`,
  "gi",
);
/** "March 1-15, 2019", "between February 1 and 16", "January 12 to 27" ("and" joins them only after "between"/"from"). */
const MONTH_THEN_DAYS = new RegExp(
  String.raw`\b(?:(?<opens>between|from)\s+)?(?<month>${MONTH_NAMES})\.?\s+(?<first>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?<dash>[-–])\s*|\s+(?:and|to|until|through)\s+(?:the\s+)?)(?<last>\d{1,2})(?:st|nd|rd|th)?(?!,\d|\s+(?:${MONTH_NAMES})\b)(?:,?\s+(?<year>\d{4}))?\b`,
  "gi",
);
/**
 * One of the war's anniversaries, said as the war's (group 2) or as "of the uprising" (group 4), after a word that
 * places something on it (not "as the conflict neared its seventh anniversary"), with the month it fell in ("on the
 * tenth anniversary of the uprising in March").
 */
const WAR_ANNIVERSARY =
  /\b(?:on|by|for|marked|marking|at) (?:the )?(eve of the )?(?:(?:war|conflict|uprising|revolution)['’]s (\w+)|(\w+)) anniversary( of the (?:war|conflict|uprising|revolution|protests|first protests))?(?:,? in march(?: (?:19|20)\d\d)?)?\b/g;
/**
 * The war entering one of its years ("as the conflict entered its ninth year", "when the war entered its tenth year
 * in March"): the anniversary it does so on, 15 March, with the month it fell in.
 */
const ENTERED_ITS_YEAR =
  /\b(?:war|conflict|uprising|revolution|crisis)(?:['’]s)? (?:entered|enters|entering|went into) its (\w+) year(?:,? in march(?: (?:19|20)\d\d)?)?\b/g;
/** A day or a week a sentence names, by its date, weekday or nearness: "12 March", "on Sunday", "last week". */
const DAY_OR_WEEK_NAMED = new RegExp(
  String.raw`\b\d{1,2} (?:${MONTHS_LOWER})\b|\b(?:${MONTHS_LOWER}) \d{1,2}\b|\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b|\b(?:last|this) week\b|\byesterday\b`,
);
const ORDINAL_DAYS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const ORDINAL_DAY = `(?:(?:twenty|thirty)[- ])?(?:${ORDINAL_DAYS.join("|")})|thirtieth`;
/** A day written as an ordinal: "the sixteenth of May", "the twenty-first of March 2013", "the 4th of August". */
const ORDINAL_MONTH_DAY = new RegExp(
  `\\b(?:the )?(${ORDINAL_DAY}|\\d{1,2}(?:st|nd|rd|th)) of (${MONTH_NAMES})\\.?(?:,? ((?:19|20)\\d\\d))?\\b`,
  "gi",
);

/** A day written as its month, then the ordinal: "February the fifth", "March the 4th, 2013", "On September third the agency said". */
const MONTH_THE_ORDINAL = new RegExp(
  `\\b(${MONTH_NAMES}) (?:the (${ORDINAL_DAY}|\\d{1,2}(?:st|nd|rd|th))\\b(?![-\\w])|(${ORDINAL_DAY})\\b(?=\\s*[,.;:)]|\\s+(?:the|a|an|it|they|he|she|when|more|some|about|around|nearly|almost|at|over)\\b))(?:,? ((?:19|20)\\d\\d)\\b)?`,
  "gi",
);

/** A point in a month named by where it falls: "mid-March" (the 15th), "the start of September" (the 1st). */
const POINT_IN_MONTH = new RegExp(
  `\\b(?:(mid)-?|the middle of |the (?:start|beginning) of )(${MONTH_NAMES})\\.?(?:,? ((?:19|20)\\d\\d)| (?:of )?(last|this) year)?\\b`,
  "gi",
);

/**
 * The first or last days of a month: "early June", "the first week of August", "late in July" (its first or last
 * week); "the first ten days of May", "the last two weeks of June" (as many days as named); "the last day of May".
 */
const PART_OF_MONTH = new RegExp(
  `\\b(?:(early|late)(?: in)?|the (first|opening|last|closing) (?:few |(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) )?(days?|weeks?) of) (${MONTH_NAMES})\\.?(?:,? ((?:19|20)\\d\\d)|,? (last|this) year)?\\b`,
  "gi",
);

/** The same, of a month the sentence names no further: "the last week of the month", "the first twenty days of that month". */
export const PART_OF_THAT_MONTH =
  /\bthe (first|opening|last|closing|final) (?:(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) )?(days|weeks?) of (?:the|that) month\b/;

/**
 * The time `m` (a match of PART_OF_THAT_MONTH) names in the month of `day`, up to `published`: its first or last week,
 * or as many days or weeks as it counts. Null where it names days without counting them ("the first days").
 */
export function partOfThatMonth(m: RegExpExecArray, day: string, published: string): TimeExpression | null {
  if (!m[2] && m[3] === "days") return null;
  const first = startOfMonth(parseIsoDay(day));
  const days = m[2] ? amount(m[2]) * (m[3] === "days" ? 1 : 7) : 7;
  const [from, to] = /^(?:first|opening)$/.test(m[1]!)
    ? [first, addDays(first, days - 1)]
    : [subDays(endOfMonth(first), days - 1), endOfMonth(first)];
  if (iso(from) > published) return null;
  const end = iso(to) > published ? published : iso(to);
  return {
    kind: "range",
    start: m.index,
    end: m.index + m[0].length,
    from: iso(from),
    to: end,
    since: false,
    attribution: false,
  };
}

/** The year a month is named with: its digits, or "this"/"last" year counted from publication ("" for none). */
function yearNamed(digits: string | undefined, relative: string | undefined, pub: Date): string {
  if (digits) return digits;
  return relative ? String(pub.getFullYear() - (relative.toLowerCase() === "last" ? 1 : 0)) : "";
}

/** Half a month: "the first half of August", "the second half of May 2013". */
const HALF_OF_MONTH = new RegExp(
  `\\bthe (first|second|latter) half of (${MONTH_NAMES})\\.?(?:,? ((?:19|20)\\d\\d))?\\b`,
  "gi",
);

/** A day of an offensive counted from its first: "by the eleventh day of the operation", "on the 5th day of the offensive". */
const DAY_OF_OPERATION = new RegExp(
  String.raw`\b(?:by|on|in|during) the (${ORDINAL_DAY}|\d{1,2}(?:st|nd|rd|th)) day of the ${OPERATION}\b`,
  "g",
);

/** 16 for "sixteenth", 21 for "twenty-first", 30 for "thirtieth". */
function ordinalDay(words: string): number {
  // ("the 4th of August")
  if (/^\d/.test(words)) return Number.parseInt(words, 10);
  const w = words.toLowerCase();
  if (w === "thirtieth") return 30;
  const tens = /^twenty/.test(w) ? 20 : /^thirty/.test(w) ? 30 : 0;
  return tens + ORDINAL_DAYS.indexOf(w.replace(/^(?:twenty|thirty)[- ]/, "")) + 1;
}

/** A day of the month named bare: "on the 21st" (not "on the 2nd floor", "on the 21st of July"). */
const BARE_DAY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of|floor|century|anniversary|day|birthday|time|round|session|attempt|try)\b)/g;
/** The same in words, where nothing after makes it the fifth of something else: "by the nineteenth, …". */
const BARE_DAY_WORDS = new RegExp(
  String.raw`\b(?:on|by) the (${ORDINAL_DAY})\b(?=\s*[,;.:)]|\s+(?:the|a|an|it|they|he|she|when|more|some|about|around|nearly|almost|at|over)\b)`,
  "g",
);
const MONTH_WORD = new RegExp(`\\b(${MONTHS_LOWER})\\b`, "g");
/** Two days of a month named bare, one to the other: "from the fourteenth to the seventeenth", "from the 3rd to the 9th". */
const BARE_DAYS_SPAN = new RegExp(
  String.raw`\bfrom the (\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY}) (?:to|until|till|through) the (\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY})\b(?!\s+(?:of|floor|century|anniversary|day|week|month)\b)`,
  "g",
);

/**
 * Day `day` of the month the sentence names before `at`, or else of the month of publication (or the one before,
 * for a later day); null when there is no such day by the publication day.
 */
function dayOfMonthBefore(norm: string, at: number, day: number, pub: Date): Date | null {
  const named = [...norm.slice(0, at).matchAll(MONTH_WORD)].at(-1);
  const month = named ? latestMonthStart(pub, MONTHS.indexOf(named[1]!), null) : pub;
  let d = new Date(month.getFullYear(), month.getMonth(), day);
  if (!named && isAfter(d, pub)) d = new Date(pub.getFullYear(), pub.getMonth() - 1, day);
  return d.getDate() === day && !isAfter(d, pub) ? d : null;
}
/**
 * A weekday and the day of the month: "Sunday the 11th", "Sunday the twenty-third" (not "Friday the 29th of
 * September", which names its month).
 */
const WEEKDAY_THE_DAY = new RegExp(
  String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? the (\d{1,2}(?:st|nd|rd|th)|${ORDINAL_DAY})\b(?!,? (?:of|day|days|week|weeks|month|time|round|anniversary)\b)`,
  "g",
);
const MONTH_ALONE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d\d)|,?\s+(last) year)?\b/g;
/** A second month joined to the one before: "April and May" (after "April"). */
const MONTH_AND_MONTH = new RegExp(String.raw`^ and (${MONTHS_LOWER})\b(?! \d)`, "i");
/** A weekday set off after the day it names: ", a Monday". */
const WEEKDAY_OF_DAY = /^,? an? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/;
const YEAR_END = /\bthe (?:end|close|last (?:day|night)) of ((?:19|20)\d\d)\b/g;
const LAST_YEAR_END = /\bthe (?:end|close) of last year\b/g;
// ("Its count for 2020 had been 1,734": a count named for a year)
const YEAR_ALONE =
  /\b(?:in|since|during|throughout|the whole of|all of)\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d),\s+when\b|^\s*(?:[-•*–]\s*)?((?:19|20)\d\d)(?=\s*[:,])|\byear,\s+((?:19|20)\d\d)(?=,)|\b(?:count|tally|total|figures?)\s+for\s+((?:19|20)\d\d)\b|\b(?:the|its|their|his|her|a|this|that)\s+((?:19|20)\d\d)(?=\s+(?:death\s+)?(?:toll|tally|count|total)\b)/g;
const WEEKDAY_RE =
  /\b(?:(on|late|early|last)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?:\s+(?:night|morning|afternoon|evening))?\b/g;
const DURATION =
  /\bfor (?:almost |nearly |about |more than |over |some |around )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s?\b|\b(a|one|two|three|four|five|six|\d+)[- ](day|week|month|year)[- ]long\b|\b(day|week|month|year)[- ]?long\b/;

// ("in the fortnight after 20 April": two weeks)
const DAYS_STARTING =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|the) (days|weeks|fortnight|week) (starting|beginning|from|after|following) (?:on )?$/;

// (a span "in the" days after: not "two weeks after twin blasts hit the university on January 15", a day later)
const DAYS_AFTER_EVENT_ON =
  /\b(?:in|during|over|within|for) the (?:first )?(?:(\d+|two|three|four|five|six|seven|eight|nine|ten) )?(hours|days|weeks|fortnight|week) (after|following) (?:the |a |an )?(?:[\w'’-]+ ){1,10}?on $/;

/** What a body puts its count out in: "in its latest update", "in a statement" (regular-expression source). */
const IN_A_REPORT = String.raw`(?:in|at) (?:a|an|its|their|the) (?:[\w-]+ )?(?:update|briefing|statement|report|release|bulletin)`;
// ("Bachelet told journalists in Geneva on Wednesday that …": who was told, and where, may come between)
const TOLD_WHOM = String.raw`(?:(?:told|briefed)\s+(?:the\s+)?(?:reporters|journalists|correspondents|press|security\s+council|council|general\s+assembly|diplomats|lawmakers)|(?:said|told\s+(?:reporters|journalists)))\s+in\s+[\w'’-]+\s+`;
const SPEECH_BEFORE = new RegExp(
  String.raw`\b(?:(?:said|says|reported|announced|told|added|stated|confirmed|estimated|warned|released|published|issued|dated|updated)\s+(?:${IN_A_REPORT}\s+)?|${TOLD_WHOM})(?:on\s+|in\s+|at\s+|late\s+|early\s+)?$`,
);
/** A report told as of its day: "In a report on 10 December last year, the network said …". */
const REPORT_OF_THE_DAY = new RegExp(
  String.raw`\b${IN_A_REPORT}(?: (?:published|issued|released|dated))? (?:on|of|dated) $` +
    // ("the update of 26 February gave more than 948,000 for the period to 23 February")
    String.raw`|\b(?:the|its|their|a|an) (?:[\w-]+ )?(?:update|briefing|report|release|bulletin|statement) (?:of|dated) $`,
);
/** A comparison's "than" after a word: "a million more than" (not a sentence opening "More than a year ago, …"). */
const COMPARED_BEFORE = /\S\s+(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger)\s+than\s+$/;
/** A time counted back from publication: "a year ago", "last month". */
const LOOKS_BACK_FROM_NOW = /\bago$|^(?:last|this time last) /;
/** A clause telling when a source spoke, opening its sentence: "Briefing the Security Council on 27 July, …". */
// ("When she addressed the Human Rights Council on 22 August, the High Commissioner put the toll at 2,200")
// ("Speaking in Geneva on Friday, …": the time may hold its own "on")
const TELLING_OPENER =
  /^\s*(?:(?:briefing|speaking|addressing|testifying|talking|writing)\b|when\s+(?:she|he|it|they|the\s+[\w-]+)\s+(?:last\s+)?(?:addressed|briefed|spoke|testified|wrote|appeared)\b)[^,.;]{0,70}?(?:\b(?:on|in|at)\s+(?:the\s+)?|\s)$/;
/**
 * A sentence opening on "since" and something starting, up to its time: "Since the government stepped up its assault
 * on Idlib at the end of".
 */
const SINCE_A_START_OPENS =
  /^\s*since\b[^;.:]{0,160}\b(?:began|begun|started|launched|stepped up|escalated|resumed|intensified|broke out|erupted)\b[^;.:,]{0,100}$/;
const SINCE_BEFORE = /\bsince\s+(?:[^\s,;.]+\s+){0,12}?(?:on\s+|in\s+)?$/;
// "killed 1,690 after Moscow launched its air campaign on 30 September": from that day on, like "since"
// ("since Islamic State fighters launched their assault on the Kurdish border town of Kobani on September 16")
// ("killed in the offensive that the SDF launched against the jihadists' last pockets on September 10": so is
// the day an offensive the count is of began; and "the battle for Manbij, which began on 31 May, had left 725 dead", "the
// offensive, launched with Russian air support on Feb. 18, had now killed more than 1,390")
// ("died after the UN Security Council voted on February 24 for a truce": so is the day a truce was made, or broke
// down: "After the truce … collapsed on 19 September, at least 231 civilians were killed")
// ("- Clashes that began on 21 March … have displaced 40,000", "died in the crackdown that began in mid-March": so is the
// day what the count is of began, named in a relative clause)
const MOVED_AFTER =
  /\b(?:left|fled|arrived|crossed|registered|died|killed|displaced|uprooted)\s+(?:[\w'’-]+\s+){0,3}?after\s+$/;
const AFTER_A_START =
  /\b(?:after|following|since)\s+(?:[^\s,;.]+\s+){0,10}?(?:launched|began|started|opened|erupted|flared|escalated|broke out|intervened|entered|voted|agreed|demanded|declared|signed|took effect|came into (?:force|effect)|went into effect|collapsed|broke down|fell apart)\s+(?:[^\s,;.]+\s+){0,10}?(?:on|in)\s+$|\b(?:in|during|since)\s+the\s+(?:[\w-]+\s+)?(?:offensive|campaign|operation|assault|bombardment|battle)\s+(?:that|which)\s+(?:[^\s,;.]+\s+){0,3}?(?:launched|began|started|opened)\s+(?:[^\s,;.]+\s+){0,6}?(?:on|in)\s+$|\b(?:offensive|campaign|operation|assault|bombardment|battle|siege)\b[^.;]{0,90}?,\s*(?:(?:which|that)\s+(?:[^\s,;.]+\s+){0,3}?(?:was\s+)?(?:launched|began|started|opened)|(?:launched|begun|started)(?:\s+[^\s,;.]+){0,5}?)\s+(?:on|in)\s+$|\b(?:offensive|campaign|operation|assault|bombardment|battle|siege|crackdown|fighting|escalation|clashes|hostilities|violence)(?:\s+(?:on|in|against|around|for)\s+[^\s,;.]+(?:\s+[^\s,;.]+)?)?\s+(?:that|which)\s+(?:[^\s,;.]+\s+){0,2}?(?:began|started|erupted|flared|broke out|escalated)\s+(?:(?:on|in)\s+)?$/;

/** The second end of a span after its first: "… to 29 August", "… until Monday", "… and the end of May". */
// (an "and" only before a day: not "from April 28 some 229 civilians had died and 727 had been hurt")
const AN_END_AFTER =
  /^[^.;]{0,50}?\b(?:(?:to|until|till|through)\s+(?:the\s+)?(?:\d|[a-z]+(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|now|end|close|last|mid|early|late)|and\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|[a-z]+(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|now|end|close|mid|early|late))/;

function overlaps(taken: ReadonlyArray<readonly [number, number]>, s: number, e: number): boolean {
  return taken.some(([a, b]) => s < b && e > a);
}

/**
 * A month a count is measured against, not the month it counts: "well above May's level". (Not "lower than
 * in September, when …": the month a "when" clause goes on with dates that clause's count.)
 */
const MONTH_COMPARED = new RegExp(
  String.raw`\b(?:(?:${MONTHS_LOWER}) ?(?:'s|’s) (?:level|figure|toll|count|total|tally|number|peak|record))\b`,
  "g",
);
const MONTH_COMPARED_CUE = /['’]s (?:level|figure|toll|count|total|tally|number|peak|record)/;

export function findTimeExpressions(a: SentenceAnalysis, published: string): TimeExpression[] {
  const pub = parseIsoDay(published);
  const out: TimeExpression[] = [];
  const taken: Array<[number, number]> = [];
  const { norm, text } = a;
  const free = (start: number, end: number): boolean => !overlaps(taken, start, end);
  const push = (
    kind: TimeKind,
    start: number,
    end: number,
    from: Date | string | null,
    to: Date | string | null,
  ): void => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    const before = norm.slice(Math.max(0, start - 130), start);
    // ("passed three million, a million more than a year ago": the time a count is measured against)
    if (COMPARED_BEFORE.test(before) && LOOKS_BACK_FROM_NOW.test(norm.slice(start, end))) return;
    out.push({
      kind,
      start,
      end,
      from: from instanceof Date ? iso(from) : from,
      to: to instanceof Date ? iso(to) : to,
      since:
        // (not a time a count "since" another is told as of: "displaced since 1 May as of 16 July")
        // (nor the end a span since another is told up to: "since … 15 March 2011 and up to 30 May 2021")
        (SINCE_BEFORE.test(before) &&
          !/[,;]|\bas (?:of|at)\b/.test(before.slice(before.lastIndexOf("since"))) &&
          !UP_TO.test(before)) ||
        AFTER_A_START.test(before) ||
        // ("more than 400,000 of them left after 1 January": people moving or dying after a day, from it on)
        MOVED_AFTER.test(before) ||
        // ("Since the government, backed by Russia, stepped up its assault on Idlib at the end of April, more than
        // 2,500 have been killed": a clause opening the sentence on "since" and a start, closed by a comma)
        (SINCE_A_START_OPENS.test(norm.slice(0, start)) && /^\s*,/.test(norm.slice(end))) ||
        // ("said on May 21 that from April 28 some 229 civilians had died": a "from" no end follows is a "since")
        // (not a day's event: "the dead from Saturday evening's bombardment")
        (/\bfrom\s+$/.test(before) &&
          !/['’]s$/.test(norm.slice(start, end + 2)) &&
          !AN_END_AFTER.test(norm.slice(end, end + 60))),
      attribution: SPEECH_BEFORE.test(before) || REPORT_OF_THE_DAY.test(before) || TELLING_OPENER.test(before),
    });
  };
  const has = (re: RegExp): boolean => re.test(norm);
  // "by the end of last year": the last day of the year before the report's
  for (const m of norm.matchAll(LAST_YEAR_END)) {
    const last = new Date(pub.getFullYear() - 1, 11, 31);
    push("day", m.index, m.index + m[0].length, last, last);
  }
  // "well above May's level", "higher than in March": a month a count is measured against dates nothing
  if (has(MONTH_COMPARED_CUE))
    for (const m of norm.matchAll(MONTH_COMPARED)) taken.push([m.index, m.index + m[0].length]);
  // "killing 37 of them, one of the deadliest attacks by the group since the fall of its last enclave in 2019": the
  // time a superlative is measured over dates nothing either
  if (has(/\bsince\b/))
    for (const m of norm.matchAll(SUPERLATIVE_SINCE)) {
      // (but "the worst raid since March 2015, when a chlorine attack killed 6": the time a count told after is of)
      const end = m.index + m[0].length;
      if (/^,?\s*when\b/.test(norm.slice(end, end + 8))) continue;
      taken.push([m.index + m[0].indexOf("since"), end]);
    }
  if (has(/since|years? of|months/))
    for (const re of WAR_HARD)
      for (const m of norm.matchAll(re)) {
        // "the bloodiest month since the uprising began in March 2011": a comparison's span dates nothing
        if (SUPERLATIVE_BEFORE.test(norm.slice(Math.max(0, m.index - 60), m.index))) {
          if (free(m.index, m.index + m[0].length)) taken.push([m.index, m.index + m[0].length]);
          continue;
        }
        push("war", m.index, m.index + m[0].length, WAR_START, null);
      }
  if (has(/so far|to date|in total|war|conflict/))
    for (const re of WAR_SOFT)
      for (const m of norm.matchAll(re)) push("soft-war", m.index, m.index + m[0].length, WAR_START, null);
  if (has(/period|time|span|the same/))
    for (const m of norm.matchAll(SAME_PERIOD)) push("same-period", m.index, m.index + m[0].length, null, null);
  // "on Sunday the 11th": the day of the month, which the weekday only names (before the weekday is read alone)
  if (has(/day,? the /))
    for (const m of norm.matchAll(WEEKDAY_THE_DAY)) {
      const d = dayOfMonthBefore(norm, m.index, ordinalDay(m[1]!), pub);
      if (d) push("day", m.index, m.index + m[0].length, d, d);
    }
  if (
    has(
      /yesterday|today|morning|afternoon|evening|tonight|overnight|week|month|year|past|last|previous|ago|hour|night|half|quarter|christmas|new year|since (?:the (?:start|beginning) of|early) (?:19|20)\d\d/,
    )
  )
    for (const [re, resolve] of RELATIVE) {
      for (const m of norm.matchAll(re)) {
        if (!free(m.index, m.index + m[0].length)) continue;
        const [from, to, kind] = resolve(pub, m);
        push(kind, m.index, m.index + m[0].length, from, to);
      }
    }
  const monthNamed = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(norm);
  if (monthNamed && /(?:st|nd|rd|th) of /i.test(text))
    for (const m of text.matchAll(ORDINAL_MONTH_DAY)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const d = resolveMonthDay(`${ordinalDay(m[1]!)} ${m[2]}${m[3] ? ` ${m[3]}` : ""}`, pub);
      if (d) push("day", m.index, m.index + m[0].length, d, d);
    }
  if (monthNamed)
    for (const m of text.matchAll(MONTH_THE_ORDINAL)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const d = resolveMonthDay(`${ordinalDay((m[2] ?? m[3])!)} ${m[1]}${m[4] ? ` ${m[4]}` : ""}`, pub);
      if (d) push("day", m.index, m.index + m[0].length, d, d);
    }
  if (monthNamed && /\bmid|middle of|start of|beginning of/i.test(text))
    for (const m of text.matchAll(POINT_IN_MONTH)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const middle = m[1] !== undefined || /middle/i.test(m[0]);
      // "mid-April last year": the year named relative to publication
      const year = yearNamed(m[3], m[4], pub);
      const d = resolveMonthDay(`${middle ? 15 : 1} ${m[2]}${year ? ` ${year}` : ""}`, pub);
      if (d) push("day", m.index, m.index + m[0].length, d, d);
    }
  if (monthNamed && /\b(?:early|late|first|opening|last|closing)\b/i.test(text))
    for (const m of text.matchAll(PART_OF_MONTH)) {
      // ("in late January last year")
      const year = yearNamed(m[6], m[7], pub);
      const first = resolveMonthDay(`1 ${m[5]}${year ? ` ${year}` : ""}`, pub);
      if (!first) continue;
      const opens = /^(?:early|first|opening)$/i.test(m[1] ?? m[2] ?? "");
      // ("on the first day of February": that one day)
      const oneDay = !m[3] && /^day$/i.test(m[4] ?? "");
      const days = m[3] ? daysOf(amount(m[3]), (m[4] ?? "day").toLowerCase()) : oneDay ? 1 : 7;
      const [from, to] = opens
        ? [first, addDays(first, days - 1)]
        : [subDays(endOfMonth(first), days - 1), endOfMonth(first)];
      if (!isAfter(from, pub))
        push(oneDay ? "day" : "range", m.index, m.index + m[0].length, from, isAfter(to, pub) ? pub : to);
    }
  // "in the first half of August": its first fifteen days, or the rest
  if (monthNamed && /\bhalf of\b/i.test(text))
    for (const m of text.matchAll(HALF_OF_MONTH)) {
      const first = resolveMonthDay(`1 ${m[2]}${m[3] ? ` ${m[3]}` : ""}`, pub);
      if (!first) continue;
      const [from, to] = /^first$/i.test(m[1]!) ? [first, addDays(first, 14)] : [addDays(first, 15), endOfMonth(first)];
      if (!isAfter(from, pub)) push("range", m.index, m.index + m[0].length, from, isAfter(to, pub) ? pub : to);
    }
  // "between 1 and 31 July 2012", "1-31 March 2019", "March 1-15": days of one month, as one span
  if (monthNamed && /\d\s*(?:[-–]|and|to|until|through)\s*\d/.test(norm))
    for (const re of [DAYS_THEN_MONTH, MONTH_THEN_DAYS])
      for (const m of text.matchAll(re)) {
        const { opens, dash, first, last, month, year } = m.groups!;
        // (or "to": "- 12 to 27 January 2020: …"; but not "and" alone: "killed 40 on 27 and 28 June" names two days)
        if (!opens && !dash && !/\s(?:to|until|through)\s/.test(m[0])) continue;
        const to = resolveMonthDay(`${last} ${month}${year ? ` ${year}` : ""}`, pub);
        if (!to || Number(first) >= Number(last)) continue;
        push("range", m.index, m.index + m[0].length, new Date(to.getFullYear(), to.getMonth(), Number(first)), to);
      }
  if (monthNamed)
    for (const m of text.matchAll(MONTH_DAY)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const d = resolveMonthDay(m[0], pub);
      if (!d) continue;
      // "during the three days starting 9 February", "in the two weeks after 12 December": the days counted from that one
      // ("in the 72 hours after the Security Council demanded a ceasefire on 24 February": or from an event on it)
      const lead =
        DAYS_STARTING.exec(norm.slice(Math.max(0, m.index - 40), m.index)) ??
        DAYS_AFTER_EVENT_ON.exec(norm.slice(Math.max(0, m.index - 110), m.index));
      // ("in the two weeks after 12 December": weeks counted from that day on)
      // ("the fortnight after", "the week after": one of them; "the days after": no count of them)
      const days = !lead ? 0 : daysOf(lead[1] !== "the" ? amount(lead[1]) : lead[2]!.endsWith("s") ? 0 : 1, lead[2]!);
      if (lead && days > 1) {
        // (the days after a day start the next: "the three days after February 9" end on the 12th)
        const weeks = /^(?:weeks?|fortnight)$/.test(lead[2]!);
        const last = addDays(d, weeks || /^(?:after|following)$/.test(lead[3]!) ? days : days - 1);
        push("range", m.index - lead[0].length, m.index + m[0].length, d, isAfter(last, pub) ? pub : last);
      } else push("day", m.index, m.index + m[0].length, d, d);
    }
  // "Three weeks into July, on the 21st, our count stood at 2,752": a day of the month the sentence names
  // before it, or else of the month the report was published in (or the one before, for a later day)
  if (/\bon the \d{1,2}(?:st|nd|rd|th)\b/.test(norm))
    for (const m of norm.matchAll(BARE_DAY)) {
      const start = m.index + m[0].length - m[1]!.length - 2;
      if (!free(start, m.index + m[0].length)) continue;
      const d = dayOfMonthBefore(norm, m.index, Number(m[1]), pub);
      if (d) push("day", start, m.index + m[0].length, d, d);
    }
  // ("Over four days in November, from the fourteenth to the seventeenth, …": two days of the month named before)
  if (/\bfrom the /.test(norm))
    for (const m of norm.matchAll(BARE_DAYS_SPAN)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const first = dayOfMonthBefore(norm, m.index, ordinalDay(m[1]!), pub);
      const last = first && new Date(first.getFullYear(), first.getMonth(), ordinalDay(m[2]!));
      if (first && last && last.getMonth() === first.getMonth() && isAfter(last, first) && !isAfter(last, pub))
        push("range", m.index, m.index + m[0].length, first, last);
    }
  // ("By the nineteenth, more than ten thousand had fled …, and on the twenty-seventh the agency estimated …")
  if (/\b(?:on|by) the (?:twenty|thirt|[a-z]+(?:th|st|nd|rd)\b)/.test(norm))
    for (const m of norm.matchAll(BARE_DAY_WORDS)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (!free(start, m.index + m[0].length)) continue;
      const d = dayOfMonthBefore(norm, m.index, ordinalDay(m[1]!), pub);
      if (d) push("day", start, m.index + m[0].length, d, d);
    }
  // "on the eve of the war's tenth anniversary", "marked the war's seventh anniversary", "on the sixth anniversary of
  // the uprising": the war's anniversaries fall on 15 March, their eves on the 14th (read before the months alone,
  // which "on the tenth anniversary of the uprising in March" names as the anniversary's)
  if (has(/anniversary/))
    for (const m of norm.matchAll(WAR_ANNIVERSARY)) {
      const nth = ORDINAL_DAYS.indexOf(m[2] ?? m[3] ?? "") + 1;
      if (nth < 1 || (!m[2] && !m[4])) continue;
      const day = new Date(2011 + nth, 2, m[1] ? 14 : 15);
      if (!isAfter(day, pub)) push("day", m.index, m.index + m[0].length, day, day);
    }
  // (only where the sentence names no other day: "on 12 March, as the war entered its fifth year")
  if (has(/\byear\b/) && !DAY_OR_WEEK_NAMED.test(norm))
    for (const m of norm.matchAll(ENTERED_ITS_YEAR)) {
      // (its second year began on its first anniversary)
      const nth = ORDINAL_DAYS.indexOf(m[1]!) + 1;
      if (nth < 2) continue;
      const day = new Date(2011 + nth - 1, 2, 15);
      if (!isAfter(day, pub)) push("day", m.index, m.index + m[0].length, day, day);
    }
  if (monthNamed)
    for (const m of text.matchAll(MONTH_ALONE)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const month = MONTHS.indexOf((m[1] ?? "").toLowerCase());
      // ("In September last year": that month of the year before the report's)
      // ("Last September", told in September: a year before)
      const lastOfItsName =
        month === pub.getMonth() && /\blast\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index));
      const year = m[2] ? Number(m[2]) : m[3] || lastOfItsName ? pub.getFullYear() - 1 : null;
      const first = latestMonthStart(pub, month, year);
      // ("in April and May": the two months together, when the second follows the first)
      const and = m[2] || m[3] ? null : MONTH_AND_MONTH.exec(text.slice(m.index + m[0].length));
      const second = and ? latestMonthStart(pub, MONTHS.indexOf(and[1]!.toLowerCase()), null) : null;
      const together = second !== null && isAfter(second, first) && differenceInCalendarDays(second, first) < 366;
      const end = together ? m.index + m[0].length + and![0].length : m.index + m[0].length;
      const last = endOfMonth(together ? second : first);
      push("month", m.index, end, first, isAfter(last, pub) ? pub : last);
    }
  // "at the end of 2015", "by the close of 2013", "the last night of 2011": that year's last day
  if (has(/\b(?:end|close|day|night) of (?:19|20)\d\d\b/))
    for (const m of norm.matchAll(YEAR_END)) {
      const start = m.index + m[0].length - 4;
      const last = new Date(Number(m[1]), 11, 31);
      if (!isAfter(last, pub)) push("day", start, start + 4, last, last);
    }
  if (has(/\b(?:19|20)\d\d\b/))
    for (const m of norm.matchAll(YEAR_ALONE)) {
      // ("The worst year remains 2014, when about 70,000 were killed": the year a clause is of; "- 2017: 33,400
      // dead": the year a list line is labelled with; "in the worst year, 2014, some 76,000 died": the year named)
      // ("the 2019 toll": a count named for a year)
      const y = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
      const start = m[2] ? m.index : m.index + m[0].length - 4;
      const last = new Date(y, 11, 31);
      push("year", start, start + 4, new Date(y, 0, 1), isAfter(last, pub) ? pub : last);
    }
  // ("on June 6, a Monday, 120 members of the security forces were killed": the weekday of the day just named)
  if (has(/, an? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b/))
    for (const e of [...out])
      if (e.kind === "day") {
        const weekday = WEEKDAY_OF_DAY.exec(norm.slice(e.end));
        if (weekday) taken.push([e.end, e.end + weekday[0].length]);
      }
  if (has(/day\b|day's/))
    for (const m of norm.matchAll(WEEKDAY_RE)) {
      // "That Monday an air strike killed 13": the Monday the report named before, not the last one
      if (/\b(?:that|the same)\s+$/.test(norm.slice(Math.max(0, m.index - 9), m.index))) continue;
      // ("since the assault began on Tuesday, Aug. 19": the date right after it is the same day, and says which
      // Tuesday; the two are read as one, from the weekday on)
      const next = m.index + m[0].length;
      const date = out.findIndex(
        (e) => e.kind === "day" && e.start > next && /^,?\s+(?:the\s+)?$/.test(norm.slice(next, e.start)),
      );
      if (date >= 0) {
        const [{ start, end, from, to }] = out.splice(date, 1) as [TimeExpression];
        const held = taken.findIndex(([s, e]) => s === start && e === end);
        if (held >= 0) taken.splice(held, 1);
        push("day", m.index, end, from, to);
        continue;
      }
      const d = latestWeekday(pub, WEEKDAYS.indexOf(m[2] ?? ""), m[1] === "last");
      push("day", m.index, m.index + m[0].length, d, d);
    }
  return relativeToOpeningDay(
    norm,
    spansUpToADay(
      norm,
      joinRanges(
        a.norm,
        out.sort((x, y) => x.start - y.start),
      ),
    ),
    pub,
  );
}

/** "in the 48 hours to Wednesday", "in the seven days to 16 February": a span that ends on the day named. */
const SPAN_UP_TO = new RegExp(
  String.raw`\b(?:in|over|during|within|for)\s+the\s+(?:past\s+|last\s+|previous\s+)?(\d+|${SPAN_COUNT_WORDS})\s+(hours|days|weeks)\s+(?:up\s+)?(?:to|until|till|through|ending(?:\s+on)?)\s+(?:the\s+)?$`,
);

function spansUpToADay(norm: string, found: TimeExpression[]): TimeExpression[] {
  if (!/ (?:hours|days|weeks) /.test(norm)) return found;
  let out = found;
  for (const e of found) {
    if (e.kind !== "day" || e.since || e.to === null) continue;
    const m = SPAN_UP_TO.exec(norm.slice(Math.max(0, e.start - 60), e.start));
    if (!m) continue;
    const n = amount(m[1]);
    const days = m[2] === "hours" ? Math.ceil(n / 24) : m[2] === "weeks" ? 7 * n - 1 : n - 1;
    const start = e.start - m[0].length;
    // (the span's words are one expression: "the past seven days" is not also counted back from publication)
    out = out
      .filter((x) => x === e || x.end <= start || x.start >= e.start)
      .map((x) => (x === e ? { ...e, kind: "range" as const, start, from: daysBefore(e.to!, days) } : x));
  }
  return out;
}

/** Words that name a day relative to the day of telling: "overnight", "yesterday", "Friday". */
const relativeToTelling = (words: string): boolean =>
  TOLD_TODAY.test(words) || TOLD_YESTERDAY.test(words) || WEEKDAYS.some((w) => words.startsWith(w));

/**
 * "On 22 March the IRC reported that 2,000 more had come in overnight", "On 4 May the Observatory said 62
 * had died on the Friday": in a sentence that opens on an earlier day, a day named relative to the day of
 * telling is relative to that one.
 */
function relativeToOpeningDay(norm: string, found: TimeExpression[], pub: Date): TimeExpression[] {
  const opening = found[0];
  if (
    !opening ||
    opening.kind !== "day" ||
    opening.since ||
    opening.from === null ||
    opening.from !== opening.to ||
    opening.from >= iso(pub) ||
    !/^\s*(?:on\s+)?$/.test(norm.slice(0, opening.start)) ||
    relativeToTelling(norm.slice(opening.start, opening.end))
  )
    return found;
  const told = parseIsoDay(opening.from);
  return found.map((e) => {
    const words = norm.slice(e.start, e.end);
    if (e === opening || e.kind !== "day" || !relativeToTelling(words)) return e;
    const weekday = WEEKDAYS.findIndex((w) => words.startsWith(w));
    // (a weekday is the opening day's only as "the Friday"; "…, and Thursday's shelling killed five more"
    // tells of another day)
    if (weekday >= 0 && !/\bthe\s+$/.test(norm.slice(Math.max(0, e.start - 4), e.start))) return e;
    // ("20 November to today": the end of a span up to now)
    if (/\b(?:to|until|till|through)\s+$/.test(norm.slice(Math.max(0, e.start - 8), e.start))) return e;
    const day =
      weekday >= 0
        ? latestWeekday(told, weekday, /^last /.test(words))
        : TOLD_YESTERDAY.test(words)
          ? subDays(told, 1)
          : told;
    return { ...e, from: iso(day), to: iso(day) };
  });
}

// ("between dawn on May 19 and the morning of 28 May", "… and dawn today": a time of day before either date)
const TIME_OF_DAY = String.raw`(?:(?:the\s+)?(?:dawn|noon|midnight|morning|afternoon|evening|night)\s+(?:(?:on|of)\s+)?(?:the\s+)?)?`;
// ("between the end of April and the end of August": a span between two months, however near their ends)
// ("from the start of the revolution in mid-March 2011 to the end of August 2012", "from the start of the offensive
// in December to mid-February": from when the war, or the offensive, began)
const RANGE_OPENS = new RegExp(
  String.raw`\b(?:between|from)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close) of\s+)?(?:(?:the\s+)?(?:first\s+)?(?:revolution|uprising|war|conflict|crisis|protests|offensive|campaign|operation|assault|siege|talks|truce|ceasefire|opening)\s+(?:in|on)\s+)?${TIME_OF_DAY}$`,
);
// ("between March 18, 2011, when the first protester was killed, and the last day of August": past a
// clause on the first date, to the end of the second's month)
// ("between Thursday, 15 August, and Tuesday": past the comma closing a day's date)
const RANGE_JOINS = new RegExp(
  String.raw`^\s*(?:,\s*when\b[^,;]{1,80},\s*|,\s*)?(?:and|to|until|till|through|-|–)\s+(?:the\s+)?(?:(?:end|close|last day|last night) of\s+|(?:early|mid|late)-?\s*)?${TIME_OF_DAY}$`,
);
const BOUNDED: ReadonlySet<TimeKind> = new Set(["day", "month", "year"]);

const YEAR_NAMED = /\b(?:19|20)\d\d\b/;
/** The start of a line, past its bullet. */
const LINE_OPENS = /^\s*(?:[-•*–]\s*)?$/;
/**
 * "between March 2011 and March 2021", "from 29 April to 9 May": two dates
 * joined as one span, from the first's first day to the second's last.
 */
function joinRanges(norm: string, found: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    const second = found[i + 1];
    if (
      second &&
      BOUNDED.has(first.kind) &&
      (BOUNDED.has(second.kind) || second.to !== null) &&
      !first.since &&
      (RANGE_OPENS.test(norm.slice(Math.max(0, first.start - 60), first.start)) ||
        // ("- 26 January to 2 February alone: approximately 200,000": two dates opening a list's line, one to the other)
        (LINE_OPENS.test(norm.slice(0, first.start)) &&
          /^\s*(?:to|until|till|through|-|–)\s+$/.test(norm.slice(first.end, second.start))) ||
        // ("(UN human rights office, March 2011 to 30 April 2014)": two dates with their years, one to the other)
        (YEAR_NAMED.test(norm.slice(first.start, first.end)) &&
          YEAR_NAMED.test(norm.slice(second.start, second.end)) &&
          /^\s*(?:to|until|till|through|-|–)\s+$/.test(norm.slice(first.end, second.start)))) &&
      RANGE_JOINS.test(norm.slice(first.end, second.start)) &&
      first.from !== null &&
      second.to !== null
    ) {
      // "between 1 January and 31 December", told on 2 January: a first date with no year of its own that
      // would fall after the second is the year before's
      const from =
        first.from > second.to && !/\b(?:19|20)\d\d\b/.test(norm.slice(first.start, first.end))
          ? `${Number(first.from.slice(0, 4)) - 1}${first.from.slice(4)}`
          : first.from;
      if (from > second.to) {
        out.push(first);
        continue;
      }
      out.push({ ...first, kind: "range", end: second.end, from, to: second.to });
      i += 1;
    } else if (
      // "over Monday and Tuesday", "on 19 and 20 December": two days a few apart, joined, are one span
      second &&
      first.kind === "day" &&
      second.kind === "day" &&
      !first.since &&
      !second.since &&
      first.from !== null &&
      second.to !== null &&
      /^\s+and\s+$/.test(norm.slice(first.end, second.start)) &&
      (/\b(?:on|over|across|during)\s+$/.test(norm.slice(Math.max(0, first.start - 8), first.start)) ||
        norm.startsWith("on ", first.start)) &&
      second.to > first.from &&
      daysBetween(first.from, second.to) <= 7
    ) {
      out.push({ ...first, kind: "range", end: second.end, to: second.to });
      i += 1;
    } else if (
      // "On 14 March … killed between 15 March 2011 and that morning": to the day named before
      BOUNDED.has(first.kind) &&
      !first.since &&
      first.from !== null &&
      RANGE_OPENS.test(norm.slice(Math.max(0, first.start - 30), first.start)) &&
      AND_THAT_DAY.test(norm.slice(first.end))
    ) {
      const before = found.slice(0, i).findLast((e) => e.kind === "day" && !e.since && e.to !== null);
      const thatDay = AND_THAT_DAY.exec(norm.slice(first.end))![0];
      if (before && before.to! >= first.from)
        out.push({ ...first, kind: "range", end: first.end + thatDay.length, to: before.to });
      else out.push(first);
    } else if (
      // "from 16 October to the end of that month": to the last day of the first day's month; "between the first
      // protests in mid-March and the last day of the year": to the last day of the first date's year
      BOUNDED.has(first.kind) &&
      !first.since &&
      first.from !== null &&
      RANGE_OPENS.test(norm.slice(Math.max(0, first.start - 40), first.start)) &&
      ((first.kind === "day" && TO_THAT_MONTHS_END.test(norm.slice(first.end))) ||
        TO_THE_YEARS_END.test(norm.slice(first.end)))
    ) {
      const day = parseIsoDay(first.from);
      const monthEnd = TO_THAT_MONTHS_END.exec(norm.slice(first.end));
      const end = monthEnd ?? TO_THE_YEARS_END.exec(norm.slice(first.end))!;
      out.push({
        ...first,
        kind: "range",
        end: first.end + end[0].length,
        to: iso(monthEnd ? new Date(day.getFullYear(), day.getMonth() + 1, 0) : new Date(day.getFullYear(), 11, 31)),
      });
    } else out.push(first);
  }
  return out;
}

/** The second end of a span that is the end of the first day's month: "… to the end of that month". */
const TO_THAT_MONTHS_END =
  /^\s*(?:to|until|till|through|and)\s+the\s+(?:end|close|last day)\s+of\s+(?:that|the)\s+month\b/;

/** The second end of a span that is the end of the first date's year: "… and the last day of the year". */
const TO_THE_YEARS_END =
  /^\s*(?:to|until|till|through|and)\s+the\s+(?:end|close|last day)\s+of\s+(?:that|the)\s+year\b/;

/** The second end of a span that is the day named before: "… and that morning", "… and the same day". */
const AND_THAT_DAY = /^\s*(?:and|to|until)\s+(?:that|the same)\s+(?:morning|day|evening|night|date)\b/;

export interface PeriodContext {
  published: string;
  national: boolean;
  /** The count is of people driven from their homes, not of the dead and hurt. */
  displacement: boolean;
  /** The figure still runs at publication ("have fled", "causing the displacement"). */
  ongoing: boolean;
  /** The period of the previous figure, for "over the same period". */
  previous: Period | null;
  /** The sentence's next number: a date right after it is that number's ("… followed by 3,100 in June"). */
  nextNumber?: { start: number; end: number };
}

/** How far after a number a time may be and still be its own, over one before it across an "and". */
const OWN_TIME_AFTER_REACH = 40;
/** How far after a count a time of its own may come to outrank the day the count was told on. */
const OWN_TIME_LATER_REACH = 120;
// what lies between a number and a date that is its own: "3,100 in June", "2,870 deaths in July"
const OWN_DATE = /^\s*(?:[\w-]+\s+){0,2}?(?:in|on|during)\s+(?:the\s+)?$/;
// "the bloodiest day of the campaign so far": "so far" ranks the day, it does not make a running total
const FOUNDED = /\b(?:founded|established|set up|created|formed)\s+(?:in|on)\s+(?:the\s+)?$/;
const OPENED_IN = /\b(?:first\s+)?(?:opened|built)\s+in\s+$/;
/** The day a night ran into: "killed overnight into March 12". */
const NIGHT_INTO_A_DAY =
  /^\s+(?:into|to)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)/;
// "Following a ceasefire agreed on 9 September, OCHA said … 36,000 people displaced": when a truce was made says
// nothing of the count (nor a truce named by its day that another time is counted from: "the first month after the
// Ankara ceasefire of 30 December 2016")
const TRUCE_MADE =
  /\b(?:ceasefire|truce|deal|agreement|accord)\s+(?:was\s+)?(?:agreed|signed|brokered|reached|declared)\s+(?:on|in)\s+(?:the\s+)?$|\b(?:day|week|month|year)s?\s+(?:after|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ceasefire|truce|deal|agreement|accord)\s+of\s+(?:the\s+)?$/;
const BOUNDED_BY = /\b(?:during|throughout)\s+(?:the\s+(?:month|year)\s+of\s+)?$/;
// (", at least 6,500 of them children": a hedge, not "at")
const LEADS_INTO_NUMBER = /^\s*,?\s*(?:when|with|at(?!\s+(?:least|most)\b))\b/;
const LEADS_INTO_REACH = 60;
const RANKED_BEFORE = /\b(?:bloodiest|deadliest|worst|heaviest|highest|largest|most violent)\b[^.;]{0,40}$/;

/** The verb a count stands at a number with: "stood", "had reached". */
const STOOD_BEFORE = /\b(?:stood|stands|was|had stood|had reached|reached|passed|had passed)\s+$/;
const AT_THE_END_OF = /^\s*(?:at|by)\s+the\s+(?:end|close)\s+of\s+$/;

function distance(e: TimeExpression, at: { start: number; end: number }): number {
  if (e.end <= at.start) return at.start - e.end;
  if (e.start >= at.end) return e.start - at.end;
  return 0;
}

/** A toll, total or count a number is given as: "put the toll at", "the tally stood at more than". */
const STANDING_NOUN_BEFORE =
  /\b(?:toll|total|tally|count|ledger)\b[^,;.\d]{0,40}?\b(?:at|to|of|stood at|stands at|reached|reaches|passed|passes|topped|tops|exceeded|exceeds|hit|hits|was|is)\s+$/;
/** A count up to the time of telling: "had been killed", "have died", "has claimed", "had passed". */
const PERFECT_AFTER =
  /^[^.;\d]{0,50}?\b(?:have|has|had)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+killed|died|lost\s+their\s+lives|perished)\b/;
const PERFECT_BEFORE =
  /\b(?:have|has|had)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|claimed|passed|reached|topped|exceeded|surpassed)\s+(?:[^\s\d]+\s+){0,3}$/;
/** What makes it the dead of one day: "on Saturday alone", "that day", "in 24 hours", "its toll for that Wednesday". */
const ONE_DAYS_DEAD =
  /\b(?:alone|that day|the day|daily|24 hours|a single day|day['’]s|(?:that|for) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;

/**
 * A standing count, not the dead of the day it is told on: its noun or tense says so. A day after the number is
 * the killing's ("had killed 250 people on Tuesday and Wednesday") unless a toll is said to stand at the number
 * on it ("our count stood at 70,257 documented deaths on 11 May"), in the same clause.
 */
function isStandingCount(
  norm: string,
  at: { start: number; end: number },
  clause: { start: number; end: number },
  day: TimeExpression,
): boolean {
  if (ONE_DAYS_DEAD.test(norm.slice(clause.start, clause.end))) return false;
  const before = norm.slice(Math.max(clause.start, at.start - 80), at.start).replace(HEDGE_WORDS, " ");
  const noun = STANDING_NOUN_BEFORE.test(before);
  if (day.start >= at.end) return noun && !/[,;]/.test(norm.slice(at.end, day.start));
  return noun || PERFECT_BEFORE.test(before) || PERFECT_AFTER.test(norm.slice(at.end, clause.end));
}
/** Words of people where they are: "were registered", "hosts", "put the number … at", "passed three million". */
const STOCK_WORDS =
  /\b(?:registered|registration|on (?:its|their|the) (?:books|lists)|hosting|hosts|hosted|sheltering|living|population|displaced (?:inside|within|in)|totals?|totalled|stood|count|counted|tally|number|(?:have|has|had) (?:now )?(?:fled|left))\b/;
/** A total brought past a mark: "went past 3 million", "reached one million" (not "reached the Wadi Khaled area"). */
const PAST_A_MARK = /\b(?:went past|passed|reached|topped|exceeded|surpassed)\s+(?:the\s+)?$/;
/** Words of people on the move that day: "crossed", "new arrivals", "overnight". */
const MOVED_THAT_DAY =
  /\b(?:crossed|crossing|crossings|arrived|arrivals|arriving|came|coming|poured|entered|entering|overnight|alone|24 hours|a day|daily|new|that (?:day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b/;

/** People who went that day, in the simple past: "4,600 people fled north", "700 people reached Wadi Khaled". */
const WENT_THAT_DAY = /(?<!\b(?:had|have|has|had been|have been|had now|have now)\s)\b(?:fled|moved|left|reached)\b/;

/** Words of people uprooted that say nothing of the day: "fled", "displaced", "returned". */
const UPROOTING =
  /\b(?:fled|flee|fleeing|flight|left|leaving|moved|reached|displaced|displacements?|uprooted|forced|driven|escaped|returned|returns?|per day)\b/;
/** A stock of refugees or displaced people as it stood on the day told, not the day's movement. */
function isStandingStock(
  norm: string,
  at: { start: number; end: number },
  clause: { start: number; end: number },
): boolean {
  const words = norm.slice(clause.start, clause.end);
  const before = norm.slice(Math.max(clause.start, at.start - 40), at.start).replace(HEDGE_WORDS, " ");
  return (
    STANDING_WHERE.test(words) || ((STOCK_WORDS.test(words) || PAST_A_MARK.test(before)) && !MOVED_THAT_DAY.test(words))
  );
}
/**
 * People counted where they are, whatever else the sentence says of arrivals: "put Za'atri's registered population
 * at about 83,000", "the camps held 6,817 people", "listed 8,421 people in the tent cities".
 */
const STANDING_WHERE =
  /\b(?:population|camp residents|on (?:its|their|the) (?:books|lists)|(?:camps?|tent cities) (?:held|holds|housed|houses)|in the (?:[\w-]+ )?(?:camps|tent cities))\b/;
/** A day something began at, not the day a count was told: "registered after 1 January". */
const AFTER_BEFORE = /\b(?:after|from)\s+(?:the\s+)?$/;
const HEDGE_WORDS = /\b(?:more than|over|at least|some|about|nearly|almost|around|roughly|upwards of)\s+$/;

/** A span counted on from a day named before: "within two days", "within 48 hours" (not "within two days of …"). */
const WITHIN_SPAN = String.raw`\bwithin (?:the (?:first |next )?)?(\d+|${SPAN_COUNT_WORDS}) (day|week|hour)s?\b(?! of)`;
/** That span between the day and the count: "; within two days, more than 2,700 had fled". */
const WITHIN_DAYS = new RegExp(String.raw`${WITHIN_SPAN}[^.;]{0,40}$`);
/** That span after the count, in its clause: "crossed into the Ceylanpinar area within three days". */
const WITHIN_DAYS_AFTER = new RegExp(String.raw`^[^.;,\d]{0,60}?${WITHIN_SPAN}`);

/** Subtracts a written duration ("for almost a month", "month-long") from a day. */
function durationStart(a: SentenceAnalysis, end: string): string | null {
  const m = DURATION.exec(a.norm);
  if (!m) return null;
  const n = amount(m[1] ?? m[3]);
  const unit = unitOf(m[2] ?? m[4] ?? m[5] ?? "day");
  return iso(subUnits(parseIsoDay(end), n, unit));
}

/** A clause on a count giving the span it covers: "…'s latest count, which runs to May 30". */
const COUNT_RUNS_TO = new RegExp(
  String.raw`\b(?:count|tally|toll|figures?|report|data|total|list|update)\b[^.;]{0,40},\s*(?:which|that)\s+(?:${RUNS_OVER}|went)\b[^,;.]*$`,
);
// (and a place described by what befell it: "…, Jisr al-Shughour, the northern Syrian town that government
// troops retook at the weekend")
const RELATIVE_AFTER =
  /,\s*(?:where|which|whose)\b|,\s*(?:the|a) (?:[\w'-]+ ){0,3}(?:town|city|village|district|area|region|province|suburb|camp) (?:that|which|where)\b/;
// ("Four days later, on 30 July, Mark Lowcock told the Security Council that …": a time told against the last one may
// come first)
// ("In New York on Wednesday, Lowcock told the council": with the place it was told in)
const OPENS_SENTENCE =
  /^\s*(?:(?:(?:[\w-]+\s+){1,2}(?:later|earlier)|the\s+(?:next|following|same)\s+day|that\s+(?:same\s+)?day),\s+)?(?:in\s+(?:[\w-]+\s+){1,2}(?:on\s+)?|(?:on|at|by)\s+)?$/;
// ("…, and on September 12 she told the council that …")
const OPENS_NEXT_CLAUSE = /,\s+and\s+(?:then\s+)?(?:on|by)\s+$/;
const TELLING =
  "(?:said|says|told|reported|announced|counted|put|puts|estimated|recorded|documented|gave|listed|warned|confirmed|raised|revised|lowered|updated|stood|stands)";
// ("On 17 March the UN Office for the Coordination of Humanitarian Affairs (OCHA) reported": a name may close on
// its short form in brackets)
const TOLD_BY_SUBJECT = new RegExp(String.raw`^\s*,?\s*(?:[\w.'’-]+,?\s+|\([\w.'’-]+\)\s+){0,12}?${TELLING}\b`);
const TOLD_NEXT = new RegExp(String.raw`^\s*,?\s*${TELLING}\b`);

/** A day a sentence opens with before who told the count, or the day right before the verb of telling. */
export function isDayOfTelling(norm: string, e: TimeExpression): boolean {
  const after = norm.slice(e.end, e.end + 80);
  const opens =
    OPENS_SENTENCE.test(norm.slice(0, e.start)) ||
    OPENS_NEXT_CLAUSE.test(norm.slice(0, e.start)) ||
    // ("In late January last year, the Observatory said …": the days or month it was told in; "In mid-May, OCHA
    // reported": the middle of a month, read as its day)
    // ("Thirteen months ago, in May 2013, the United Nations said": past how long ago that was)
    ((e.kind !== "day" || norm.startsWith("mid", e.start)) &&
      /^\s*(?:(?:[\w-]+\s+){1,2}ago,\s+)?in\s+$/.test(norm.slice(0, e.start))) ||
    // ("When the war entered its tenth year in March, SOHR put …")
    /^\s*(?:as|when)\s+(?:the\s+|syria's\s+)$/.test(norm.slice(0, e.start));
  // ("the same monitor put, in mid-October, at more than 250,000 since March 2011": set off after the verb)
  const aside = TOLD_THEN_ASIDE.test(norm.slice(Math.max(0, e.start - 30), e.start)) && /^\s*,/.test(after);
  // ("published a far higher toll on 1 June: 494,438 dead since 2011": the day a count was put out)
  const published = PUT_OUT_ON.test(norm.slice(Math.max(0, e.start - 50), e.start));
  // ("The Observatory said on Friday that …": the day right after the verb of telling)
  const toldOn = TOLD_ON.test(norm.slice(Math.max(0, e.start - 40), e.start));
  // ("When the date of the election was set on 21 April, the war had already killed more than 150,000": a count as it
  // stood at a "when" clause's time)
  const stoodThen = WHEN_OPENS.test(norm.slice(0, e.start)) && STOOD_THEN.test(after);
  return (opens && TOLD_BY_SUBJECT.test(after)) || TOLD_NEXT.test(after) || aside || published || toldOn || stoodThen;
}
const WHEN_OPENS = /^\s*when\b[^,;.]{0,80}$/;
const STOOD_THEN = /^\s*,\s*(?:[\w'’-]+\s+){0,6}?(?:had|stood)\b/;
/**
 * A verb of telling right before the day it was told on: "said on", "told reporters on", "told the Security Council
 * last week" (not a time after "that": "said on Friday that August was …").
 */
const TOLD_ON =
  /\b(?:said|says|told|reported|announced|added|spoke|briefed|published|released|issued)(?:\s+\w+){0,3}(?<!\bthat)\s+(?:on\s+)?$/;
/** A list's item before its time: "138 civilian deaths in" (then "February, 104 in April"). */
const ITEM_BEFORE_TIME = /\d\s+(?:[a-z-]+\s+){0,3}(?:in|on|during)\s+$/;
/** A count put out, then the day it was: "published a far higher toll on". */
const PUT_OUT_ON =
  /\b(?:published|released|issued|put out)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}(?:toll|count|tally|total|figures?|estimate|report|update)\s+(?:on|in)\s+$/;
/** A verb of telling, then a time set off by commas: "put, in mid-October,". */
const TOLD_THEN_ASIDE =
  /\b(?:put|puts|gave|gives|said|says|estimated|estimates|reported|reports|counted|counts),\s*(?:in|on|at|by)?\s*(?:the )?$/;
/** Spans that run back from the day a count is told: "in the previous ten days", "in two years of war". */
const RUNS_BACK: ReadonlySet<TimeKind> = new Set(["past", "war", "soft-war"]);

/** A span that is one calendar month: "last month". */
function isWholeMonth(e: TimeExpression): boolean {
  return (
    e.kind === "range" &&
    e.from !== null &&
    e.to !== null &&
    e.from.endsWith("-01") &&
    e.from.slice(0, 7) === e.to.slice(0, 7) &&
    e.to === iso(endOfMonth(parseIsoDay(e.from)))
  );
}

/** A span of a week or less: "said last week", "said at the weekend". */
function isShortRange(e: TimeExpression): boolean {
  return e.kind === "range" && e.from !== null && e.to !== null && daysBetween(e.from, e.to) <= 7;
}

/** The day a source spoke: the day named, or the middle of the days named ("last week": its Thursday). */
function dayOfTelling(e: TimeExpression): string {
  if (e.kind === "day" || !e.from || !e.to) return e.to ?? e.from!;
  return daysAfter(e.from, Math.floor(daysBetween(e.from, e.to) / 2));
}

const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseIsoDay(to), parseIsoDay(from));

/** What a count is told up to: "by", "as of", "up to", "through" (regular-expression source). */
const UP_TO_WORDS = "(?:by|as of|as at|up to|up until|until|till|through|(?:ran|runs|running|run) (?:up )?to)";
const UP_TO = new RegExp(String.raw`\b${UP_TO_WORDS}\s+$`);
// ("- United Nations, 25 July: over 400 civilian deaths confirmed since the escalation began": after a label)
const LINE_DAY_BEFORE = /^\s*(?:[-•*–]\s*)?(?:[^:;,]{1,60},\s*)?$/;
/** What ends a list line's label: a colon, or a dash set off by spaces ("8 February - Reuters reports …"). */
const LABEL_ENDS = /^(?::|\s+[-–—]\s)/;
/** Whether a time is a list line's label, before anything else on the line: "- 4 March: …", "8 February - …". */
export const labelsLine = (norm: string, e: TimeExpression): boolean =>
  LINE_DAY_BEFORE.test(norm.slice(0, e.start)) && LABEL_ENDS.test(norm.slice(e.end, e.end + 3));
/** What follows the day a list line's label gives in brackets: "(12 June): 1,300". */
const LABEL_DAY_AFTER = /^\)\s*:/;
/** What sets a count beside another to compare, right before it: "down from the", "up from", "compared with". */
export const COMPARED_WITH =
  /\b(?:(?:up|down|rising|falling|rose|fell|risen|fallen) from|compared (?:with|to)|(?:fewer|more|less|higher|lower) than(?=\s+the\b))(?:\s+(?:the|a|an))?(?:\s+[\w-]+)?\s*$/;
/** Days named relative to the day of telling: that day, and the one before. */
const TOLD_TODAY = /^(?:today|this morning|this afternoon|this evening|tonight|overnight)$/;
const TOLD_YESTERDAY = /^(?:yesterday|last night)$/;
/** A bulleted line, and how far into it its label may run before the colon. */
const LABEL_REACH = 100;
const TOLD_UP_TO = new RegExp(
  String.raw`\b(?:${UP_TO_WORDS}\s+(?:the\s+(?:end|close|last\s+day|last\s+night)\s+of\s+)?|(?:at|for)\s+the\s+(?:end|close)\s+of\s+|(?:toll|total|tally|count|ledger|figures?)\s+to\s+)$`,
);
/** What opens the first end of a span: "from the start of the revolution in March 2011 up to 17 May 2014". */
const FROM_BEFORE = /\bfrom\s+(?:[^\s\d,;.]+\s+){0,8}?(?:in\s+|on\s+)?$/;
/**
 * A time in a relative clause that closes before the number: "In Idlib province, whose capital rebels seized at the
 * end of March, at least 24 people were killed on Wednesday" (the capital's fall, not the count's time).
 */
function inRelativeClauseBefore(norm: string, e: TimeExpression, at: { start: number }): boolean {
  return (
    e.end <= at.start &&
    RELATIVE_OPENS.test(norm.slice(Math.max(0, e.start - 80), e.start)) &&
    // (not a clause giving the span the count covers: "its latest count, which ran to the fifth of February,")
    !SPAN_VERB.test(norm.slice(Math.max(0, e.start - 80), e.start).replace(/^.*,/s, "")) &&
    /^[^,;.]*,/.test(norm.slice(e.end, at.start))
  );
}
const RELATIVE_OPENS = /,\s*(?:whose|which|where)\b[^,;.]*$/;
const SPAN_VERB =
  /\b(?:ran|runs|run|running|covered|covers|covering|ended|ends|spanned|spans|lasted|closed|began|begun|started)\b/;
// ("since 15 March, the fourth anniversary of the revolution, when our count stood at 215,518": past what the day was)
const WHEN_BETWEEN = /^,\s*(?:(?:the|a|an) [^,;.]{1,60},\s*)?when\b/;

/** A country's count from the war's first weeks ("in the past 12 months", "from March 2011") is from its start. */
function fromWarStart<T extends string | null>(from: T, national: boolean): T | typeof WAR_START {
  return national && from !== null && from <= WAR_FIRST_WEEKS_END ? WAR_START : from;
}
const WAR_FIRST_WEEKS_END = daysAfter(WAR_START, 60);

/** What may come before a month that opens a sentence: "In August", "During March". */
const MONTH_OPENS = /^\s*(?:(?:in|during|throughout)\s+)?$/;

// (or a semicolon: "… up to 50,000 had fled; two days later it put the number at …")
const NEXT_CLAUSE_OPENS = /,\s+and\s+(?:then\s+)?(?:(?:on|in|by|as of|as at)\s+(?:the\s+)?)?$|;\s*$/;

/**
 * A time a count stood "as of", in brackets after another number than the one at `at`: "Turkey 101,834 in its
 * camps (as of 17 October) and Iraq 42,661" dates Turkey's count, not Iraq's.
 */
function bracketedForAnother(a: SentenceAnalysis, e: TimeExpression, at: { start: number; end: number }): boolean {
  const open = a.norm.lastIndexOf("(", e.start);
  if (open < 0 || a.norm.lastIndexOf(")", e.start) > open) return false;
  const close = a.norm.indexOf(")", e.end);
  if (close < 0 || (at.start > open && at.end <= close)) return false;
  // (a note of when that count stood, not who gave the line its numbers: "(UN High Commissioner …, briefing the
  // Security Council on 12 December)" dates the whole line)
  if (!/\bas (?:of|at)\b/.test(a.norm.slice(open, close))) return false;
  // the number the brackets follow
  const owner = a.mentions.map((m) => mentionSpan(a, m)).findLast((m) => m.end <= open);
  return owner !== undefined && owner.start !== at.start;
}

export function resolvePeriod(
  a: SentenceAnalysis,
  expressions: readonly TimeExpression[],
  at: { start: number; end: number },
  clause: { start: number; end: number },
  ctx: PeriodContext,
): Period {
  const pub = ctx.published;
  const spoken = expressions.find((e) => e.attribution && (e.kind === "day" || isShortRange(e)));
  // ("Its last figure, published in July, was 100,000": told some day that month, by its end at the latest)
  // ("according to a U.N. count released last month": so is a month named relative to now)
  const spokenInMonth = spoken
    ? undefined
    : expressions.find((e) => e.attribution && (e.kind === "month" || isWholeMonth(e)));
  const asOf = spoken ? dayOfTelling(spoken) : spokenInMonth?.to && spokenInMonth.to < pub ? spokenInMonth.to : pub;
  // "reported on May 4 that 62 people had died overnight": a day named relative to now, in words told on
  // an earlier day, is relative to that day
  const toldDay = (e: TimeExpression): TimeExpression => {
    const words = a.norm.slice(e.start, e.end);
    if (TOLD_TODAY.test(words)) return { ...e, from: asOf, to: asOf };
    if (TOLD_YESTERDAY.test(words)) return { ...e, from: daysBefore(asOf, 1), to: daysBefore(asOf, 1) };
    return e;
  };
  // "… in northern Hama, where an offensive launched last month has stalled": that date is the
  // relative clause's, not the figure's; "since August 2013, when sarin killed hundreds": the
  // figure belongs to that date itself, not to the span since it
  const told = expressions
    .map((e) => (asOf < pub ? toldDay(e) : e))
    .filter(
      (e) =>
        !e.attribution &&
        !(
          e.start >= at.end &&
          RELATIVE_AFTER.test(a.norm.slice(at.end, e.start)) &&
          // (but "according to the Observatory's latest count, which runs to May 30" is the span the count covers)
          !COUNT_RUNS_TO.test(a.norm.slice(at.end, e.start))
        ) &&
        !inRelativeClauseBefore(a.norm, e, at) &&
        !bracketedForAnother(a, e, at),
    );
  // ("3,912 in May, followed by 3,100 in June": a date right after the next number is that number's, unless
  // this one has no time of its own and is joined to it: "killed 13 civilians and wounded 20 on 2 November")
  const nextOnes = told.filter(
    (e) => ctx.nextNumber && e.start >= ctx.nextNumber.end && OWN_DATE.test(a.norm.slice(ctx.nextNumber.end, e.start)),
  );
  const between = ctx.nextNumber ? a.norm.slice(at.end, ctx.nextNumber.start) : "";
  const joined = /\band\b/.test(between) && !/\b(?:from|than|compared|against|versus)\b/.test(between);
  let events = (nextOnes.length < told.length || !joined ? told.filter((e) => !nextOnes.includes(e)) : told)
    // "a monitoring group founded in 1997": when a body began says nothing of its count
    .filter(
      (e) =>
        !FOUNDED.test(a.norm.slice(Math.max(0, e.start - 30), e.start)) &&
        // ("The tent camp, first opened in 1991 for Iraqis escaping the Gulf war, held about 10,000 displaced people":
        // when a place opened, before the war, says nothing of its count)
        !(e.to !== null && e.to < WAR_START && OPENED_IN.test(a.norm.slice(Math.max(0, e.start - 30), e.start))) &&
        !TRUCE_MADE.test(a.norm.slice(Math.max(0, e.start - 40), e.start)) &&
        // ("killed overnight into March 12": the night is the day named after it)
        !(a.norm.slice(e.start, e.end) === "overnight" && NIGHT_INTO_A_DAY.test(a.norm.slice(e.end, e.end + 20))),
    )
    // "…, followed by June, when the committee counted 2,000": a date that leads into the next number is its own
    .filter(
      (e) =>
        !(
          ctx.nextNumber &&
          e.start >= at.end &&
          e.end <= ctx.nextNumber.start &&
          // (not a number far on: "killed on Saturday evening when rockets … hit …, the UN's two senior officials said")
          ctx.nextNumber.start - e.end <= LEADS_INTO_REACH &&
          LEADS_INTO_NUMBER.test(a.norm.slice(e.end, e.end + 12))
        ),
    )
    .filter((e) => !(e.kind === "soft-war" && RANKED_BEFORE.test(a.norm.slice(Math.max(0, e.start - 60), e.start))))
    .map((e) =>
      e.since && e.end <= at.start && WHEN_BETWEEN.test(a.norm.slice(e.end, at.start)) ? { ...e, since: false } : e,
    );
  // "On Feb. 27 the Observatory counted 49,050 who had left since December", "a briefing on 22 January put
  // the number who had fled since 15 December at": a running count ends on the day it was given
  // ("On Friday the UN rights chief said 103 had died in the previous ten days": so does a span back from it)
  // ("On 18 February, Bachelet said nearly 300 had been killed since the start of the year": so does a span that runs
  // to now)
  const toldOn = events.some(
    (e) =>
      (e.since || RUNS_BACK.has(e.kind) || (e.kind === "range" && e.to === pub)) &&
      e.start >= clause.start &&
      e.end <= clause.end,
  )
    ? // (the day nearest before the count: "On August 22 she put it at 2,200, and on September 12 she told …")
      // ("In late January last year, the Observatory said at least 86 had died in the previous months": or the
      // few days or the month it was told in)
      events.findLast(
        (e) =>
          (e.kind === "day" || e.kind === "month" || isShortRange(e) || isWholeMonth(e)) &&
          !e.since &&
          e.end <= at.start &&
          isDayOfTelling(a.norm, e),
      )
    : undefined;
  if (toldOn) events = events.filter((e) => e !== toldOn);
  // "On August 22 she put it at 2,200, and on September 12 she told the council that …": a date opening the
  // next coordinated clause is that clause's
  const ownClause = (e: TimeExpression): boolean =>
    !(e.start >= at.end && NEXT_CLAUSE_OPENS.test(a.norm.slice(at.end, e.start)));
  const inClause = events.filter((e) => e.start >= clause.start && e.end <= clause.end && ownClause(e));
  const outside = events.filter(ownClause);
  const pool = inClause.length > 0 ? inClause : outside.length > 0 ? outside : events;
  // ("4.6 million at the end of 2015 and 4.85 million at the end of 2016": a time that follows the number with
  // only "at the end of" between is right next to it)
  // ("rose to 206 on June 27 and to 223 by June 29": a time across an "and" before the number is the clause before's,
  // when the number has one of its own after it)
  const after = pool.some(
    (e) =>
      e.start >= at.end &&
      e.start - at.end <= OWN_TIME_AFTER_REACH &&
      !/\b(?:and|said|says|while|but)\b/.test(a.norm.slice(at.end, e.start)),
  );
  // ("138 civilian deaths in February, 104 in April": nor is the time that closes the item before, a comma away)
  // ("On 18 December the network said 123 had been killed on the Sunday and Monday": and the day it was told on, before
  // the count, is not its time when the count has one of its own right after it)
  // ("… during September 2016, down from the 4,475 deaths we recorded in August": a count set beside another to
  // compare with it is of the time told after it)
  const compared = after && COMPARED_WITH.test(a.norm.slice(Math.max(0, at.start - 30), at.start));
  // ("On Wednesday, Lowcock told the council that at least 100 civilians were killed by air and ground strikes in the
  // northwest between Feb. 1 and Feb. 16": the day a count was told on yields to a time of its own further on in
  // its clause)
  // (not past another number: "586,000 had moved in two months, roughly 200,000 since 2 February")
  const ownLater = pool.some(
    (e) =>
      e.start >= at.end &&
      e.start - at.end <= OWN_TIME_LATER_REACH &&
      !/\b(?:said|says|while|but)\b|,\s*and\b/.test(a.norm.slice(at.end, e.start)) &&
      !a.mentions.some((m) => {
        const other = mentionSpan(a, m);
        return other.start >= at.end && other.start < e.start;
      }),
  );
  const gap = (e: TimeExpression): number =>
    e.start >= at.end && AT_THE_END_OF.test(a.norm.slice(at.end, e.start))
      ? 0
      : distance(e, at) +
        (e.end <= at.start &&
        ((after &&
          (compared ||
            /\band\b/.test(a.norm.slice(e.end, at.start)) ||
            (/^\s*,\s*$/.test(a.norm.slice(e.end, at.start)) &&
              ITEM_BEFORE_TIME.test(a.norm.slice(Math.max(0, e.start - 50), e.start))))) ||
          ((after || ownLater) && e.kind === "day" && isDayOfTelling(a.norm, e)))
          ? 1000
          : 0);
  let chosen: TimeExpression | null = null;
  for (const e of pool) if (!chosen || gap(e) < gap(chosen)) chosen = e;
  // "- Civilians killed since mid-March, activists (12 June): more than 1,300": a list line's label that gives
  // its day in brackets counts from the "since" before it up to that day
  const labelDay = pool.find(
    (e) => e.kind === "day" && !e.since && LABEL_DAY_AFTER.test(a.norm.slice(e.end, e.end + 4)),
  );
  const labelSince = labelDay && pool.find((e) => (e.since || e.kind === "war") && e.end <= labelDay.start);
  if (labelSince) chosen = labelSince;
  // "By 30 December, … had killed 517 since 15 December": the day a running count is told up to
  const upTo = events.find(
    (e) =>
      e !== chosen &&
      e.kind === "day" &&
      !e.since &&
      (UP_TO.test(a.norm.slice(Math.max(0, e.start - 12), e.start)) ||
        // "- 4 March: close to 600 killed since 18 February": a line labelled with its day
        labelsLine(a.norm, e) ||
        e === labelDay),
  )?.to;
  const sinceEnd = upTo && chosen?.since && upTo > (chosen.from ?? pub) ? upTo : (toldOn?.to ?? asOf);
  // a running total of the war outranks a nearer date in the same sentence ("erupting in 2011 … so far")
  const war =
    pool.find((e) => e.kind === "war") ?? (ctx.national ? pool.find((e) => e.kind === "soft-war") : undefined);
  if (war && chosen && (chosen.kind === "year" || chosen.kind === "soft-war")) chosen = war;
  // "the war had claimed 494,438 lives between March 2011 and the end of May": a span the sentence gives
  // outranks the war's words, which give no end
  if (chosen?.kind === "soft-war") chosen = pool.find((e) => e.kind === "range" && e.to !== null) ?? chosen;

  // "Its overall count since March 2011 stood last month at more than 230,000": the time between a count's
  // verb of standing and "at" is when it stood so, up to then, from the start the sentence gives
  // (whatever "since" the words before it seemed to give it: "since March 2011 stood last month")
  const stoodThen = events.find(
    (e) =>
      e.to !== null &&
      e.kind !== "war" &&
      e.kind !== "soft-war" &&
      e.end <= at.start &&
      STOOD_BEFORE.test(a.norm.slice(Math.max(0, e.start - 16), e.start)) &&
      /^\s+at\b/.test(a.norm.slice(e.end, e.end + 4)),
  );
  if (stoodThen?.to) {
    const since = pool.find((e) => e !== stoodThen && (e.kind === "war" || e.since));
    const start = since ? (since.kind === "war" ? WAR_START : since.from) : ctx.national ? WAR_START : null;
    return { periodStart: start, periodEnd: stoodThen.to };
  }
  if (!chosen) return { periodStart: ctx.national ? WAR_START : null, periodEnd: asOf };
  // "from the start of the revolution in March 2011 up to 17 May 2014": a span opened by "from" runs to the
  // day it is told up to
  if (
    upTo &&
    !chosen.since &&
    (chosen.kind === "war" || FROM_BEFORE.test(a.norm.slice(Math.max(0, chosen.start - 90), chosen.start))) &&
    upTo > (chosen.from ?? pub)
  )
    return {
      periodStart: chosen.kind === "war" ? WAR_START : fromWarStart(chosen.from, ctx.national),
      periodEnd: upTo,
    };
  // "162,402 dead by the end of March", "by 30 December the toll stood at …": a count told up to a
  // time runs to it, from the war's start when it is the country's, from a start not given otherwise
  if (
    (chosen.kind === "day" || chosen.kind === "month") &&
    !chosen.since &&
    chosen.to !== null &&
    chosen.to < pub &&
    TOLD_UP_TO.test(a.norm.slice(Math.max(0, chosen.start - 24), chosen.start))
  )
    return { periodStart: ctx.national ? WAR_START : null, periodEnd: chosen.to };
  /** The country's standing toll or stock, as it was when told at `e` (a month, or days), not a count of that time. */
  const standingWhenTold = (e: TimeExpression): boolean =>
    ctx.national &&
    e.end <= at.start &&
    !BOUNDED_BY.test(a.norm.slice(Math.max(0, e.start - 30), e.start)) &&
    isDayOfTelling(a.norm, e) &&
    (ctx.displacement ? isStandingStock(a.norm, at, clause) : isStandingCount(a.norm, at, clause, e));
  switch (chosen.kind) {
    case "war":
      return { periodStart: WAR_START, periodEnd: toldOn?.to ?? asOf };
    case "soft-war":
      return { periodStart: ctx.national ? WAR_START : null, periodEnd: toldOn?.to ?? asOf };
    case "same-period":
      return ctx.previous ?? { periodStart: null, periodEnd: asOf };
    case "past": {
      // a span back from the day it was told on, not from the report's day
      // ("By Saturday more than 200,000 had fled in less than three days": or the day it is told up to)
      const end = upTo ?? toldOn?.to ?? asOf;
      const from = chosen.from && end !== pub ? daysAfter(chosen.from, daysBetween(pub, end)) : chosen.from;
      // "in the past 12 months" at the war's first anniversary is the war so far
      return { periodStart: fromWarStart(from ?? WAR_START, ctx.national), periodEnd: end };
    }
    case "day": {
      const day = chosen.from ?? pub;
      if (chosen.since) return { periodStart: day, periodEnd: sinceEnd };
      // "began their assault on 12 February; within two days, more than 2,700 had fled": the days from the one
      // named, up to the count
      // ("… on Friday, November 9, some 8,000 to 9,000 Syrians crossed into the Ceylanpinar area within three days":
      // or after the count)
      const within =
        chosen.end <= at.start
          ? (WITHIN_DAYS.exec(a.norm.slice(chosen.end, at.start)) ?? WITHIN_DAYS_AFTER.exec(a.norm.slice(at.end)))
          : null;
      if (within) {
        const n = amount(within[1]);
        const end = daysAfter(day, daysOf(n, within[2]!));
        return { periodStart: day, periodEnd: end < asOf ? end : asOf };
      }
      // "said on Friday that they had now identified 89 people killed in Tuesday's attack": the dead of a day's
      // event, told on a later day, counted as they stood then
      if (spoken && /['’]s$/.test(a.norm.slice(chosen.start, chosen.end)) && asOf > day)
        return { periodStart: day, periodEnd: asOf };
      // "On 13 August it put the total at 23,002", "on 25 July Ban said more than 100,000 had been killed":
      // the country's standing toll as it was told that day, counted from the war's start, not a day's dead
      if (
        ctx.national &&
        !AFTER_BEFORE.test(a.norm.slice(Math.max(0, chosen.start - 8), chosen.start)) &&
        (ctx.displacement ? isStandingStock(a.norm, at, clause) : isStandingCount(a.norm, at, clause, chosen))
      )
        return { periodStart: WAR_START, periodEnd: day };
      // ("On September third the UN refugee agency said the number of refugees had passed two million: 716,000 in
      // Lebanon, …": people counted where they are, on the day a source told of them, with no word of their moving
      // that day, are a stock whose start the text does not give)
      // ("As of Thursday, the agency's figures … stood as follows:" then "- Lebanon: 127,420": so are the people a list
      // line counts with no word of their moving)
      if (ctx.displacement && BULLET_LINE.test(a.norm) && !MOVED_THAT_DAY.test(a.norm) && !UPROOTING.test(a.norm))
        return { periodStart: ctx.national ? WAR_START : null, periodEnd: day };
      if (
        ctx.displacement &&
        chosen.end <= at.start &&
        isDayOfTelling(a.norm, chosen) &&
        !MOVED_THAT_DAY.test(a.norm.slice(clause.start, clause.end)) &&
        !WENT_THAT_DAY.test(a.norm.slice(clause.start, clause.end))
      )
        return { periodStart: ctx.national ? WAR_START : null, periodEnd: day };
      return { periodStart: durationStart(a, day) ?? day, periodEnd: day };
    }
    case "range":
      if (chosen.since) return { periodStart: chosen.from, periodEnd: sinceEnd };
      // ("In early July the UN refugee agency said the number … had passed four million", "Last month the Observatory
      // put the death toll at more than 320,000": as told in a month, below)
      if ((isWholeMonth(chosen) || isShortRange(chosen)) && chosen.to !== pub && standingWhenTold(chosen))
        return { periodStart: WAR_START, periodEnd: chosen.to ?? asOf };
      return { periodStart: chosen.from, periodEnd: chosen.to === pub ? (toldOn?.to ?? asOf) : (chosen.to ?? asOf) };
    case "month":
    case "year": {
      // ("- 2017: 33,400 dead", "- killed in June alone: 593": a year or month in the label of a list line is
      // the line's own, past the colon)
      const colon = a.norm.indexOf(":");
      const labelsLine =
        (LINE_DAY_BEFORE.test(a.norm.slice(0, chosen.start)) && /^\s*[:,]/.test(a.norm.slice(chosen.end))) ||
        (BULLET_LINE.test(a.norm) && colon >= chosen.end && colon < at.start && colon <= LABEL_REACH);
      // ("In August an attack killed an officer; two soldiers were wounded": a month the sentence opens on is
      // all its clauses')
      const opensSentence = MONTH_OPENS.test(a.norm.slice(0, chosen.start));
      const outside = !labelsLine && !opensSentence && !(chosen.start >= clause.start && chosen.end <= clause.end);
      const current = (chosen.to ?? "") >= pub;
      // "has documented 320 deaths during January 2020": the month bounds the count, however it is told
      // ("with roughly 5,000 of them in September alone": or "alone" after it)
      const bounded =
        BOUNDED_BY.test(a.norm.slice(Math.max(0, chosen.start - 30), chosen.start)) ||
        /^\s+alone\b/.test(a.norm.slice(chosen.end, chosen.end + 8));
      if (chosen.since) return { periodStart: chosen.from, periodEnd: sinceEnd };
      if ((ctx.ongoing && !bounded) || outside || current) return { periodStart: chosen.from, periodEnd: asOf };
      // ("Briefing the council on 27 July, she said … more than 30,000 in July": a month still running on the day a
      // count was told runs to that day)
      const toldAt = toldOn?.to ?? asOf;
      if (chosen.to !== null && chosen.from !== null && toldAt >= chosen.from && toldAt < chosen.to)
        return { periodStart: chosen.from, periodEnd: toldAt };
      // ("In May 2013, the United Nations said at least 80,000 people had been killed": the country's standing toll as
      // it was told that month, from the war's start, not the month's dead)
      if (chosen.kind === "month" && !bounded && standingWhenTold(chosen))
        return { periodStart: WAR_START, periodEnd: chosen.to ?? asOf };
      return { periodStart: chosen.from, periodEnd: chosen.to ?? asOf };
    }
  }
}
