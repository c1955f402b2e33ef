/**
 * The times a report's sentences name, each read once, and the days and months a sentence looks back to:
 * "that day", "the end of that year", "during the month", a count as it stood "then", a heading's day.
 * extractFigures keeps one ReportTimes per report; the choice of a figure's period stays there and in
 * periods.ts, which reads one sentence's times.
 */
import { analyzeSentence, type SentenceAnalysis } from "./analysis";
import { MONTHS_LOWER } from "./lexicon";
import {
  daysAfter,
  daysBefore,
  findTimeExpressions,
  isDayOfTelling,
  iso,
  labelsLine,
  PART_OF_THAT_MONTH,
  parseIsoDay,
  partOfThatMonth,
  type Period,
  type TimeExpression,
} from "./periods";

/** How many sentences after a local toll of one day a toll told in the past may still be of that day. */
const EVENT_REACH = 4;
/** How many days before publication the report's last attack may be, to date a toll told without a time. */
const STORY_REACH = 10;
/** The words that tell of an attack (regular-expression source). */
export const ATTACK_WORDS =
  "attack|strike|raid|shell|bomb|massacre|assault|stormed|clashes|explosion|blast|fighting|opened fire";
/** A sentence telling of an attack or of people dying in one. */
const STORY_EVENT = new RegExp(String.raw`\b(?:${ATTACK_WORDS}|killed|died|gas)`, "i");
/** The longest sentence read as a heading that names only a time, and how many other words it may hold. */
const HEADING_LENGTH = 45;
const HEADING_WORDS = 3;
/** A sentence that says when something began names no time a count is of. */
const BEGINS = /\b(?:began|begun|started|opened|launched|since)\b/i;
/** Weekday names by their number in Date.getUTCDay. */
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** A day of the month named alone, by its ordinal: "on the twenty-eighth", "by the 4th". */
const ORDINAL_ALONE = /^(?:(?:on|by) )?(?:the )?(?:(?:[a-z]+-)?[a-z]+|\d{1,2})(?:st|nd|rd|th)$/;
const ORDINAL_ALONE_CUE = /\b(?:on|by) the (?:[a-z]+-)?[a-z0-9]+(?:st|nd|rd|th)\b/;
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS_LOWER})\\b`);
/** A weekday named bare, as a time reads it: "on Tuesday", "by Wednesday evening", "into Tuesday". */
const BARE_WEEKDAY =
  /^(?:(?:on|by|from|into|until|to)\s+)?(?:the\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day(?:\s+(?:morning|afternoon|evening|night))?$/;
/** A weekday with its date: "Monday, October 14", "Monday 29 June". */
const WEEKDAY_DATED = new RegExp(
  `\\b(?:sun|mon|tues|wednes|thurs|fri|satur)day,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_LOWER})|(?:${MONTHS_LOWER})\\.?\\s+\\d{1,2})\\b`,
);
/** "the day of the attack", "on the morning of the massacre": the day of an attack the report told of. */
const DAY_OF_THE_ATTACK =
  /\bthe (?:day|morning|night|evening|afternoon) of the (?:attack|massacre|assault|bombing|strike|raid|killings|explosion|blast|shelling)\b/;
/** A sentence telling of an attack, to date it. */
const TELLS_OF_ATTACK = new RegExp(String.raw`\b(?:${ATTACK_WORDS}|struck|hit)`);
const THAT_DAY_CUE = /\bthat (?:same )?(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/;
// (not "that" after a verb of telling, which opens what was told: "said on Saturday that Friday's raids killed 16";
// but "said that same Friday")
const THAT_WEEKDAY =
  /\bthat (?:same |(?<!\b(?:said|says|say|reported|reports|told|added|announced|stated|confirmed|warned|noted|claimed)(?: on \w+| \w+day)? that ))(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g;

export class ReportTimes {
  // each sentence's reading and the times it names, made once: a sentence is read for its own figures and
  // again when a later one looks back for a day
  private readonly analyses = new Map<number, SentenceAnalysis>();
  private readonly timesRead = new Map<number, readonly TimeExpression[]>();
  // the day of the last local toll of one day, and its sentence: the event later tolls may be of
  private lastEvent: { sentence: number; day: string } | null = null;

  constructor(
    private readonly sentences: readonly string[],
    private readonly paragraphs: readonly number[],
    private readonly published: string,
  ) {}

  analysisOf(i: number): SentenceAnalysis {
    let a = this.analyses.get(i);
    if (!a) this.analyses.set(i, (a = analyzeSentence(this.sentences[i] ?? "")));
    return a;
  }

  timesOf(i: number): readonly TimeExpression[] {
    let times = this.timesRead.get(i);
    if (!times) {
      // the sentence's own times, then those it names by what the report told before: "that Friday", "on the
      // twenty-eighth", "the last week of the month", "the day of the attack"
      let read = findTimeExpressions(this.analysisOf(i), this.published);
      read = this.thatWeekday(i, read);
      read = this.weekdayNearDate(i, read);
      read = this.inMonthBefore(i, read);
      read = this.ofThatMonth(i, read);
      read = this.dayOfTheAttack(i, read);
      this.timesRead.set(i, (times = read));
    }
    return times;
  }

  /** Sentence `si` told a local toll of one day, `day`: the event the next few tolls told in the past may be of. */
  eventToldAt(si: number, day: string): void {
    this.lastEvent = { sentence: si, day };
  }

  /** The last single day the two sentences before `si` name, for "that day", or the day of a recent event's toll. */
  dayNamedBefore(si: number): string | null {
    return this.dayNamedBeforeOf(si)?.from ?? null;
  }

  /**
   * Whether the day `dayNamedBefore` gives is one a count ran from ("… killed since the protest movement erupted
   * in mid-March. Amnesty says it has the names of 720 people killed"), not the day of an event.
   */
  dayNamedBeforeIsStart(si: number): boolean {
    return this.dayNamedBeforeOf(si)?.since === true;
  }

  private dayNamedBeforeOf(si: number): { from: string; since: boolean } | null {
    for (let i = si - 1; i >= Math.max(0, si - 2); i--) {
      const days = this.timesOf(i).filter((t) => t.kind === "day" && t.from !== null && t.from === t.to);
      // (the day told of, not a start: "On Dec. 12 the Observatory raised its toll … since Nov. 15 to 1,134"; of
      // starts alone, the first, the count's own, not one a superlative closes on: "Since … July 29, SOHR has
      // documented 28 deaths, the largest escalation since it returned to regime control three years ago")
      const day = days.findLast((t) => !t.since) ?? days[0];
      if (day?.from) return { from: day.from, since: day.since };
    }
    // ("…raids before dawn on Tuesday. The Observatory says at least 56 died. … One local network says as
    // many as 203 were killed": a toll of one day a few sentences back dates the event they count)
    const event = this.lastEvent;
    return event && si - event.sentence <= EVENT_REACH ? { from: event.day, since: false } : null;
  }

  /**
   * The closed span the sentence just before names, in the same paragraph, when it names no single day: what a
   * past toll with no time of its own is of ("508 barrel bombs fell on Aleppo between January 28 and February 14.
   * It said they killed more than 843 people").
   */
  spanNamedBefore(si: number): Period | null {
    if (si === 0 || this.paragraphs[si - 1] !== this.paragraphs[si]) return null;
    const times = this.timesOf(si - 1).filter((t) => !t.attribution);
    if (times.some((t) => t.kind === "day" && t.from === t.to)) return null;
    // (a span named by its days, not one named back from the report's day: "Diplomats met in Geneva last week")
    const { norm } = this.analysisOf(si - 1);
    const span = times.findLast(
      (t) =>
        t.kind === "range" &&
        !t.since &&
        t.from !== null &&
        t.to !== null &&
        t.to < this.published &&
        /\d/.test(norm.slice(t.start, t.end)),
    );
    return span ? { periodStart: span.from, periodEnd: span.to! } : null;
  }

  /** The year of the last time the three sentences before name, for "the end of that year". */
  yearNamedBefore(si: number): number | null {
    for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
      const time = this.timesOf(i).findLast((t) => !t.attribution && (t.to ?? t.from) !== null);
      const day = time?.to ?? time?.from;
      if (day) return Number(day.slice(0, 4));
    }
    return null;
  }

  /** The last whole month the three sentences before name ("toll for June 2015"), as a period. */
  monthNamedBefore(si: number): Period | null {
    for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
      const month = this.timesOf(i).findLast((t) => t.kind === "month" && !t.attribution && t.from !== null);
      if (month) return { periodStart: month.from, periodEnd: month.to ?? this.published };
    }
    return null;
  }

  /**
   * The last day of the month of the last day or month the three sentences before name, not a day a count ran
   * from: what "by the end of that month" is ("… intensified in the middle of December. By the end of that month …").
   */
  thatMonthsEnd(si: number): string | null {
    for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
      const time = this.timesOf(i).findLast(
        (t) => (t.kind === "day" || t.kind === "month") && !t.since && t.from !== null,
      );
      if (!time?.from) continue;
      const day = parseIsoDay(time.from);
      return iso(new Date(day.getFullYear(), day.getMonth() + 1, 0));
    }
    return null;
  }

  /** The end of the last closed time the three sentences before name, for a count told as it stood "then". */
  timeNamedBefore(si: number): string | null {
    for (let i = si - 1; i >= Math.max(0, si - 3); i--) {
      const time = this.timesOf(i).findLast(
        (t) =>
          (t.kind === "day" || t.kind === "month" || t.kind === "range") &&
          // (not where a count ran from: "When UNHCR announced on 6 March that …, 400,000 had fled since 1 January")
          !t.since &&
          t.to !== null &&
          t.to < this.published,
      );
      if (time?.to) return time.to;
    }
    return null;
  }

  /**
   * The time a sentence that names nothing else gives ("- 11 June.", "Update of 5 March.", "Tuesday was
   * worse."): the time of the rest of its paragraph. Not a beginning ("It began last Friday.").
   */
  timeHeading(si: number): TimeExpression | null {
    const sentence = this.sentences[si] ?? "";
    if (sentence.length > HEADING_LENGTH || BEGINS.test(sentence)) return null;
    const times = this.timesOf(si);
    const time = times[0];
    if (times.length !== 1 || !time || time.since || time.to === null || time.to > this.published) return null;
    if (time.kind !== "day" && time.kind !== "month") return null;
    const { norm } = this.analysisOf(si);
    const rest = norm.slice(0, time.start) + norm.slice(time.end);
    return /\d/.test(rest) || rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > HEADING_WORDS ? null : time;
  }

  /**
   * The day a sentence opens on as its line's label ("8 February - Reuters reports …"): the day of the
   * sentences after it in its paragraph that name no time of their own.
   */
  dayLabel(si: number): TimeExpression | null {
    const time = this.timesOf(si)[0];
    if (!time || time.kind !== "day" || time.since || time.to === null || time.to > this.published) return null;
    return labelsLine(this.analysisOf(si).norm, time) ? time : null;
  }

  /** The day the sentence before, in the same paragraph, was told on ("On 1 March a spokesman told reporters …"). */
  dayToldBefore(si: number): string | null {
    if (si === 0 || this.paragraphs[si - 1] !== this.paragraphs[si]) return null;
    const { norm } = this.analysisOf(si - 1);
    const told = this.timesOf(si - 1).find(
      (t) =>
        t.kind === "day" &&
        t.from !== null &&
        t.from === t.to &&
        t.from < this.published &&
        (t.attribution || isDayOfTelling(norm, t)),
    );
    return told?.from ?? null;
  }

  /**
   * The last day, further back, that a sentence told of an attack on ("Air raids killed 56 north of Manbij
   * on Tuesday. … One local network says 203 civilians were killed"): what an event's toll told in the
   * past with no time at all is of. A sentence about a span ("… during February 2016, a month that ended
   * with the truce on 27 February") names no event's day; nor does one more than STORY_REACH days old.
   */
  storyDay(si: number): string | null {
    const oldest = daysBefore(this.published, STORY_REACH);
    for (let i = si - 3; i >= 0; i--) {
      if (!STORY_EVENT.test(this.sentences[i] ?? "")) continue;
      const own = this.timesOf(i).filter((t) => !t.attribution);
      if (own.some((t) => t.kind !== "day")) continue;
      const day = own.findLast((t) => t.from !== null && t.from === t.to && !t.since)?.from;
      if (day && day < this.published && day >= oldest) return day;
    }
    return null;
  }

  // "What happened in al-Matuna on July 25 … By mid-morning that Wednesday the Observatory had recorded 56 dead":
  // "that" weekday is the last day of that name the story told of before, not the last one before publication
  /**
   * "Fighting flared at the end of July. On the twenty-eighth, heavy shelling … killed at least eight civilians": a
   * day of the month named alone, in a sentence naming no month, is of the month the sentence before named (it was
   * read as of the report's month).
   */
  private inMonthBefore(i: number, times: TimeExpression[]): TimeExpression[] {
    if (i === 0) return times;
    const { norm } = this.analysisOf(i);
    if (!ORDINAL_ALONE_CUE.test(norm) || MONTH_NAMED.test(norm)) return times;
    // (not where a span up to now began: "killed 370 since they began on the thirtieth of September")
    const month = this.timesOf(i - 1).findLast(
      (e) => !e.attribution && !e.since && e.to !== null && e.kind !== "war",
    )?.to;
    if (!month) return times;
    return times.map((e) => {
      if (e.kind !== "day" || e.from === null || !ORDINAL_ALONE.test(norm.slice(e.start, e.end))) return e;
      const day = `${month.slice(0, 8)}${e.from.slice(8)}`;
      return day <= this.published && parseIsoDay(day).getUTCDate() === Number(e.from.slice(8))
        ? { ...e, from: day, to: day }
        : e;
    });
  }

  /**
   * "The Observatory documented 5,440 deaths in August. The last week of the month alone accounted for 1,248": a part
   * of a month the sentence does not name is of the month named before it, in the sentence or the two before.
   */
  private ofThatMonth(i: number, times: TimeExpression[]): TimeExpression[] {
    const m = PART_OF_THAT_MONTH.exec(this.analysisOf(i).norm);
    if (!m) return times;
    const named = (e: TimeExpression) => !e.attribution && !e.since && e.kind !== "war" && e.to !== null;
    let day = times.findLast((e) => named(e) && e.end <= m.index)?.to;
    for (let j = i - 1; !day && j >= Math.max(0, i - 2); j--) day = this.timesOf(j).findLast(named)?.to;
    const own = day ? partOfThatMonth(m, day, this.published) : null;
    return own ? inPlaceOf(times, own) : times;
  }

  /**
   * "Rockets struck rebel-held suburbs east of Damascus before dawn on 21 August. … On the day of the attack, George
   * Sabra put the death toll at 1,300": the day or morning of the attack is the day the first sentence to tell of
   * one named, when the sentence names no day of its own.
   */
  private dayOfTheAttack(i: number, times: TimeExpression[]): TimeExpression[] {
    const m = DAY_OF_THE_ATTACK.exec(this.analysisOf(i).norm);
    if (!m || times.some((e) => e.kind === "day" && !e.attribution)) return times;
    let day: string | null | undefined;
    for (let j = 0; j < i && !day; j++) {
      if (!TELLS_OF_ATTACK.test(this.analysisOf(j).norm)) continue;
      day = this.timesOf(j).find((e) => e.kind === "day" && !e.since && !e.attribution && e.from === e.to)?.from;
    }
    if (!day || day > this.published) return times;
    const end = m.index + m[0].length;
    return inPlaceOf(times, { kind: "day", start: m.index, end, from: day, to: day, since: false, attribution: false });
  }

  /**
   * "On Monday, October 14, UNHCR counted 184 people crossing; overnight into Tuesday another 277 came over": a
   * weekday named bare in a sentence that names another weekday by its date is of that date's week: the first of its
   * name after it, or, named before it, the last before it ("By Saturday the count had reached 206; by Monday 29 June
   * it stood at 223").
   */
  private weekdayNearDate(i: number, times: TimeExpression[]): TimeExpression[] {
    const { norm } = this.analysisOf(i);
    if (!WEEKDAY_DATED.test(norm)) return times;
    const anchor = times.find(
      (e) =>
        e.kind === "day" &&
        !e.since &&
        e.from !== null &&
        e.from === e.to &&
        WEEKDAY_DATED.test(norm.slice(e.start, e.end)),
    );
    if (!anchor) return times;
    const from = anchor.from!;
    const anchorDay = parseIsoDay(from).getDay();
    return times.map((e) => {
      // (not the day a source told it on: "said on Friday that … the town, which fell on Monday, July 22")
      const bare = e !== anchor && e.kind === "day" && !e.since && BARE_WEEKDAY.exec(norm.slice(e.start, e.end));
      if (!bare || isDayOfTelling(norm, e)) return e;
      const weekday = WEEKDAYS.indexOf(`${bare[1]}day`);
      const day =
        e.start > anchor.start
          ? daysAfter(from, (weekday - anchorDay + 7) % 7 || 7)
          : daysBefore(from, (anchorDay - weekday + 7) % 7 || 7);
      return day <= this.published ? { ...e, from: day, to: day } : e;
    });
  }

  private thatWeekday(i: number, times: TimeExpression[]): TimeExpression[] {
    const { norm } = this.analysisOf(i);
    if (!THAT_DAY_CUE.test(norm)) return times;
    let out = times;
    for (const m of norm.matchAll(THAT_WEEKDAY)) {
      const weekday = WEEKDAYS.indexOf(m[1]!);
      let day: string | null | undefined;
      for (let j = i - 1; j >= 0 && !day; j--)
        day = this.timesOf(j).findLast(
          (e) => e.kind === "day" && e.from !== null && e.from === e.to && parseIsoDay(e.from).getUTCDay() === weekday,
        )?.from;
      if (!day || day > this.published) continue;
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      // ("… arrivals since that Friday": from that day on)
      const since = /\bsince\s+(?:that\s+)?$/.test(norm.slice(0, start));
      const own: TimeExpression = { kind: "day", start, end, from: day, to: day, since, attribution: false };
      out = inPlaceOf(out, own);
    }
    return out;
  }
}

/** A sentence's times with `own` in place of any it overlaps, in the order they are named. */
function inPlaceOf(times: readonly TimeExpression[], own: TimeExpression): TimeExpression[] {
  return [...times.filter((e) => e.end <= own.start || e.start >= own.end), own].sort((x, y) => x.start - y.start);
}
