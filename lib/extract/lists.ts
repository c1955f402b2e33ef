/**
 * Lists in report text. A header opens one: a line ending in a colon
 * ("August's dead, by category:"), a heading of a breakdown ("Breakdown by
 * perpetrator"), the sentence right before a bulleted list, or a count ending
 * in a colon. Its lines go on with it ("- Idlib: 148", "Russian forces: 211
 * killed", "Civilians — 40,146"), however far from the header, and a line or
 * two of comment between them does not end it. A heading line naming a body
 * ("Syrian Observatory for Human Rights"), or a header naming only one ("SNHR,
 * 5 June to 1 September:"), gives the lines under it.
 * `ListState` keeps that state as the reader goes, sentence by sentence; what
 * a header breaks down stays with the reader.
 */
import type { Metric } from "@/lib/schema";
import { publisherNamed } from "./attribution";
import { kindNamed } from "./metrics";
import type { Period } from "./periods";

/** A list a header opened: the source its header points to and the kind of count its lines go on with. */
export interface OpenList {
  source: string | null;
  metric: Metric;
  /** Who gave the count the list breaks down, when its header names no one: for lines that name no one either. */
  countedBy?: string | null;
  /** When the numbers in brackets on its lines were counted, as its header notes: "(early March figure in brackets)". */
  bracketed?: Period | null;
}

/** A label set off by a dash, then its number: "Civilians — 40,146". */
const DASH_LABEL = String.raw`[A-Z][^:—–\d.]{1,60}\s[—–]\s+\d`;

/** A bulleted line with a label: "- Russian forces: 567 (159 children)". */
const BULLETED = new RegExp(String.raw`^\s*(?:[-•*–]\s[^:]{2,100}:\s|${DASH_LABEL})`);

/** A line of its own with no number and no end: a heading. */
const HEADING_LINE = /^\s*[^\d.!?:;]{3,120}$/;

/** Brackets, left out of a heading before it is read for a body's name. */
const BRACKETED = /\([^)]*\)/g;

/** How many sentences of comment a list's lines may be interrupted by. */
const LIST_PAUSE = 3;

/** A list's line: bulleted, or a short label and a colon, then what it counts ("Russian forces: 211 killed"). */
const LIST_LINE = new RegExp(String.raw`^\s*(?:[-•*–]\s|[^:.]{2,140}:\s|${DASH_LABEL})`);

/**
 * A sentence whose long words before a colon give a count, as prose does: "Outside the country, the number of
 * registered Syrian refugees passed five million at the end of March: UNHCR … put the total at 5,008,473".
 */
const PROSE_LABEL = /^\s*[^-•*–:.](?=[^:.]{60,}:\s)[^:.]*\b(?:million|thousand|hundred|\d{1,3},\d{3})\b[^:.]*:\s/;

/** A list's item that opens with its number, hedged or not: "10 fighters …;", "more than 22 members …". */
const NUMBERED_ITEM = /^\s*(?:(?:more than|over|about|around|nearly|almost|some|at least|roughly|fewer than) )?\d/i;

/** Items of a place and its number, parted by semicolons, after a header: "Lebanon 154,387; Jordan 142,664; …". */
const PLACE_NUMBER_ITEMS = /^\s*\p{Lu}[\p{L}'’ -]{1,30} \d[\d,.]*(?: million)?;/u;

/** A line that opens a list: it ends with a colon and holds no number of its own. */
const LIST_HEADER = /^[^\d]{8,200}:\s*$/;

/** A sentence that ends with a colon: what follows it goes on with it. */
const ENDS_WITH_COLON = /:\s*$/;

/** A sentence that says a list follows, ending on a full stop: "The breakdown was as follows.". */
const AS_FOLLOWS = /\b(?:as follows|(?:is|are|was|were) (?:set out |given |listed )?below)\s*\.?\s*$/;

/** A heading of its own line that opens a breakdown without a colon: "Breakdown by perpetrator". */
const BREAKDOWN_HEADING =
  /^\s*(?:[A-Z][\w'’ -]{0,40} )?(?:[Bb]reakdown|by (?:perpetrator|party|province|governorate|group|category|month|host country))\b[^.:;!?\d]{0,60}$/;

/**
 * What a list's header may hold that is no count: dates ("Refugees by host country, as of 10
 * December:"), days of a month ("from 5 to 24 August"), years, and a number inside a compound ("from the
 * 27-page report").
 */
const HEADER_DATES =
  /\b\d+-(?=[a-z])|\b\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|to|and|until|through)\s*(?=\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|\b\d{1,2} (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )\d{1,2}\b|\b(?:19|20)\d\d\b|\b\d{1,3} (?=(?:hours|days|weeks|months|years)\b)/g;

/** What a sentence is to the lists around it. */
export interface ListLine {
  /** A list's line: bulleted, labelled with a colon, or set off by a dash. */
  listLine: boolean;
  /** A short line of its own with no number and no end. */
  headingLine: boolean;
}

export class ListState {
  private open: OpenList | null = null;
  // a list whose lines a comment interrupted, and the sentence that interrupted it
  private paused: { list: OpenList; at: number; period: Period | null } | null = null;
  // the body a heading line names, for the list lines under it
  private headedBy: string | null = null;
  // the time a header names, for the list lines under it
  private headedFor: Period | null = null;
  /** The time the last header that named one covered: "Selected causes of death in the same count:" goes on with it. */
  private lastHeadedFor: Period | null = null;
  // the times the header gives single lines, by label: "(Turkey: as of 29 August 2012)"
  private excepted: ReadonlyMap<string, Period> = new Map();

  /** The list the sentence being read goes on with, if any. */
  get current(): OpenList | null {
    return this.open;
  }

  /**
   * Reads sentence `si`. Any sentence but a list's line ends the list for now ("Government forces: 497
   * civilians, …. Twenty-four of them died under torture. Forces believed to be Russian: 294 civilians":
   * the next labelled line within LIST_PAUSE sentences takes it up again).
   */
  read(si: number, sentence: string): ListLine {
    // ("The dead documented by the Observatory are:" then "10 fighters of the Asayish, killed in clashes;
    // more than 22 members of regime forces;": an item that opens with its number goes on with the list)
    const listLine =
      (LIST_LINE.test(sentence) && !PROSE_LABEL.test(sentence)) ||
      (this.open !== null && (NUMBERED_ITEM.test(sentence) || PLACE_NUMBER_ITEMS.test(sentence)));
    const headingLine = sentence.length <= 122 && HEADING_LINE.test(sentence);
    if (!listLine) {
      // (a new header's time, if it names one, is the lines' own: "June:" after "Overall, to 31 October:")
      const header = ENDS_WITH_COLON.test(sentence);
      if (this.open) this.paused = { list: this.open, at: si, period: header ? null : this.headedFor };
      else if (this.paused && header) this.paused.period = null;
      this.open = null;
    } else if (!this.open && this.paused && si - this.paused.at <= LIST_PAUSE) {
      // (with the time its header covers)
      this.open = this.paused.list;
      this.headedFor ??= this.paused.period;
    }
    // "Syrian Observatory for Human Rights (Britain-based monitor)" on a line of its own, then "- 215
    // killed, 180 wounded": a heading naming a body gives the lines under it
    const heading = headingLine ? publisherNamed(sentence.replace(BRACKETED, " ")) : null;
    if (heading) this.headedBy = heading;
    else if (!listLine) this.headedBy = null;
    if (!listLine) {
      this.headedFor = null;
      if (!this.open && !this.paused) this.excepted = new Map();
    }
    return { listLine, headingLine };
  }

  /**
   * Whether a sentence, read as `line`, heads a list: it ends with a colon, is a breakdown's heading, or
   * comes right before a bulleted list ("The group's table is reproduced below. … the first number is the
   * civilians killed." then "- Russian forces: 567"); and it holds no count of its own.
   */
  heads(sentence: string, next: string | undefined, line: ListLine): boolean {
    // ("Context: civilians killed across Syria in August (SNHR)" then "- Total: 1,521": a line with no number
    // right before bulleted lines heads them, even after another list's lines)
    const opensBullets = (!this.open || !/\d/.test(sentence)) && BULLETED.test(next ?? "") && !BULLETED.test(sentence);
    // ("SOHR's breakdown for March 2019 was as follows." then "Civilians: 451, …": a colon in words)
    const asFollows = (sentence.includes("follows") || sentence.includes("below")) && AS_FOLLOWS.test(sentence);
    if (
      !ENDS_WITH_COLON.test(sentence) &&
      !asFollows &&
      !(line.headingLine && BREAKDOWN_HEADING.test(sentence)) &&
      !opensBullets
    )
      return false;
    // ("PEOPLE KILLED IN SYRIA, BY PROVINCE (SHRC; 1-30 November 2016)": who and when, in brackets, are no count,
    // when the words outside them name what the lines count)
    const unbracketed = sentence.replace(BRACKETED, " ");
    const header = opensBullets && kindNamed(unbracketed.toLowerCase()) ? unbracketed : sentence;
    return LIST_HEADER.test(
      header
        .replace(HEADER_DATES, "")
        .replace(BREAKDOWN_HEADING, "$&:")
        .replace(/[.\s]*$/, opensBullets || asFollows ? ":" : ""),
    );
  }

  /** A header that names no kind: the body it names and the time it covers, for the lines under it. */
  headed(body: string | null, period: Period | null): void {
    this.headedBy = body;
    this.dates(period);
  }

  /**
   * The time a header covers, for the lines under it ("A local aid agency, as of 21 June:"), and the times it
   * gives single lines, by their label in lower case ("(Turkey: as of 29 August 2012)").
   */
  dates(period: Period | null, excepted: ReadonlyMap<string, Period> = new Map()): void {
    this.headedFor = period;
    this.lastHeadedFor = period ?? this.lastHeadedFor;
    this.excepted = excepted;
  }

  /** The time the last header that named one covered. */
  lastHeaderPeriod(): Period | null {
    return this.lastHeadedFor;
  }

  /** The time the header above the list's lines covers, if it named one: the line's own, if it gave its label one. */
  headedPeriod(label?: string): Period | null {
    const own = label ? this.excepted.get(label.trim().toLowerCase()) : undefined;
    return own ?? this.headedFor;
  }

  /** Opens a list whose lines go on with `list`. */
  opens(list: OpenList): void {
    this.open = list;
  }

  /** "…about 39,000 killed in 2017, of whom it had documented 33,425 by name:": a count ending in a colon opens a list of it. */
  followsCount(sentence: string, metric: Metric): void {
    if (ENDS_WITH_COLON.test(sentence)) this.open = { source: null, metric };
  }

  /** Who gave the count the open list breaks down, when its header names no one. */
  countedBy(): string | null {
    return this.open?.countedBy ?? null;
  }

  /** Who gives a list line's figures: the body its header points to, or the heading above it. */
  source(line: ListLine): string | null {
    return this.open?.source ?? (line.listLine ? this.headedBy : null);
  }
}
