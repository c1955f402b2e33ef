/**
 * extractFigures: reads the figures (FIGURES.md) out of a report's text. Pure:
 * the same text and publication day always give the same figures.
 */
import { isoDateSchema, WAR_START, type ExtractedFigure, type Metric } from "@/lib/schema";
import { ONE_DAY_KILLED_BOUND, ONE_MONTH_KILLED_BOUND } from "@/lib/vocabulary";
import { analyzeForSources, analyzeSentence, clauseSpan, mentionSpan, type SentenceAnalysis } from "./analysis";
import {
  ANOTHER_VOICE,
  attributeFigure,
  findAttributions,
  keepsCounts,
  onlyBodyNamed,
  SPEECH_IN,
  type AttributionCandidate,
} from "./attribution";
import {
  findHeadNoun,
  isBeforeTheWar,
  isNotACount,
  isPlacesPopulation,
  isPopulationOrAid,
  isProjection,
  isRate,
} from "./distractors";
import {
  ALREADY,
  BULLET_LINE,
  ESTIMATES_RANGE,
  CITES_A_FIGURE,
  COUNT_ADJECTIVE,
  COUNT_NOUN,
  COUNT_STOOD_AT,
  GIVES_A_COUNT,
  HOST_HOLDS,
  LEADS_THE_LIST,
  MONTH_WORD,
  MONTHS_LOWER,
  NAMES_UNHCR,
  NOT_YET_LET_IN,
  PUSHED_IT_TO,
  RAISED_IT_TO,
  RAISED_THE_COUNT_TO,
  TOTAL_LABEL,
  PUT_THE_COUNT,
  REGISTER_NOUN,
  REGISTERED,
  RUNS_OVER,
} from "./lexicon";
import { ExtractError } from "./errors";
import { findGroup } from "./groups";
import { readHedge } from "./hedges";
import {
  CASUALTY,
  FOREIGN_PLACES,
  kindNamed,
  linkMetrics,
  OPENS_BREAKDOWN,
  type LinkInput,
  type MetricLink,
  UPROOTED,
  family,
  type Family,
} from "./metrics";
import {
  COMPARED_WITH,
  countsADay,
  dayCountedAt,
  daysAfter,
  daysBefore,
  daysCountedFrom,
  daysFollowing,
  findTimeExpressions,
  operationStart,
  resolvePeriod,
  timesFromOperation,
  type Period,
  type TimeExpression,
} from "./periods";
import {
  findPlaces,
  hasLocalPlace,
  INSIDE_COUNTRY,
  mainPlace,
  NATIONAL_CUES,
  pickPlace,
  type PlaceMention,
} from "./places";
import { ATTACK_WORDS, ReportTimes } from "./report-times";
import { ANAPHORIC_SOURCE, ReportVoices } from "./report-voices";
import { ListState } from "./lists";
import { splitParagraphs } from "./sentences";
import { PendingSources } from "./settle-sources";
import { isRuleRow, isTableRow, readHeader, rowFigures, type TableColumn } from "./tables";
import { joinTokens } from "./tokens";

export interface ExtractOptions {
  /** Publication day, YYYY-MM-DD: the reference for weekdays and relative dates. */
  published: string;
}

// Sentences without any of these stems hold no figure; skipping them early keeps throughput high.
const MAYBE_FIGURE = new RegExp(
  String.raw`kill|dead|death|died|\bdie\b|wound|injur|hurt|fled|flee|displac|refugee|uproot|expel|expuls|casualt|toll|lives|evacuat|slain|massacr|execut|assassinat|bodies|corpses|\bremains of\b|perish|drown|\babroad\b|\bidps?\b|cross|escap|murder|martyr|fatalit|victim|refuge|maim|shot|\b(?:cut|gunned|mowed) down\b|slaughter|\bto death\b|suffocat|\bsymptoms of\b|\bsigns of exposure\b|\bfor (?:breath|air)\b|\blos(?:[te]|ses\b)|\blosing|poured|streamed|flooded|surged|\b(?:walked|trekked|waded) (?:into|across|over)\b|on the move|in flight|\b(?:moved|headed) (?:north|south|east|west)|\bable to (?:leave|flee|escape|get out)\b|\bcamp(?:s|ed|ing)?\b|\bal-hol\b|za'?atari|za'?atri|rukban|stranded|massed|huddled|\bma(?:de|ke|kes) it out\b|\b(?:reached|arrived in|gone to|entered|registered)\b|\barrivals?\b|treated for|\bleft (?:for|the|their|his|her|homes)\b|\babandon|behead|\bforc(?:ed|ing) (?:from|out|to)|\bdr(?:iven|ove|iving) (?:from|out)|\b(?:from|leave|leaving) (?:their|his|her) homes\b|^\s*the (?:rest|remainder|others|remaining)\b|\bhosts\b|\bhost countr|\b(?:taken|took) in\b|\b(?:live|living|reside|residing|hosted|sheltering) (?:in|by) (?:neighbou?ring )?(?:turkey|lebanon|jordan|iraq|egypt|europe|germany|the country|the kingdom)|\bsyrians\b[^.]{0,80}\b(?:in|into|inside|across) (?:turkey|lebanon|jordan|iraq|egypt|europe|germany)\b|` +
    String.raw`\bon (?:(?:the )?(?:unhcr|agency|un)(?:'s|’s)|its|their|the) ${REGISTER_NOUN}\b|\b(?:largest|highest|biggest) numbers?\b`,
  "i",
);
/** In a passage about refugees, a host country's share: "Jordan has 125,670", "Lebanon … tops the table with". */
/** The neighbouring countries that host most of Syria's refugees, as a regular-expression group. */
const HOST_COUNTRIES = "(?:Turkey|Lebanon|Jordan|Iraq|Egypt)";
const HOST_COUNTRY_HOLDS = new RegExp(
  String.raw`\b${HOST_COUNTRIES}\b[^.;]{0,40}?\b(?:${HOST_HOLDS}|${LEADS_THE_LIST})\b` +
    // ("… showed more than 684,000 in Lebanon, 516,000 in Jordan")
    String.raw`|\d in ${HOST_COUNTRIES}\b`,
);
/** A neighbouring country hosting people: it hosts refugees, whatever the count before was of. */
const HOST_COUNTRY_HOSTS = new RegExp(
  String.raw`\b${HOST_COUNTRIES}\b(?: alone| itself| now)?,? (?:hosts|is hosting|has hosted|shelters|is sheltering)\b`,
);
/** "4,700 people left Muadamiya": leaving a named place (grammar.ts reads who left). */
const LEFT_A_PLACE = /\bleft [A-Z]/;
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)/i;
/** A count told again: "it stood at", "the figure was", "had reached". */
const TOLD_AGAIN = new RegExp(
  String.raw`\b(?:(?:it|they)(?: (?:then|now|later|had|has|have))? (?:stood at|stands at|reached|rose to|climbed to|passed|was|is|been)|${COUNT_STOOD_AT}) [^.;]{0,20}?(?:\d|hundred|thousand|million)` +
    String.raw`|\bregistrations (?:had |have |has )?(?:climbed|risen|rose|grown|grew|jumped) to\b` +
    String.raw`|\b(?:${PUT_THE_COUNT}|${PUSHED_IT_TO}|${RAISED_THE_COUNT_TO}|${CITES_A_FIGURE})[ ,][^.;]{0,12}?(?:\d|hundred|thousand|million)` +
    String.raw`|\b${GIVES_A_COUNT} (?:[a-z]+ ){0,2}?(?:\d[\d,]*|[a-z-]+ (?:hundred|thousand|million))\s*(?:[.;,]|including\b|$)` +
    String.raw`|^\s*${TOTAL_LABEL}\s*(?:[a-z]+ ){0,2}?\d` +
    // ("Other estimates quoted by the paper ranged between 200 and 500")
    String.raw`|${ESTIMATES_RANGE} \d`,
  "i",
);
const MAYBE_BREAKDOWN =
  /:\s|\b(?:tally|counted|listed|comprised|recorded|received|numbered)\b|\b(?:broke|breaks|broken|split|splits|divided|divides)\b|^\s*(?:[-•*–]\s|[A-Z][\w'’ -]{1,40}(?::|\.{2,}|…+)\s*\d)|^\s*(?:of|among|within|that|this|its|the (?:rest|remainder|others|total|toll|list)|most|many|another)\b|followed|next\b|ahead of|\b(?:figure|tally|count|total|estimate|number) (?:of|at)\b|\b(?:figure|tally|count|total|number|it) (?:then |now |had |has )?(?:stood|stands|climbed|risen|rose|reached|passed|topped|jumped|grown|grew|increased)\b|\b(?:raised|revised|lowered|updated) (?:its|their|the) (?:figure|toll|count|tally|estimate)\b|\bof (?:them|those|these|(?:that|this) (?:number|figure|toll|tally|count|total))\b|\b(?:comprises?|comprised|includes?|included|consists? of|accounted for|accounts for|made up|makes up|responsible for)\b|behind|\bhosts?\b|\bshelters\b|\bwere\b|\bthen\b|\b(?:put|puts|placed|places)\b/i;
const COMBATANT_HEADS = new Set([
  "fighters",
  "fighter",
  "soldiers",
  "soldier",
  "troops",
  "rebels",
  "rebel",
  "militants",
  "insurgents",
  "gunmen",
  "jihadists",
  "personnel",
  "militiamen",
  "combatants",
  "policemen",
  "defectors",
]);
const LEAVING_HOMES =
  /\b(?:displaced|displacement|fled|flee|fleeing|uprooted|exodus|evacuat\w*|influx|escap\w*|crossed|crossing|new arrivals|poured|streamed|camps?|came ashore|landed|(?:left|from) (?:their|his|her) homes)\b/i;
/**
 * "… wading across the river into northern Lebanon", "walked over the hills into Hatay": a passage about people
 * arriving in another country or a border province there (not about those still hoping to be "allowed into
 * Jordan").
 */
const INTO_ANOTHER_COUNTRY = new RegExp(
  String.raw`${NOT_YET_LET_IN}\b(?:into|across the border to|crossed to|fled to|reached|entered|arrived in|arrived at) (?:northern |southern |eastern |western |neighbou?ring )?(?:${FOREIGN_PLACES}|the kurdistan region|the kurdish region of (?:northern )?iraq)\b`,
  "i",
);
const GOING_BACK =
  /\b(?:return(?:s|ed|ing|ees)?|(?:gone|went|going|go|came|come|coming) (?:back|home)|repatriat\w*)\b/i;
/** Words of where people went, read as figures only after a passage about leaving home. */
const MOVED_WORDS =
  /\b(?:went|gone|going|made for|headed|heading|set off|set out|moved|moving|relocated|ended up|entered|left|out of|came|come|arrived|landed|(?:brought|bussed|taken|transferred|trucked) to)\b/;
const OF_THE_DISPLACED = /^\s*(?:of (?:the|those|these) (?:newly )?(?:displaced|uprooted)|of them|of whom)\b/;
/** A share opened before its number: "…, of whom some 30,000 went to northern Aleppo". */
const OF_WHOM_BEFORE =
  /\b(?:of (?:whom|them|those|these)|among them)(?: (?:some|about|around|roughly|nearly|almost|more than|over|an estimated|at least))?\s*$/;
// (not in what describes a time: "August remains the worst month we have recorded, with 5,440 people killed")
const ONGOING =
  /(?<!\bto |\b(?:month|year|week|day|period) (?:that |which )?(?:we|it|they) )\b(?:have|has)\b|\b(?:causing|forcing|prompting|sending|triggering|displacing)\b/;
const LONG_PAST = /\b(?:past|last) (?:\d+|twelve|eighteen|two|three|four|five|six) (?:months|years)\b/;

interface Accepted {
  figure: ExtractedFigure;
  mention: number;
}

/** Places of earlier sentences, for figures whose own sentence names none. */
class PlaceMemory {
  private readonly cache = new Map<number, readonly PlaceMention[]>();

  constructor(private readonly sentences: readonly string[]) {}

  places(index: number, analysis?: SentenceAnalysis): readonly PlaceMention[] {
    let found = this.cache.get(index);
    if (!found) {
      found = findPlaces(analysis ?? analyzeSentence(this.sentences[index] ?? ""));
      this.cache.set(index, found);
    }
    return found;
  }

  /**
   * The most specific place of the nearest earlier sentence that names one; with `abroad` false, none
   * when that place is another country (a toll after a sentence about refugees reaching Turkey is not
   * a toll in Turkey).
   */
  carried(index: number, abroad = true): string | null {
    for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
      const p = mainPlace(this.places(i));
      if (p) return abroad || p.kind !== "country" || p.name === "Syria" ? p.name : null;
    }
    return null;
  }
}

/** What stands between a part of a count and a time of its own: "5,000 of them in". */
const PART_IN_TIME =
  /^\s+(?:of (?:them|those|whom|these)\s+)?(?:were\s+|died\s+|killed\s+)?(?:in|on|during)\s+(?:the\s+)?$/;

/**
 * The count a sentence going on with the one before carries: the last it gave, unless that was a part of a larger
 * count with a time of its own inside the larger one's ("115,000 killed in the war, with roughly 5,000 of them in
 * September alone" then "Around 47,000 of the dead were soldiers": the dead of the war).
 */
function countCarried(before: readonly ExtractedFigure[]): ExtractedFigure | undefined {
  const last = before.at(-1);
  const whole =
    last &&
    before.findLast(
      (f) =>
        f.metric === last.metric &&
        f.value > last.value &&
        f.periodEnd >= last.periodEnd &&
        (f.periodStart ?? "") <= (last.periodStart ?? "") &&
        (f.periodStart !== last.periodStart || f.periodEnd !== last.periodEnd),
    );
  return whole ?? last;
}

function projectionSpan(link: MetricLink, hedgeStart: number, mentionEnd: number): [number, number] {
  if (link.via === "prefix") return [link.cueIndex - 3, mentionEnd];
  return [hedgeStart - 4, Math.max(link.cueIndex + 1, mentionEnd)];
}

export function extractFigures(text: string, { published }: ExtractOptions): ExtractedFigure[] {
  if (!isoDateSchema.safeParse(published).success) {
    throw new ExtractError("BAD_DATE", `published must be a calendar date as YYYY-MM-DD, got "${published}"`);
  }
  text = text.replace(CAPITAL_LINE, readAsHeading);
  const { sentences, paragraphs } = splitParagraphs(text);
  // the kind of count the report's headline, a short first line, is about ("Syria crackdown toll tops 5,000")
  // (one kind only: "… puts Syria's dead above 1,100 as Turkish camps pass 10,000 refugees" names two)
  const headline = text.trimStart().split("\n", 1)[0] ?? "";
  const firstLine = headline.toLowerCase();
  const headlineKind =
    firstLine.length <= HEADLINE_LENGTH && kindsIn(firstLine).length === 1 ? kindNamed(firstLine) : null;
  const memory = new PlaceMemory(sentences);
  const out: ExtractedFigure[] = [];
  let previous: Period | null = null;
  // the last figure whose own sentence dated it to a closed period, for figures that go on without a date
  // (or whose list's header did: that time dates nothing under a list of another kind, "Displaced inside Syria
  // (OCHA):" after "Refugees … by host country (UNHCR, as of May 16):")
  let dated: (Period & { family: Family; national: boolean; fromList?: Metric }) | null = null;
  // "The new count runs from 15 March 2011 through to 15 July", "This overview covers February 2020":
  // the period a report's counts cover, stated once without a number
  let coverage: (Period & { fromParagraph: number }) | null = null;
  // "The monitor now lists 494,438 people killed between mid-March 2011 … and the thirtieth of May": the day a
  // body's running count of the war, as it stands now, runs to, for what the report tells of that count after it
  let current: { periodEnd: string; source: string | null; fromParagraph: number } | null = null;
  // (each figure with no time of its own, and its paragraph)
  const undated = new Map<ExtractedFigure, number>();
  const readsCoverage = (sentence: string, si: number) => {
    // (the sentence's analysis and times, read once and only when a test below needs them)
    let analysis: SentenceAnalysis | undefined;
    let read: readonly TimeExpression[] | undefined;
    const analysisHere = () => (analysis ??= analyzeSentence(sentence));
    const timesHere = () => (read ??= findTimeExpressions(analysisHere(), published));
    // "Who died this year says a good deal": a sentence that sets another time ends the dated count's run
    // (not one that names only the dated count's own time: "we recorded no fewer than 43 massacres in September")
    if (TIME_CUE.test(sentence) && !LOOKS_BACK.test(sentence) && !(dated && namesOnly(timesHere(), dated)))
      dated = null;
    // "August was the bloodiest month of the uprising.": the month the next counts are of
    const topic = DEADLIEST_MONTH.exec(sentence);
    if (topic) {
      const month = timesHere().find((t) => t.kind === "month" && t.to !== null && t.to < published);
      if (month?.to) dated = { periodStart: month.from, periodEnd: month.to, family: "casualties", national: true };
    }
    // "The Observatory has completed its count for Monday 8 October 2012.": the day the next counts are of
    // ("SNHR published its own count for November on Thursday.": or the month just over, as a monthly report has it)
    if (COUNT_FOR_CUE.test(sentence)) {
      const { norm } = analysisHere();
      const counted = timesHere().find(
        (t) =>
          (t.kind === "day"
            ? t.to !== null && t.to <= published
            : t.kind === "month" &&
              t.to !== null &&
              t.to < published &&
              t.to >= daysBefore(published, MONTHLY_REPORT_LAG)) &&
          COUNT_FOR.test(norm.slice(Math.max(0, t.start - 40), t.start)),
      );
      if (counted) dated = { periodStart: counted.from, periodEnd: counted.to!, family: "casualties", national: true };
    }
    if (coverage || !COVERAGE.test(sentence.toLowerCase())) return;
    // ("the figures below run from January 1 until the morning of December 22", published on 22 December: up to
    // the publication day named as a day, from a start of its own)
    const ends = timesHere().filter(
      (t) =>
        !t.attribution &&
        t.to !== null &&
        (t.to < published || (t.to === published && t.kind === "day" && t.from === t.to)) &&
        t.kind !== "war" &&
        t.kind !== "soft-war",
    );
    const last = ends.at(-1);
    if (last?.to && (last.to < published || ends.length > 1))
      coverage = {
        periodStart: ends[0]?.from ?? null,
        periodEnd: last.to,
        // (another report's span dates only what is told from its paragraph on)
        fromParagraph: ANOTHER_REPORT.test(sentence) ? (paragraphs[si] ?? 0) : 0,
      };
  };
  // the kind of count a count told again is of: what the sentence before names, when it gives no number
  // ("The toll climbed as bodies were pulled from houses. By Saturday the count had reached 206"), or
  // the kind of the report's last count, a few sentences back
  const lastKind = (si: number): Metric | null => {
    const previous = sentences[si - 1] ?? "";
    const named =
      HAS_NUMBER.test(previous) && lastFigures?.sentence === si - 1 ? null : kindNamed(previous.toLowerCase());
    if (named) return named;
    if (!lastFigures || si - lastFigures.sentence > KIND_REACH) return null;
    // ("Syria crackdown toll tops 5,000" … "… tens of thousands more are internally displaced. The UN's tally
    // has climbed month after month. When she last briefed the council, the count stood at about 2,000": a
    // count told again past a sentence without figures is the one the report's headline is about)
    if (si - lastFigures.sentence > 1 && headlineKind) return headlineKind;
    // "… at least 56 dead and more than 30 wounded. By the afternoon it had counted 156": a toll given
    // with its wounded is told again as the dead
    return toldAgainAs(lastFigures.figures);
  };
  const reportTimes = new ReportTimes(sentences, paragraphs, published);
  // the attacks the report has dated to a day, by place, for the counts of their dead told on later days
  const attacks = new Map<string, string>();
  // "- 11 June. Turkish officials raised the total to 4,300.": the time the paragraph's heading gave
  let heading: { paragraph: number; time: TimeExpression } | null = null;
  // the figures of the last sentence that gave any, for sentences that go on with them
  let lastFigures: { sentence: number; figures: ExtractedFigure[] } | null = null;
  const voices = new ReportVoices(sentences);
  let firstFigureSentence = -1;
  const recentSince = daysBefore(published, 60);

  // the last sentence that spoke of people leaving their homes
  let movedAt = -10;
  // the last sentence that named people going into another country
  let abroadAt = -10;
  // the last count of people on the move, and its sentence
  let lastMoved: { sentence: number; metric: Metric } | null = null;
  // a table pasted as text: its columns, and the count given before it that its rows go on with
  let table: { columns: TableColumn[]; context: ExtractedFigure | undefined } | null = null;
  // what a list's header stands for ("…to the following parties:"), and the count it breaks down, whose
  // source may be named only later
  const brokenDown = new Map<ExtractedFigure, ExtractedFigure>();
  // the figures whose source the rest of the report settles
  const pending = new PendingSources({ text, sentences, paragraphs, named: voices.named, brokenDown });
  // a list opened by a header ("August's dead, by category:", "the network's table reads:") or by a count
  // ending in a colon, the source its header points to and the kind of count its lines go on with
  const lists = new ListState();
  // the sentence before si in its paragraph, up to three back, that names a kind of count and holds no number
  const paragraphNaming = (si: number): number | null => {
    for (let i = si - 1; i >= Math.max(0, si - 3) && paragraphs[i] === paragraphs[si]; i--)
      if (
        kindNamed(sentences[i]!.toLowerCase()) &&
        !/\d{3}|\d,\d/.test(sentences[i]!.replace(/\b(?:19|20)\d\d\b/g, ""))
      )
        return i;
    return null;
  };
  // "Snapshot one: 10 December 2012" then "Registered, by host country:": a title line just above a list's
  // header, with no figure of its own, gives the time the list is of
  const titlePeriod = (si: number): Period | null => {
    const title = sentences[si - 1];
    if (!title || !TITLE_LINE.test(title) || lastFigures?.sentence === si - 1) return null;
    return headerPeriod(title, published);
  };
  // The body a list's header gives its lines: the one it points back to ("Set out by the party it holds
  // responsible, the network's table reads:", "The network counts only victims it can name:"), the one it names
  // ("How the count has grown in OCHA's updates:"), or the one a line just above says the figures come from
  // ("Source: OCHA, situation reports.")
  const headerBody = (si: number, sentence: string): string | null => {
    // ("Areas held by the Syrian Democratic Forces (Al-Hasakah, …):": who holds a place the lines count in does not count)
    const read = analyzeForSources(sentence.replace(HELD_BY, ""));
    const pointer = ANAPHORIC_SOURCE.exec(read.norm);
    // (words that point back but name a body outright are its name: "Beyond the dead, the Observatory estimated
    // that:", "the Office of the UN High Commissioner for Human Rights (OHCHR) has verified the following:")
    const named =
      pointer &&
      (findAttributions(read).find((c) => c.start <= pointer.index && c.end > pointer.index)?.name ??
        (/^ of\b/.test(read.norm.slice(pointer.index + pointer[0].length)) ? onlyBodyNamed(read) : null));
    // (a body the header names in its brackets is its own, whatever its words point back to: "Documented killings
    // (UN human rights office, March 2011 to 30 April 2014)")
    if (pointer) return named ?? voices.pointedBody(si, pointer[0], voices.known) ?? bracketedBody(sentence);
    // ("The running toll, built from names our activists collected and from medical sources, is made up as
    // follows:": what a count was built from is not who counted)
    if (BUILT_FROM.test(sentence)) return null;
    const above = sentences[si - 1];
    return (
      onlyBodyNamed(read) ??
      (above !== undefined && paragraphs[si - 1] === paragraphs[si] && SOURCE_LINE.test(above)
        ? onlyBodyNamed(analyzeForSources(above))
        : null) ??
      // ("Refugees registered or awaiting registration, as of 16 May:": the register is the refugee agency's, in a
      // report that names it)
      (REGISTERED.test(sentence) && NAMES_UNHCR.test(text) ? "UNHCR" : null)
    );
  };
  let offensiveBegan: string | null = null;
  sentences.forEach((sentence, si) => {
    // ("A year ago Lebanon had 356,000 registered refugees." then, a paragraph on, "Aid workers believe half a
    // million more live there unregistered": a stock of refugees recalled from long before dates nothing past its
    // paragraph; a dated toll's breakdown, by place or group, often runs on into the next)
    if (
      dated &&
      dated.family !== "casualties" &&
      si > 0 &&
      paragraphs[si] !== paragraphs[si - 1] &&
      dated.periodEnd < daysBefore(published, RECALLED)
    )
      dated = null;
    if (isTableRow(sentence)) {
      if (isRuleRow(sentence)) return;
      const context = lastFigures && si - lastFigures.sentence <= 3 ? lastFigures.figures.at(-1) : undefined;
      if (!table) table = { columns: readHeader(sentence, context?.metric ?? null), context };
      else if (table.context) {
        const rows = rowFigures(sentence, table.columns, table.context);
        out.push(...rows);
        // the source of the count before the table may be named only later in the report
        for (const figure of rows) pending.goesOnWith(figure, table.context);
      }
      return;
    }
    table = null;
    // (a heading holds until its paragraph ends or a sentence under it names a time of its own)
    if (heading && (heading.paragraph !== paragraphs[si] || reportTimes.timesOf(si).some((t) => !t.attribution)))
      heading = null;
    const headsParagraph = reportTimes.timeHeading(si) ?? reportTimes.dayLabel(si);
    if (headsParagraph) heading = { paragraph: paragraphs[si]!, time: headsParagraph };
    // the first day of the offensive the report tells of, for "eight days into the operation" later on
    offensiveBegan = operationStart(sentence, () => reportTimes.timesOf(si)) ?? offensiveBegan;
    if (LEAVING_HOMES.test(sentence)) movedAt = si;
    if (INTO_ANOTHER_COUNTRY.test(sentence)) abroadAt = movedAt = si;
    // "The report breaks the month's dead down by province:" opens a list whose lines ("- Idlib: 148") go on
    // with the count before it, of the kind the line names if it names one
    const line = lists.read(si, sentence);
    const isHeader = lists.heads(sentence, sentences[si + 1], line);
    const headerKind = isHeader ? kindNamed(sentence.toLowerCase()) : null;
    if (isHeader && dated?.fromList && (headerKind ?? dated.fromList) !== dated.fromList) dated = null;
    // (a header of another kind than the counts just told opens a list of its own: "Displaced inside Syria
    // (OCHA):" right after a list of refugees does not break those refugees down)
    // (nor one under a sentence of its paragraph that names another kind: "The displacement caused by the war remains
    // on a scale no other crisis matches. Figures in use this year include:" after a list of the dead)
    // (the sentence before, in its paragraph, that names the kind a header does not: also what its lines count and
    // when, below)
    const naming = isHeader && headerKind === null ? paragraphNaming(si) : null;
    const namedAbove = naming !== null ? kindNamed(sentences[naming]!.toLowerCase()) : null;
    const breaksDown =
      lastFigures !== null &&
      si - lastFigures.sentence <= 4 &&
      (headerKind === null
        ? namedAbove === null || lastFigures.figures.some((f) => family(f.metric) === family(namedAbove))
        : lastFigures.figures.some((f) => f.metric === headerKind));
    if (isHeader && !breaksDown) {
      // "THE DEAD (Syrian Observatory, to 13 December)" then "- Civilians: 90,506": a header that names what
      // its lines count opens their list with no count before it
      // ("People killed since the protests began, as of 6 June 2012, by governorate. Sources: … Where the two
      // differ, the lower and the higher count are given." then "- Homs: 5,144 to 6,330": or the paragraph it
      // closes, when it names none itself)
      const named = headerKind ?? namedAbove;
      // (or the body whose figures the sentence just before pointed to: "For a longer view, the agency's
      // year-end totals were … This is how the refugees were spread …:")
      // (up to three sentences back, with no figure since: "The governor's office gave reporters its first full
      // breakdown … We set them out below as they were given." then "Camp population, Wednesday morning:")
      const body =
        headerBody(si, sentence) ??
        (voices.introduced &&
        si - voices.introduced.sentence <= 3 &&
        (lastFigures === null || lastFigures.sentence < voices.introduced.sentence)
          ? voices.introduced.speaker
          : null);
      if (named) {
        lists.opens({ source: body, metric: named, bracketed: bracketedPeriod(sentence, published) });
        // ("Civilian deaths by party, February 2016:": the time it covers too)
        if (!DASHED_LINE.test(sentence))
          lists.dates(
            headerPeriod(sentence, published) ??
              (naming !== null ? headerPeriod(sentences[naming]!, published) : null) ??
              (SAME_COUNT.test(sentence) ? lists.lastHeaderPeriod() : null) ??
              titlePeriod(si),
            exceptedLines(sentence, published),
          );
      }
      // "SNHR, 5 June to 1 September, Jabal al-Zawiya:" then "- Civilians killed: 61": a header that names
      // no kind gives the lines under it, which name their own, the body it names and the time it covers
      else lists.headed(body, headerPeriod(sentence, published));
    } else if (isHeader && lastFigures && lastFigures.figures.length > 0) {
      // the count the header breaks down: the sentence's first of the header's kind, not a comparison after
      // it ("about 39,000 deaths in 2017, down from 49,742 in 2016")
      // ("… 3,334 civilians; … About 12,773 other people were injured. … SNHR assigns each death to the party it
      // holds responsible. Its table, set out here as a list:": or of the kind the sentences since name)
      const named = kindNamed(sentence.toLowerCase()) ?? kindNamedSince(sentences.slice(lastFigures.sentence + 1, si));
      const last = lastFigures.figures.find((f) => f.metric === named) ?? lastFigures.figures.at(-1)!;
      // "…, as of 10 December:": the day the header names is the lines' day
      const asOf = findTimeExpressions(analyzeSentence(sentence), published).findLast((t) => t.to !== null)?.to;
      const headerSource = headerBody(si, sentence);
      const metric = named ?? last.metric;
      // (naming none, the lines are parts of the count it breaks down: that count's source gives those
      // that say nothing of who gave them)
      // (or one it cannot name: "Camps (figures from local authorities)")
      const countedBy = headerSource || SOURCE_GIVEN.test(sentence) ? null : last.attributedTo;
      lists.opens({ source: headerSource, metric, countedBy, bracketed: bracketedPeriod(sentence, published) });
      // (a header that is itself a line of a list, "- Lebanon, at the end of January, by region:", dates only
      // its own items, which say so themselves)
      if (!DASHED_LINE.test(sentence))
        lists.dates(
          headerPeriod(sentence, published) ??
            (SAME_COUNT.test(sentence) ? lists.lastHeaderPeriod() : null) ??
            titlePeriod(si),
          exceptedLines(sentence, published),
        );
      const broken: ExtractedFigure = {
        ...last,
        metric,
        group: null,
        attributedTo: headerSource ?? last.attributedTo,
        ...(asOf && asOf <= published
          ? { periodStart: last.metric === "refugees" ? WAR_START : null, periodEnd: asOf }
          : {}),
      };
      brokenDown.set(broken, last);
      lastFigures = { sentence: si, figures: [broken] };
    }
    // a sentence right after a figure may break it down without a word of its own: "Of them, 25,667 were civilians";
    // one that opens by pointing back ("Of those dead, …") may come a sentence or two later
    // ("Of those who reached Lebanon, …" describes other people)
    const pointsBack =
      lastFigures !== null &&
      ((si - lastFigures.sentence <= 3 &&
        (OPENS_BREAKDOWN.test(sentence.toLowerCase()) ||
          A_PART_OF_THEM.test(sentence) ||
          A_FURTHER_PART.test(sentence))) ||
        // (a count said to break down may be a few sentences back: "… the agency's count stood at 200,000. …
        // The figure covers Syrians who have registered. At the end of August it broke down as follows: …")
        (si - lastFigures.sentence <= BREAKDOWN_REACH && BROKEN_DOWN.test(sentence))) &&
      !NEW_PEOPLE.test(sentence.toLowerCase());
    // (read only for a sentence the words of a figure have not let in already)
    const goesOn = (): boolean =>
      HAS_NUMBER.test(sentence) &&
      ((lastFigures?.sentence === si - 1 && MAYBE_BREAKDOWN.test(sentence)) ||
        // a list's line, however far from its header ("ISIS: 129 civilians, including 32 children")
        lists.current !== null ||
        pointsBack ||
        // "…its count, on 22 December, it stood at 2,132": the count told again a sentence or two later
        (TOLD_AGAIN.test(sentence) && lastKind(si) !== null));
    // (people going back are returns, not people leaving home: "37 people went back to Syria")
    const onTheMove = si - movedAt <= 2 && !GOING_BACK.test(sentence);
    const abroad =
      (lastMoved !== null && si - lastMoved.sentence <= 3 && lastMoved.metric === "refugees") || si - abroadAt <= 6;
    if (
      !MAYBE_FIGURE.test(sentence) &&
      abroadAt !== si &&
      !LEFT_A_PLACE.test(sentence) &&
      !goesOn() &&
      !(onTheMove && MOVED_WORDS.test(sentence)) &&
      // ("The count, which covers Syrians registered with UNHCR, … By the end of August, Lebanon held 716,000 of them")
      !((abroad || lastKind(si) === "refugees") && HOST_COUNTRY_HOLDS.test(sentence)) &&
      // ("… and another 6.7 million displaced within their own country. Turkey alone hosts more than 3.6 million.")
      !HOST_COUNTRY_HOSTS.test(sentence)
    ) {
      // ("Mr. Lowcock described several recent attacks.": a person tied to a body before, telling of what follows)
      if (MAYBE_SOURCE.test(sentence) || voices.namesKnownPerson(sentence))
        voices.read(si, analyzeForSources(sentence));
      // ("Yesterday, Emergency Relief Coordinator Mark Lowcock marked the 80th day …" then "he said": who the
      // person speaks for, and nothing else)
      else if (OFFICIAL_NAMED.test(sentence)) voices.tiePeople(analyzeForSources(sentence));
      voices.introduces(si, sentence, false);
      readsCoverage(sentence, si);
      return;
    }
    const a = reportTimes.analysisOf(si);
    const speakerBefore = voices.speaker;
    const recentBefore = voices.read(si, a);
    const sources = voices.named[si]!;
    if (a.mentions.length === 0) {
      readsCoverage(sentence, si);
      return voices.introduces(si, sentence, false);
    }

    const heads = a.mentions.map((m) => findHeadNoun(a, m));
    const hedges = a.mentions.map((m) => readHedge(a, m));
    const inputs: Array<LinkInput | null> = a.mentions.map((m, i) => {
      const head = heads[i];
      const hedge = hedges[i];
      if (!head || !hedge || isNotACount(a, m, head) || isBeforeTheWar(a, m)) return null;
      return { head, hedgeStart: hedge.start };
    });
    // ("… losses at 30. Of the 35 villages their community built, at least ten are now held": a sentence that
    // opens on a count of things breaks down those things, not the count before)
    const first = a.mentions[0];
    const opensOnThings =
      first !== undefined && first.start <= 2 && heads[0]?.kind === "thing" && /^\s*of the\b/i.test(sentence);
    const before = (lastFigures?.sentence === si - 1 || pointsBack) && !opensOnThings ? lastFigures!.figures : [];
    // ("… 353 civilians … The raids also wounded about 950 people. Of the 353 civilians, 70 were killed by Russian
    // strikes": a sentence that opens on a count told before goes on with that count, not the last one)
    const reopened = OF_THE_COUNT.exec(sentence);
    const reopenedValue = reopened ? Number(reopened[1]!.replace(/,/g, "")) : null;
    const reopenedKind = reopened ? out.findLast((f) => f.value === reopenedValue)?.metric : undefined;
    // ("Turkey alone hosts more than 3.6 million" after a count of the internally displaced: a host's are refugees)
    // ("Of the injured, 54 were referred to hospitals in Turkey": a part of the wounded the sentence names)
    const carried =
      lists.current?.metric ??
      reopenedKind ??
      (HOST_COUNTRY_HOSTS.test(sentence)
        ? "refugees"
        : OF_THE_WOUNDED.test(sentence)
          ? "injured"
          : toldAgainAs(before));
    const links = linkMetrics(a, inputs, carried, {
      lastCounted: lastKind(si),
      underHeader: lists.current !== null,
      onTheMove,
      abroad,
    });
    // ("Around 400,000 Syrians live in besieged communities …, while MSF believes the true figure is somewhere between
    // 1.5 million and 2 million": the true figure of a count of people the sentence read as no figure is none either)
    const noFigureBefore = (i: number) =>
      a.mentions
        .slice(0, i)
        .some((n, j) => !n.article && n.value > 1 && inputs[j] !== null && !links[j] && heads[j]?.kind === "person");
    for (const [i, m] of a.mentions.entries()) {
      const at = mentionSpan(a, m).start;
      if (links[i] && TRUE_FIGURE.test(a.norm.slice(Math.max(0, at - 60), at)) && noFigureBefore(i)) links[i] = null;
    }
    if (links.every((l) => l === null)) {
      readsCoverage(sentence, si);
      return voices.introduces(si, sentence, false);
    }

    const places = memory.places(si, a);
    // "Of those, 123 died …": an anaphoric opener keeps the previous sentence's source
    // (not a source a list line names in brackets, for that line alone: "- Turkey: 80,410 (the Turkish
    // government's figure of 29 August)" then "- Lebanon: 64,636")
    const bracketedBefore =
      line.listLine &&
      lastFigures !== null &&
      namedInBrackets(sentences[lastFigures.sentence]!, voices.named[lastFigures.sentence]);
    // (not when the sentence names a voice of its own: "- Total, according to a community leader: about 5,000")
    const told = bracketedBefore ? null : (before.find((f) => f.attributedTo)?.attributedTo ?? null);
    const sourceBefore = told !== null && !OTHER_SPEAKER.test(a.norm) ? told : null;
    // "More than 1,200 have been wounded over the same period": a sentence dated by the one before keeps its source
    const inherited = OPENS_BREAKDOWN.test(a.norm) || SAME_TIME.test(a.norm) ? sourceBefore : null;
    // (not over the body a list's header gave its lines: "…, UNHCR figures as compiled by Amnesty International:")
    const pointedTo =
      voices.introduced?.sentence === si - 1 && !OTHER_SPEAKER.test(a.norm) && !(line.listLine && lists.source(line))
        ? voices.introduced.speaker
        : null;
    const times = [...reportTimes.timesOf(si)];
    // "Eight days into the operation, the Observatory had counted 72 civilians killed": from its first day
    const counted = offensiveBegan ? timesFromOperation(a, offensiveBegan, published) : [];
    // ("the first nine days of the operation, launched on October 9": the day it began, told in passing, dates
    // nothing of its own beside a span counted from it)
    if (counted.length > 0) {
      const began = times.findIndex(
        (t) => t.kind === "day" && t.from === offensiveBegan && BEGAN_ON.test(a.norm.slice(0, t.start)),
      );
      if (began >= 0) times.splice(began, 1);
    }
    times.push(...counted);
    // "The offensive began on 9 October 2019. By the end of that year, … had killed 478"; "… intensified in the middle
    // of December. By the end of that month, the Observatory had counted at least 517 civilians killed by the bombs
    // since 15 December": the last day of the year, or the month, the sentences before named
    const endOfThat = (m: RegExpExecArray | null, last: () => string | null): void => {
      if (!m || times.some((t) => t.start < m.index + m[0].length && t.end > m.index)) return;
      const day = last();
      if (day === null || day > published) return;
      // (from "the end", so that a "by" before it makes it what the count ran up to)
      const start = m.index + m[0].indexOf("the ");
      times.push({
        kind: "day",
        start,
        end: m.index + m[0].length,
        from: day,
        to: day,
        since: false,
        attribution: false,
      });
    };
    endOfThat(THAT_YEAR_END.exec(a.norm), () => {
      const year = reportTimes.yearNamedBefore(si);
      return year === null ? null : `${year}-12-31`;
    });
    endOfThat(THAT_MONTH_END.exec(a.norm), () => reportTimes.thatMonthsEnd(si));
    // "On 10 September … Two days later the Observatory said 69 had been killed": a day counted from the one before
    // ("By 12 February OCHA was reporting more than 800,000 …; five days later the figure was 900,000": or from a
    // day named earlier in the same sentence)
    if (countsADay(a.norm)) {
      const counted = dayCountedAt(a.norm);
      const own =
        counted < 0
          ? undefined
          : times.findLast(
              (t) => t.kind === "day" && !t.since && t.from !== null && t.from === t.to && t.end <= counted,
            );
      // ("Four days earlier, overnight raids … killed 19": a part of the day counted to is that day's)
      const dayParts = times.filter((t) => !t.attribution && PART_OF_DAY.test(a.norm.slice(t.start, t.end)));
      const base =
        own?.from ??
        (times.some((t) => !t.attribution && !t.since && !dayParts.includes(t))
          ? null
          : reportTimes.dayNamedBefore(si));
      const countedDays = base ? daysCountedFrom(a, base, published) : [];
      if (countedDays.length > 0) {
        for (const t of dayParts) times.splice(times.indexOf(t), 1);
        times.push(...countedDays);
      }
    }
    // "The heaviest loss came on July 19 … The Observatory put the dead that day at 56": the day named before
    const thatDay =
      THAT_DAY.test(a.norm) && !times.some((t) => !t.attribution)
        ? (reportTimes.dayNamedBefore(si) ?? (times.length === 0 ? reportTimes.storyDay(si) : null))
        : null;
    // "The collapse of the ceasefire on 19 September … In the five days that followed the breakdown, we documented at
    // least 180 people killed": the days after the day named before
    const dayBeforeNamed =
      FOLLOWS_ON.test(a.norm) && !times.some((t) => !t.attribution) ? reportTimes.dayNamedBefore(si) : null;
    const followingDays = dayBeforeNamed ? daysFollowing(a.norm, dayBeforeNamed, published) : null;
    // "Twelve months ago, the agency's count stood at about 200,000. Some 1.8 million Syrians have crossed the borders
    // since then": from the time named before, up to now
    const sinceThen =
      SINCE_THEN.test(a.norm) && !times.some((t) => !t.attribution) ? reportTimes.timeNamedBefore(si) : null;
    // "508 barrel bombs had fallen on Aleppo between January 28 and February 14. It said they killed more than 843
    // people": the span the sentence before named, for a past toll with no time of its own
    // (read only when a toll needs it: it reads the times of the sentence before, which may not have been read)
    let spanBefore: Period | null | undefined;
    const spanNamedBefore = () =>
      spanBefore === undefined ? (spanBefore = reportTimes.spanNamedBefore(si)) : spanBefore;
    // "THE DEAD - Syrian Observatory, toll for June 2015 … The monitor documented the deaths of 5,247
    // people during the month": the month named just before
    const thatMonth =
      THE_MONTH.test(a.norm) && !times.some((t) => !t.attribution) ? reportTimes.monthNamedBefore(si) : null;
    // "Three weeks ago the agency published a breakdown by country. Jordan then held 105,737 …": a count as it
    // stood "then" is as of the time just named
    // ("By then more than 126,000 people had already died across Syria since March 2011": from the war's start)
    const thenEnd =
      THEN_BACK.test(a.norm) && !times.some((t) => !t.attribution && !t.since && t.kind !== "war")
        ? reportTimes.timeNamedBefore(si)
        : null;
    const accepted: Array<Accepted | null> = a.mentions.map(() => null);
    // "On 16 May the tally ran as follows: 474,461 in Lebanon, …": a time before the colon dates the list
    const listOpensAt = a.tokens.find((t) => t.text === ":")?.start ?? -1;
    // the last single day the sentences before name, and the report's last day of an attack ("" for none),
    // read when first needed
    let dayBefore: string | undefined;
    let attackDay: string | undefined;
    /** The day a toll told in the past is of; a casualty told with no time at all may be of the report's attack. */
    // (not in a report that says what period its counts cover: a day named in passing is no attack of its own)
    const pastEventDay = (metric: Metric): string =>
      (dayBefore ??= reportTimes.dayNamedBefore(si) ?? "") ||
      (CASUALTY.has(metric) && times.length === 0 && !coverage ? (attackDay ??= reportTimes.storyDay(si) ?? "") : "");

    // the host country of the sentence's last refugees, for the items of a list after them
    let lastHost: string | null = null;
    a.mentions.forEach((m, i) => {
      const link = links[i];
      const input = inputs[i];
      const hedge = hedges[i];
      if (!link || !input || !hedge) return;
      // shared cues stand or fall with the number they lean on
      if (
        (link.via === "subgroup" || link.via === "coordination") &&
        !accepted.some((x) => x !== null && a.mentions[x.mention]?.start === link.cueIndex)
      )
        return;
      // "a woman was shot dead", "killed a young girl": one person told of, not a number the report gives
      // (FIGURES.md); the mention still carries a list its neighbours share ("a woman and three children")
      if (m.article) return;
      // ("one man arrived with a bullet in his leg": one person on the move is a story, not a count of the uprooted)
      if (UPROOTED.has(link.metric) && m.value === 1 && m.high === null) return;
      if (UPROOTED.has(link.metric) && input.head.word && COMBATANT_HEADS.has(input.head.word)) return;
      // "1.8 million Iraqis have been displaced inside their own country": people uprooted by another country's
      // war (not those killed in Syria: "six Iraqis were shot dead in the camp")
      if (UPROOTED.has(link.metric) && input.head.word === "iraqis" && !/\bfrom syria\b/.test(a.norm)) return;
      if (link.via !== "subgroup" && link.via !== "coordination") {
        if (isRate(a, i)) return;
        const [from, to] = projectionSpan(link, hedge.start, m.end);
        if (isProjection(a, from, to, m.start)) return;
        if (link.via !== "prefix" && isPopulationOrAid(a, hedge.start, input.head, link.via === "postfix")) return;
        // (a count whose kind came from a cue before it may still be a place's people: "Turkey already hosts about 3.7
        // million Syrian refugees, and the zone is home to some 4 million civilians", "… is home to some three million")
        if (link.via === "prefix" && isPlacesPopulation(a, hedge.start, input.head)) return;
      } else {
        // (an item after a count may be a place's people too, or a rate: "at more than 44,000, and daily tolls now
        // regularly exceed 100")
        if (isPlacesPopulation(a, hedge.start, input.head) || isRate(a, i)) return;
        // "spoke of 52 dead and warned the toll could reach 90": an item is a projection when a modal
        // stands between it and the count it follows
        const leanedOn = a.mentions.find((x) => x.start === link.cueIndex);
        if (leanedOn && isProjection(a, leanedOn.end, hedge.start, m.start)) return;
        // ("foresee 1 million refugees in Turkey and 3.5 million across the region": and the count it follows is one)
        if (leanedOn && isProjection(a, leanedOn.start, leanedOn.start, leanedOn.start)) return;
      }

      const span = mentionSpan(a, m);
      const clause = clauseSpan(a, m.start);
      const clauseText = a.norm.slice(clause.start, clause.end);
      const localHere = hasLocalPlace(places);
      const warCue = times.some((t) => t.kind === "war" || t.kind === "soft-war") || LONG_PAST.test(a.norm);
      // "25 civilians killed nationwide: six in Damascus province, six in Hama": an item of a breakdown
      // followed by its own place is that place's count
      const itemPlace =
        link.via === "subgroup" || link.via === "coordination" ? placeAfter(a, places, span.end, clause.end) : null;
      const national =
        !itemPlace &&
        (NATIONAL_CUES.test(a.norm) ||
          (warCue && !localHere) ||
          (CASUALTY.has(link.metric) && m.value >= 10_000 && !localHere) ||
          ((link.metric === "internally_displaced" || link.metric === "displaced") &&
            INSIDE_COUNTRY.test(clauseText) &&
            !localHere) ||
          (link.metric === "refugees" && !localHere));

      const parent = link.parent !== null ? accepted[link.parent] : null;
      // (a part of a count with a time of its own right after it is of that time: "more than 115,000 killed in two and a
      // half years of war, with roughly 5,000 of them in September alone")
      const partTimed =
        link.via === "subgroup" &&
        times.some((t) => !t.attribution && t.start >= span.end && PART_IN_TIME.test(a.norm.slice(span.end, t.start)));
      let period: Period;
      const carriedFrom = link.carried ? countCarried(before) : undefined;
      // "13,539 rebels, 2,015 army defectors and 2,518 foreign fighters": the next item of a list goes on
      // with the item before, unless it has a time of its own ("…, followed by 1,730 in September")
      const itemBefore =
        link.via === "coordination" ? accepted.find((x) => x && a.mentions[x.mention]?.start === link.cueIndex) : null;
      if (thatDay) period = { periodStart: thatDay, periodEnd: thatDay };
      else if (thatMonth) period = thatMonth;
      else if (followingDays) period = followingDays;
      else if (sinceThen) period = { periodStart: sinceThen, periodEnd: published };
      else if (link.via === "subgroup" && parent && !partTimed)
        period = { periodStart: parent.figure.periodStart, periodEnd: parent.figure.periodEnd };
      else if (
        itemBefore &&
        !timeBetween(
          times,
          mentionSpan(a, a.mentions[itemBefore.mention]!).start,
          nextCountAt(a, times, i) ?? clause.end,
        )
      )
        period = { periodStart: itemBefore.figure.periodStart, periodEnd: itemBefore.figure.periodEnd };
      // "Of these, 100,973 were civilians": the breakdown covers the total's period, unless it names its own
      // (a time in another clause dates that clause: "…, while warplanes killed 1,690 after the campaign began on 30 September")
      // ("Of them, as of the end of August, 716,000 were in Lebanon; Jordan had 515,000": a time a count is told as
      // of dates every clause)
      // (but a count told again on a day of its own is as of that day: "More than 60,000 have been killed. A
      // study … released on January 2 put the figure at more than 60,000"; not a previous one the next lines
      // leave for the new: "The group's previous tally, issued on June 26, stood at 100,191.")
      else if (
        carriedFrom &&
        !(
          times.some((t) => t.attribution && t.kind === "day" && t.to !== null && t.to < published) &&
          !LOOKS_BACK.test(a.norm)
        ) &&
        !times.some(
          (t) =>
            !t.attribution &&
            ((t.start >= clause.start && t.end <= clause.end) ||
              t.end <= listOpensAt ||
              // ("- 3 million: 29 August 2014": a list's line dated after its number and a colon)
              (isListItem(sentence) && t.start >= span.end && LINE_DATED_AFTER.test(a.norm.slice(span.end, t.start))) ||
              AS_OF_BEFORE.test(a.norm.slice(Math.max(0, t.start - 20), t.start))),
        )
      )
        period = { periodStart: carriedFrom.periodStart, periodEnd: carriedFrom.periodEnd };
      // "The highest toll, 51,731, was in Aleppo" a few sentences after a count "between March 2011 and
      // March 2021": a number of the same kind with no time of its own goes on with the dated count
      // "responsible for 14,633 of those deaths": a share of the dated count, whatever else the sentence dates
      else if (
        dated &&
        dated.family === family(link.metric) &&
        SHARE_OF_COUNT.test(a.norm.slice(span.end, span.end + 40)) &&
        !times.some((t) => !t.attribution && t.start >= clause.start && t.end <= clause.end)
      )
        period = { periodStart: dated.periodStart, periodEnd: dated.periodEnd };
      else if (
        times.length === 0 &&
        dated &&
        dated.family === family(link.metric) &&
        (!national || dated.national) &&
        !STANDS_NOW.test(a.norm)
      )
        period = { periodStart: dated.periodStart, periodEnd: dated.periodEnd };
      // "Government forces stormed al-Bayda on 2 May. … 150 people were killed": a local toll told in the
      // past, with no time of its own, is of the day the sentence before named, or of its span
      else if (
        !national &&
        !times.some((t) => !t.attribution) &&
        toldAsPastEvent(link.metric, m.vague, clauseText, times.length > 0) &&
        !OPENS_BREAKDOWN.test(a.norm) &&
        (spanNamedBefore() !== null || pastEventDay(link.metric) !== "")
      ) {
        const eventDay = pastEventDay(link.metric);
        // (a day a count ran from, named before, is where this one runs from too, up to its telling)
        const ranFrom = eventDay === dayBefore && reportTimes.dayNamedBeforeIsStart(si) && !ONE_DAY_TOLD.test(a.norm);
        period = spanNamedBefore() ?? { periodStart: eventDay, periodEnd: ranFrom ? published : eventDay };
      } else {
        // (where the part of the sentence the count is in opens, past a semicolon or colon)
        const partOpens = Math.max(a.norm.lastIndexOf(";", span.start), a.norm.lastIndexOf(":", span.start)) + 1;
        // (not a number that measures something: "in a single 13-hour period on 19 February")
        const next = a.mentions.slice(i + 1).find((x) => {
          const { end } = mentionSpan(a, x);
          return !MEASURE_AFTER.test(a.text.slice(end, end + 12));
        });
        period = resolvePeriod(a, times, span, clause, {
          published,
          national,
          displacement: family(link.metric) === "displacement",
          // ("The pace has slowed; it counted 1,734 deaths in 2020": not past a semicolon, nor a colon: "The toll has
          // fallen year after year: some 33,000 people died in 2017")
          // (nor the old number a count is compared with: "312,000 have been killed, up from 300,000 in March")
          ongoing:
            !COMPARED_WITH.test(joinTokens(a.tokens, Math.max(0, hedge.start - 3), hedge.start)) &&
            (ONGOING.test(ownClause(a.norm, clause, span)) || ONGOING.test(a.norm.slice(partOpens, span.start))),
          previous,
          nextNumber: next ? mentionSpan(a, next) : undefined,
        });
      }
      // "… around 30,000 arrivals since last Thursday; a day later its update raised that to an estimated 40,000": the
      // count raised runs from where the one it raises ran from, not only on the day it was raised
      if (period.periodStart === period.periodEnd && RAISED_THAT_TO.test(a.norm.slice(0, span.start))) {
        const raised = accepted.findLast((x) => x?.figure.metric === link.metric)?.figure ?? previous;
        if (raised?.periodStart && raised.periodStart < period.periodEnd)
          period = { ...period, periodStart: raised.periodStart };
      }
      // "At the start of January the figure stood at more than 380,000", "a year ago it was above 370,000":
      // a national total as it stood on a day runs from the war's start
      if (
        national &&
        RESTATED_TOTAL.test(a.norm.slice(0, span.start)) &&
        (period.periodStart === period.periodEnd || STOOD.test(a.norm.slice(0, span.start)))
      )
        period = { ...period, periodStart: WAR_START };
      // "…, lifting the number sheltering in Turkey to about 60,000": refugees a count is brought to are all
      // there are, however recent the arrivals that brought it there
      const hedgeAt = a.tokens[hedge.start]?.start ?? span.start;
      if (link.metric === "refugees" && BROUGHT_TO.test(a.norm.slice(Math.max(0, hedgeAt - 120), hedgeAt)))
        period = { ...period, periodStart: WAR_START };
      if (thenEnd) period = endingOn(period, thenEnd);
      // ("On 1 March a spokesman for OCHA told reporters … The camp held at least 45,000 people": a count with no
      // time of its own, right after a sentence told on a day, is as that day's telling left it)
      // (or one whose only times are where it runs from, told by "he said": "About 2,400 … since the operation began on
      // 20 January, he said")
      const toldAsThen =
        times.length === 0
          ? !AS_OF_NOW.test(a.norm)
          : times.every((t) => t.since && !t.attribution) && TOLD_BY_PRONOUN.test(a.norm) && !STILL_NOW.test(a.norm);
      const toldBefore = period.periodEnd === published && toldAsThen ? reportTimes.dayToldBefore(si) : null;
      if (toldBefore) period = endingOn(period, toldBefore);
      // ("Update of 5 March. Registered in Iraq: 106,827": a count with no time of its own under a heading)
      if (heading && !thenEnd && !times.some((t) => !t.attribution)) {
        const { from, to } = heading.time;
        // (a count of one day is of the heading's day, or month, from its start)
        period =
          period.periodStart === period.periodEnd ? { periodStart: from, periodEnd: to! } : endingOn(period, to!);
      }
      // (a list line that names no day of its own is of its header's time: "A local aid agency, as of
      // 21 June:" then "- Deaths since the start of June: at least 31")
      const headed = line.listLine ? lists.headedPeriod(LINE_LABEL.exec(sentence)?.[1]) : null;
      // (and one that names none of its own is of its header's time whatever the line before it was of:
      // "Snapshot two: 6 March 2013" then "- Jordan: 324,543")
      const ownTime = times.some((t) => !t.attribution);
      const datedByHeader = headed !== null && (period.periodEnd === published || !ownTime);
      if (headed && datedByHeader) {
        // (a header told up to a day, "THE DEAD (Syrian Observatory, to 13 December)", gives the country's
        // lines no start but the war's)
        const start = ownTime ? period.periodStart : (headed.periodStart ?? (national ? WAR_START : null));
        period = { periodStart: start, periodEnd: headed.periodEnd };
      }
      // ("RUNNING TOTALS SINCE MID-MARCH" then "- Killed: more than 5,000 (…, briefing the Security Council on 12
      // December)": a running count told on a day of its own runs from the header's start up to that day)
      else if (
        headed?.periodEnd === published &&
        headed.periodStart !== null &&
        period.periodStart === period.periodEnd &&
        period.periodStart !== null &&
        period.periodStart > headed.periodStart
      )
        period = { periodStart: headed.periodStart, periodEnd: period.periodEnd };
      // ("On 14 March … it announced 388,652 documented deaths": more dead across the country than any day took is a
      // running total told that day)
      if (
        national &&
        link.metric === "killed" &&
        period.periodStart === period.periodEnd &&
        (m.high ?? m.value) > ONE_DAY_KILLED_BOUND
      )
        period = { ...period, periodStart: WAR_START };
      // ("- January 2013: more than 60,000" under "EARLIER UN DEATH COUNTS": so is more than any month took, told in
      // a month)
      if (
        national &&
        link.metric === "killed" &&
        period.periodStart !== null &&
        period.periodStart !== WAR_START &&
        period.periodStart.slice(0, 7) === period.periodEnd.slice(0, 7) &&
        (m.high ?? m.value) > ONE_MONTH_KILLED_BOUND
      )
        period = { ...period, periodStart: WAR_START };
      // ("At least 554 people have been killed since … September 16 … Roughly 300 of the dead were jihadists": a
      // part of a count told up to now, with no time of its own, runs from where the count runs from)
      if (pointsBack && !ownTime && period.periodStart === null && period.periodEnd === published) {
        const whole = before.findLast(
          (f) => f.metric === link.metric && f.periodEnd === published && f.periodStart !== null && f.value > m.value,
        );
        if (whole) period = { ...period, periodStart: whole.periodStart };
      }
      if (period.periodEnd > published) period = { ...period, periodEnd: published };
      if (period.periodStart !== null && period.periodStart > period.periodEnd)
        period = { ...period, periodStart: null };

      // Refugees in one named host country are counted there (local), as the dataset records them.
      // (and a share a place in Syria took in, in that place: "Azaz, with about 70,000")
      // ("In April 2012 Lebanon hosted 18,000 refugees; in April 2013, 356,000": an item of the list goes on in the
      // host of the one before, when it names none of its own)
      // ("… 2,400 people had crossed into Turkey. Two days later Turkish officials put the number at 4,300": the same
      // count told again, in the same host)
      const host =
        link.heldBy ??
        (link.metric === "refugees"
          ? (hostCountry(a, places, i, a.tokens[hedge.start]?.start ?? span.start, clause) ??
            (link.via === "coordination" && !itemPlace && !namesItsOwnPlace(a, i) ? lastHost : null) ??
            (carriedFrom?.metric === "refugees" &&
            carriedFrom.location !== null &&
            HOST_NAMED.test(carriedFrom.location) &&
            !localHere &&
            !isListItem(sentence) &&
            !REGION_WIDE.test(a.norm) &&
            !namesAnotherHost(a.norm, carriedFrom.location) &&
            !namesItsOwnPlace(a, i)
              ? carriedFrom.location
              : null))
          : null);
      if (link.metric === "refugees") lastHost = host;
      const location =
        host ??
        (national
          ? "Syria"
          : (placeAfter(a, places, span.end, clause.end)?.name ??
            pickPlace(places, span.start, clause.start, clause.end, a.text)?.name ??
            pickPlace(places, span.start)?.name ??
            memory.carried(si, link.metric === "refugees" || link.metric === "displaced")));
      // "1,500 of the displaced": a part of the displaced just counted, of whatever kind they were
      const partOf =
        link.metric === "displaced" &&
        (OF_THE_DISPLACED.test(a.norm.slice(span.end, span.end + 30)) ||
          OF_WHOM_BEFORE.test(a.norm.slice(Math.max(0, span.start - 40), span.start)))
          ? [...before, ...accepted.flatMap((x) => (x ? [x.figure] : []))].findLast((f) => UPROOTED.has(f.metric))
          : undefined;
      // ("Twenty-one people were killed in Saturday evening's bombardment of the city … By Monday, Turkish officials
      // were speaking of 14 dead": a later count of an attack's dead, told without an attack of its own, is of the
      // attack's day)
      const attackDay = location !== null ? attacks.get(location) : undefined;
      if (
        attackDay !== undefined &&
        !national &&
        CASUALTY.has(link.metric) &&
        (period.periodStart === period.periodEnd || period.periodStart === null) &&
        period.periodEnd > attackDay &&
        period.periodEnd <= daysAfter(attackDay, ATTACK_UPDATE_REACH) &&
        times.length === 0 &&
        !line.listLine &&
        !heading &&
        !ATTACK.test(a.norm) &&
        !AS_OF_NOW.test(a.norm)
      )
        period = { periodStart: attackDay, periodEnd: attackDay };
      const figure: ExtractedFigure = {
        metric: partOf?.metric ?? link.metric,
        value: m.value,
        high: m.high,
        qualifier: hedge.qualifier,
        vague: m.vague,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        scope: national && !host ? "national" : "local",
        location,
        group:
          findGroup(a, m, input.head, hedge.start) ??
          (link.gapped ? (accepted.findLast((x) => x !== null)?.figure.group ?? null) : null),
        attributedTo:
          attributeFigure(sources, span.start, a.norm) ?? (link.carried ? sourceBefore : inherited) ?? pointedTo,
        sentence: sentence.trim(),
      };
      accepted[i] = { figure, mention: i };
      if (
        !current &&
        figure.scope === "national" &&
        figure.periodStart === WAR_START &&
        figure.periodEnd < published &&
        figure.periodEnd >= daysBefore(published, CURRENT_COUNT_LAG) &&
        // ("Since the start of the revolution … and up to 30 May 2021, SOHR has recorded the deaths of 494,438": a
        // body's count told in the present perfect is as it stands too)
        (STANDS_NOW.test(a.norm) || HAS_RECORDED.test(a.norm))
      )
        current = { periodEnd: figure.periodEnd, source: figure.attributedTo, fromParagraph: paragraphs[si] ?? 0 };
      // (a part of a count the report's coverage dates goes with it: "- Civilians: 1,519, of them 269 children")
      if (
        !times.some((t) => !t.attribution) &&
        // (a count going on with one the rest of the report may date goes with it: "Of these, 119,591 were men")
        (!carriedFrom || (undated.has(carriedFrom) && period.periodEnd === carriedFrom.periodEnd)) &&
        (link.via !== "subgroup" || parent?.figure.periodEnd === published)
      )
        undated.set(figure, paragraphs[si] ?? 0);
      // ("Its previous update dates from August 2014; the tally then stood at …" looks back, and leaves it;
      // so does a count given only to compare: "That is half its count for 2019, when it recorded 3,364")
      // (nor does the old number a count is compared with: "…, up from 1,367,413 in mid-April last year")
      if (
        // (a list's line dated by its header dates what goes on after the list: "People killed in Syria in November
        // 2016, by province:" … "- Total: 1,956", then "Most of the 1,956 victims died in air strikes.")
        (times.some((t) => !t.attribution) || thatMonth || datedByHeader) &&
        // (nor does such a part: what goes on after it is of the whole, "Around 47,000 of the dead were soldiers")
        !partTimed &&
        !LOOKS_BACK.test(a.norm) &&
        !COMPARES.test(sentence) &&
        // (nor does the worst before, recalled: "the deadliest bombing … since March 2017, when an attack killed 30")
        !afterWorstSince(a.norm, span.start) &&
        !COMPARED_WITH.test(joinTokens(a.tokens, Math.max(0, hedge.start - 3), hedge.start))
      )
        dated =
          figure.periodEnd < published
            ? {
                periodStart: figure.periodStart,
                periodEnd: figure.periodEnd,
                family: family(figure.metric),
                national: figure.scope === "national",
                fromList: datedByHeader ? figure.metric : undefined,
              }
            : null;
      // ("In all, the monitor now puts the war's toll at more than 370,000": a count as it stands now ends the run)
      else if (figure.periodEnd === published && STANDS_NOW.test(a.norm)) dated = null;
    });

    // "- Lebanon: 474,461 (329,823)" under "…, as of May 16 (early March figure in brackets):": the number in
    // brackets after a line's count is the same count as of the header's note
    const bracketed = line.listLine ? lists.current?.bracketed : null;
    // (an older count, which the next line's count does not go on with)
    const older = new Set<ExtractedFigure>();
    if (bracketed)
      a.mentions.forEach((m, i) => {
        const counted = accepted[i - 1];
        const close = a.tokens.findIndex((t, k) => k >= m.end && t.text === ")");
        if (!counted || close < 0 || a.tokens[m.start - 1]?.text !== "(") return;
        // (right after the count, or closing the line after words on it: "- Jordan: 473,587, including people still
        // awaiting registration (324,543)")
        const adjacent = a.mentions[i - 1]!.end === m.start - 1;
        const endsLine = close === m.end && a.tokens.slice(close + 1).every((t) => /^[.;]$/.test(t.text));
        if (!adjacent && !endsLine) return;
        // (not one that names its own time: "more than 1.5 million (1,440,228 on 6 May)")
        const [from, to] = [a.tokens[m.start - 1]!.start, a.tokens[close]!.end];
        if (times.some((t) => !t.attribution && t.start >= from && t.end <= to)) return;
        const asOf = {
          periodStart: counted.figure.periodStart === WAR_START ? WAR_START : null,
          periodEnd: bracketed.periodEnd,
        };
        const own = accepted[i];
        if (own) {
          if (adjacent) older.add(Object.assign(own.figure, asOf));
        } else if (close === m.end && !m.vague) {
          const figure = { ...counted.figure, value: m.value, high: null, qualifier: "exact" as const, vague: false };
          accepted[i] = { mention: i, figure: Object.assign(figure, asOf) };
          older.add(figure);
        }
      });
    // ("3,686 … during September, down from the 4,475 deaths we recorded in August": a count told to compare with
    // is not the one the sentences after go on with)
    // (and the old number of a running total is a running total too: "312,000 have been killed, up from 300,000 in
    // March" is 300,000 since the war began, as it stood in March)
    for (const x of accepted) {
      if (!x) continue;
      const at = mentionSpan(a, a.mentions[x.mention]!).start;
      if (!COMPARED_WITH.test(a.norm.slice(Math.max(0, at - 40), at))) continue;
      older.add(x.figure);
      const running = accepted.some(
        (y) => y && !older.has(y.figure) && y.figure.metric === x.figure.metric && y.figure.periodStart === WAR_START,
      );
      if (running && x.figure.periodStart !== null && x.figure.periodStart > WAR_START)
        x.figure.periodStart = WAR_START;
    }
    const figures = accepted.flatMap((x) => (x ? [x.figure] : []));
    voices.introduces(si, sentence, figures.length > 0);
    const moved = figures.findLast((f) => UPROOTED.has(f.metric));
    if (moved) lastMoved = { sentence: si, metric: moved.metric };
    const oneDay = figures.findLast(
      (f) => f.scope === "local" && CASUALTY.has(f.metric) && f.periodStart !== null && f.periodStart === f.periodEnd,
    );
    if (oneDay) reportTimes.eventToldAt(si, oneDay.periodEnd);
    if (oneDay?.location && oneDay.periodEnd < published && ATTACK.test(sentence))
      attacks.set(oneDay.location, oneDay.periodEnd);
    if (figures.length > 0) {
      lastFigures = { sentence: si, figures: figures.filter((f) => !older.has(f)) };
      pending.figuresRead(si, figures);
      // "…about 39,000 killed in 2017, of whom it had documented 33,425 by name:" opens a list of them
      lists.followsCount(sentence, figures.at(-1)!.metric);
    }
    // a headline's figure is the body's again: the first figure is the body's first
    if (firstFigureSentence < 0 && figures.some((f) => ENDS_LIKE_SENTENCE.test(f.sentence))) firstFigureSentence = si;
    const listSource =
      lists.source(line) ?? (SPEECH_IN.test(sentence) || WHOSE_COUNT.test(sentence) ? null : lists.countedBy());
    if (listSource) for (const f of figures) f.attributedTo ??= listSource;
    // "One said he could confirm 74 deaths", "According to them, 27 people were killed": one of the people, or the
    // people, the sentence before quoted
    if (ONE_OF_THEM.test(a.norm) && figures.some((f) => f.attributedTo === null)) {
      const crowd = voices.crowdBefore(si);
      if (crowd) for (const f of figures) f.attributedTo ??= crowd;
    }
    const sourceless = figures.filter((f) => f.attributedTo === null);
    // "the group said" names the group last spoken of; "a monitoring group said" waits for a name
    const pointer = sourceless.length > 0 ? ANAPHORIC_SOURCE.exec(a.norm) : null;
    const described = pointer ? voices.pointedBody(si, pointer[0], recentBefore) : null;
    if (sourceless.length > 0 && !described && UNNAMED_SPEAKER.test(a.norm)) {
      pending.creditsUnnamed(si, sourceless);
    } else if (
      sourceless.length > 0 &&
      // ("Its teams had recorded 265 deaths, a spokesman said": an unnamed spokesman speaks for the body pointed back to)
      !OTHER_SPEAKER.test(described ? a.norm.replace(UNNAMED_SPOKESMAN, "") : a.norm)
    ) {
      // Spoken by nobody the sentence names: the organisation it points back to, or the report's one voice.
      const pointedBack = pointer ? (described ?? speakerBefore?.name ?? null) : null;
      if (pointedBack) {
        pending.pointsBackTo(sourceless, pointedBack);
        voices.pointsBack(si, pointedBack);
      }
      pending.namesNoSpeaker(si, sourceless);
      // "…, the agency said. Lebanon has taken the largest share: … 716,000": the organisation quoted
      // a sentence or two before goes on speaking
      // (not a figure told as background: "over 6 million are displaced", "had already fled there",
      // "In September 2014, about 190,000 crossed")
      if (speakerBefore && si - speakerBefore.at <= CARRIES_FOR && keepsCounts(speakerBefore.name)) {
        const carried = sourceless.filter(
          (f) =>
            family(f.metric) === speakerBefore.of &&
            !(f.scope === "national" && f.periodStart === WAR_START) &&
            !ALREADY.test(a.norm) &&
            f.periodEnd >= recentSince,
        );
        pending.goesOnSpeaking(carried, speakerBefore.name);
        // a run of its figures, sentence after sentence, is still its voice
        if (carried.length > 0) voices.goesOnSpeaking(si, speakerBefore);
      }
    }
    for (const x of accepted) {
      if (!x) continue;
      out.push(x.figure);
      if (links[x.mention]?.via !== "subgroup" && !older.has(x.figure))
        previous = { periodStart: x.figure.periodStart, periodEnd: x.figure.periodEnd };
    }
  });
  // figures that name no time of their own run to the end of the period the report covers
  // (read through a cast: TypeScript does not see the assignments inside readsCoverage)
  // (a span another report covered dates nothing before the paragraph that tells of it: "… 353 civilians between
  // 1 December and dawn today. Among the dead are 94 children …" and, later, "The same report covered … from
  // 20 October 2014")
  const stated = coverage as (Period & { fromParagraph: number }) | null;
  const covered = stated ?? headlineMonth(headline, published, headlineKind);
  if (covered) {
    const { periodStart, periodEnd } = covered;
    for (const [f, paragraph] of undated) {
      if (f.periodEnd !== published || (stated && paragraph < stated.fromParagraph)) continue;
      f.periodEnd = periodEnd;
      if (f.periodStart !== null && f.periodStart > periodEnd) f.periodStart = null;
      if (f.periodStart === null && f.scope === "national") f.periodStart = periodStart;
    }
  }
  pending.settle(firstFigureSentence);
  // "UN humanitarian chief Stephen O'Brien said up to 16,000 people had been displaced": the people uprooted the
  // UN's humanitarian chief gives are counted by his office, OCHA (the dead he cites are the UN's tolls)
  for (const f of out)
    if (f.attributedTo === "UN" && UPROOTED.has(f.metric) && HUMANITARIAN_CHIEF.test(f.sentence))
      f.attributedTo = "OCHA";
  if (current) {
    const { periodEnd, source, fromParagraph } = current;
    for (const [f, paragraph] of undated)
      if (
        f.periodEnd === published &&
        paragraph >= fromParagraph &&
        f.attributedTo === source &&
        f.scope === "national" &&
        CASUALTY.has(f.metric) &&
        // (not the count as it stood before: "Its previous count, issued in mid-March, stood at …")
        !LOOKS_BACK.test(f.sentence)
      )
        f.periodEnd = periodEnd;
  }
  return dropRepeats(out);
}

/**
 * The month a monthly toll's headline names, published in the days after it ("SNHR: 1,771 people killed in
 * Syria in October 2015", out on 4 November): the period the report's tolls with no time of their own cover.
 */
function headlineMonth(headline: string, published: string, kind: Metric | null): Period | null {
  if (kind !== "killed" && kind !== "injured") return null;
  if (!HEADLINE_MONTH.test(headline)) return null;
  const month = findTimeExpressions(analyzeSentence(headline), published).find(
    (t) => t.kind === "month" && !t.since && t.from !== null && t.to !== null && t.to < published,
  );
  if (!month?.to || month.to < daysBefore(published, MONTHLY_REPORT_LAG)) return null;
  return { periodStart: month.from, periodEnd: month.to };
}
/** A headline naming a whole month as when its count fell: "killed in October 2015", "during March". */
const HEADLINE_MONTH = new RegExp(
  String.raw`\b(?:in|during|for|throughout|over) (?:the month of )?(?:${MONTHS_LOWER})\b(?! \d{1,2}\b)`,
  "i",
);
/** How many days before publication a count of the war as it stands now may run to. */
const CURRENT_COUNT_LAG = 7;
/** How long before publication a dated count is one recalled from the past, not the report's own period. */
const RECALLED = 60;
/** How long after its month a monthly report comes out. */
const MONTHLY_REPORT_LAG = 10;

/** The one kind of count sentences without figures name, by its word for the count: "each death", "the wounded". */
function kindNamedSince(between: readonly string[]): Metric | null {
  const kinds = kindsIn(between.join(" ").toLowerCase());
  return kinds.length === 1 ? kinds[0]![1] : null;
}

/** Whether every source a list line names stands in brackets, a note on that line alone. */
function namedInBrackets(sentence: string, sources: readonly AttributionCandidate[] | undefined): boolean {
  if (!BULLET_LINE.test(sentence) || !sources || sources.length === 0) return false;
  return sources.every((c) => sentence.lastIndexOf("(", c.start) > sentence.lastIndexOf(")", c.start));
}

/**
 * The time a list header covers, when it ends before the report: "5 June to 1 September" (both ends),
 * "as of 21 June" (its end).
 */
/** How long before a report a header's "since" day must be for its lines to be counts running since it. */
const RUNNING_SINCE = 30;

function headerPeriod(header: string, published: string): Period | null {
  // ("(totals from March 6 in brackets)": the time of the numbers in brackets, not of the lines' own; blanked to the
  // same length)
  // ("as of 5 September 2012 (Turkey: as of 29 August 2012)": one line's own day, not the header's)
  const read = header
    .replace(OTHER_NUMBERS_TIME, (note) => " ".repeat(note.length))
    .replace(LINE_EXCEPTED, (note) => " ".repeat(note.length));
  const times = findTimeExpressions(analyzeSentence(read), published).filter((t) => !t.attribution);
  // ("RUNNING TOTALS SINCE MID-MARCH": a running count from a day long before, up to the report's; not accounts
  // "circulating since Thursday night" of that Thursday's dead)
  const last = times.at(-1);
  if (times.length === 1 && last?.since && last.from !== null && last.from < daysBefore(published, RUNNING_SINCE))
    return { periodStart: last.from, periodEnd: published };
  const end = last?.to;
  if (!end || end >= published) return null;
  const start = times.length > 1 || times[0]!.kind !== "day" || !AS_OF.test(read) ? (times[0]?.from ?? null) : null;
  return { periodStart: start, periodEnd: end };
}

/** The one body a header names in brackets: "(OHCHR, to 30 April 2014)". */
function bracketedBody(header: string): string | null {
  const bracket = /\(([^()]+)\)/.exec(header)?.[1];
  return bracket ? onlyBodyNamed(analyzeForSources(bracket)) : null;
}

/** The time a header's note gives the numbers in brackets on its lines, when it names one before the report. */
function bracketedPeriod(header: string, published: string): Period | null {
  const note = header.match(OTHER_NUMBERS_TIME)?.[0];
  return note ? dayOfNote(note, published) : null;
}

/** The last day a header's note names, before the report's day, as a period with no start of its own. */
function dayOfNote(note: string, published: string): Period | null {
  const end = findTimeExpressions(analyzeSentence(note), published).findLast((t) => t.to !== null)?.to;
  return end && end < published ? { periodStart: null, periodEnd: end } : null;
}

/** The days a header's notes give single lines, by their label in lower case: "(Turkey: as of 29 August 2012)". */
function exceptedLines(header: string, published: string): Map<string, Period> {
  const out = new Map<string, Period>();
  for (const m of header.matchAll(LINE_EXCEPTED)) {
    const period = dayOfNote(m[2]!, published);
    if (period) out.set(m[1]!.trim().toLowerCase(), period);
  }
  return out;
}
const LINE_EXCEPTED = /\(\s*([A-Z][\w'’ -]{1,30}):\s*((?:as (?:of|at)|to|up to|until)\s[^()]*)\)/g;
/** A list line's label, in lower case: "turkey" for "- Turkey: 80,410". */
const LINE_LABEL = /^\s*(?:[-•*–]\s*)?([^:\d]{1,60}):/;

/**
 * A header's note on when the numbers in brackets were counted: "(totals from March 6 in brackets)", "(the count
 * for 6 May in brackets where available)", "(in brackets: the agency's count of 5 September)".
 */
const OTHER_NUMBERS_TIME = /\([^()]*\bin (?:brackets|parenthes[ie]s)\b[^()]*\)/gi;
/** A header pointing back to the count a list before it set out: "Selected causes of death in the same count:". */
const SAME_COUNT = /\bthe same (?:count|tally|list|data|figures|report|release|period)\b/i;
/** A header's day counts are told up to: "as of 10 December", "(Syrian Observatory, to 13 December)". */
const AS_OF = /\b(?:as (?:of|at)|to|up to|until|through)\s+(?:the\s+)?(?:\d|[a-z]+\s+\d)/i;
/** A line opened by a dash or a bullet (not one only labelled: "Context: civilians killed in August"). */
const DASHED_LINE = /^\s*[-•*–]\s/;
/** A line that titles what follows: short, and closed by no full stop or colon. */
const TITLE_LINE = /^\s*[^\n]{1,80}[^.!?:;\s]\s*$/;

/**
 * Where the next number after the `i`th begins, past those in a time right after it ("… 948,000 for the period
 * to 23 February"; not "… and 43 militiamen, the deadliest raids since June 2018").
 */
function nextCountAt(a: SentenceAnalysis, times: readonly TimeExpression[], i: number): number | undefined {
  const after = mentionSpan(a, a.mentions[i]!).end;
  for (const m of a.mentions.slice(i + 1)) {
    const { start, end } = mentionSpan(a, m);
    if (!times.some((t) => t.start <= start && t.end >= end && t.start - after <= OWN_TIME_REACH)) return start;
  }
  return undefined;
}
/** A unit joined to a number by a hyphen, making a measure of it: "13-hour", "five-day", "20-kilometre". */
const MEASURE_AFTER =
  /^-(?:hours?|days?|weeks?|months?|years?|minutes?|kilomet|km|miles?|met(?:re|er)s?|storey|page|point)\b/i;
/** How far after a number a time may begin and still be that number's own. */
const OWN_TIME_REACH = 40;

/**
 * A number's clause up to the next coordinated clause after it: "4,985 died in September" of "…; 4,985 died in
 * September, and October has so far claimed 4,727 lives"; from a colon before the number, if there is one ("The
 * toll has fallen year after year: some 33,000 people died in 2017").
 */
function ownClause(norm: string, clause: { start: number; end: number }, at: { start: number; end: number }): string {
  const next = NEXT_COORDINATED.exec(norm.slice(at.end, clause.end));
  const colon = norm.lastIndexOf(":", at.start);
  return norm.slice(Math.max(clause.start, colon + 1), next ? at.end + next.index : clause.end);
}
const NEXT_COORDINATED = /,\s+(?:and|but|while|whereas)\s/;

/** Whether a time of the count's own (not of when it was told) stands between two offsets. */
function timeBetween(times: readonly TimeExpression[], from: number, to: number): boolean {
  return times.some((t) => !t.attribution && t.start >= from && t.end <= to);
}

const SHARE_OF_COUNT =
  /^\s*of (?:them|those|these|(?:the|those|these|all the) (?:[\w-]+ )?(?:deaths|dead|victims|killed|fatalities|displaced|wounded|injured|refugees))\b/;

/** The real number of what was counted just before: "the true figure is", "the real number was closer to". */
const TRUE_FIGURE = /\b(?:the|its|their) (?:true|real|actual) (?:figure|number|count|total)\b[^.;]{0,30}$/;
/** How many sentences back a count may be that a sentence says breaks down. */
const BREAKDOWN_REACH = 5;
/** A count said to break down into parts: "At the end of August it broke down as follows: …". */
const BROKEN_DOWN =
  /\b(?:it|they|the (?:figure|total|count|tally|number|toll)|(?:that|this) (?:figure|total|number|count)) (?:broke|breaks|was broken|is broken|splits?|was split|is split) down\b/i;

/** A count given again, before its number: "it was", "the figure stood at", "its tally had reached". */
/** The UN's humanitarian chief, the head of OCHA: "the UN's deputy humanitarian chief", "UN relief chief Mark Lowcock". */
const HUMANITARIAN_CHIEF =
  /\b(?:U\.\s?N\.|UN|United Nations)(?:['’]s?)? (?:deputy )?(?:humanitarian|relief|aid) (?:chief|coordinator)\b|\b[Ee]mergency [Rr]elief [Cc]oordinator\b/;
/** A count raised to a number with no noun of its own, right before the number. */
const RAISED_THAT_TO = new RegExp(String.raw`\b${RAISED_IT_TO}\b[^.;,]{0,20}$`);
const RESTATED_TOTAL = new RegExp(
  String.raw`\b(?:it|(?:the|its|their) (?:[\w-]+ ?['’]s )?(?:${COUNT_ADJECTIVE} )?${COUNT_NOUN})(?: ?, [^,.;]{1,60} ?,)?` +
    String.raw`(?: then| now| later| had| has)? (?:was|is|stood at|stands at|reached|had reached|passed|topped)\b[^.;,]{0,20}$`,
);
/** A count brought to a number: "lifting the number sheltering in Turkey to", "bringing the total to". */
const BROUGHT_TO =
  /\b(?:lifting|bringing|taking|raising|pushing|brought|took|lifted|raised|pushed) (?:the|its|their) (?:number|total|count|tally|figure)\b[^.;]{0,60}\bto $/;
/** A total said to have stood at or reached a number, whatever period its sentence names ("published in August 2014"). */
const STOOD = /\b(?:stood at|stands at|reached|passed|topped)\b[^.;,]{0,20}$/;

/** A sentence opening on a part of people counted before: "Around 44,340 of them are children". */
// ("Fourteen of the civilians were children": in words, of the people the count named)
const A_PART_OF_THEM =
  /^\s*(?:(?:around|about|some|nearly|almost|more than|over|at least|roughly|an estimated|only|just) )?(?:\d[\d,.]*(?: (?:million|thousand))?|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(?: (?:million|thousand))? of (?:them|those|these|the (?:civilians|dead|victims))\b(?! (?:who|that|which)\b)/i;
/** A sentence opening on the next part of a count broken down before: "A further 9,044 were soldiers". */
const A_FURTHER_PART = /^\s*(?:a further|another) (?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?) (?:were|was)\b/i;
/** A sentence opening on the wounded told of before: "Of the injured, …". */
const OF_THE_WOUNDED = /^\s*(?:of|among) (?:the|those|these) (?:wounded|injured)\b/i;
/** An opener that names other people by what they did: "Of those who reached Lebanon, …". */
const NEW_PEOPLE = /^\s*(?:of|among) (?:those|these|the people) (?:who|that|which)\b/;

// ("its first published toll since August 2014, when its count stood at 191,369": a count recalled as it was)
const LOOKS_BACK =
  /\b(?:previous|earlier|(?<![Ss]ince )then|had stood|had been|before that|when (?:its|the|their) (?:[\w-]+ )?(?:count|toll|tally|figure|total) (?:stood|was))\b/;

const TIME_CUE =
  /\b(?:1[89]\d\d|20\d\d|(?:this|last|that|the same|the previous|the following) (?:year|month|week|day)|today|yesterday|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;

/** Another report than the one a story is about, named as such: "The same report covered …", "An earlier update ran …". */
const ANOTHER_REPORT =
  /\b(?:the same|that|an earlier|a previous|the previous|the earlier|its previous|its earlier|last (?:year|month)['’]s) (?:[\w-]+ )?(?:report|count|update|tally|overview|release)\b/i;

/** A sentence saying what period a report's count covers: "the count runs … through to", "this overview covers". */
// ("Our breakdown by perpetrator for October is as follows:", "Deaths documented across Syria by the Observatory,
// 1-31 March 2019": a list's header naming the month its lines count)
const COVERAGE = new RegExp(
  String.raw`\b(?:count|tally|figures|data|report|overview|update|list|numbers|toll|ledger|database)\b[^.]{0,80}\b${RUNS_OVER}\b(?! as follows)|^\s*(?:deaths|killings|casualties|civilian deaths|people killed)\b (?:documented|recorded|counted|registered)\b[^.]{0,80}\b(?:between|from|during|\d{1,2}\s*[-–]\s*\d{1,2} (?:${MONTHS_LOWER}))\b|\b(?:breakdown|categories|figures|tally|toll|count)\b[^.:]{0,60}\bfor (?:the month of )?(?:${MONTHS_LOWER})\b[^.:]{0,30}(?:\bas follows\b|\bbelow\b|:\s*$)`,
);

/** A count said to be of a day or a month: "its count for Monday 8 October", "the toll for Tuesday", "its count for November". */
const COUNT_FOR_CUE = / for (?:[A-Z]|\d)/;
const COUNT_FOR = /\b(?:count|tally|toll|documentation|figures)\s+for\s+$/;

/** A body's count told as it stands, in the present perfect: "SOHR has recorded", "we have documented". */
const HAS_RECORDED = /\b(?:has|have) (?:recorded|documented|counted|verified|registered)\b/;
/** A count as it stands at publication, whatever came before: "now living in Turkey", "the latest wave". */
/** A sentence that tells of one day: "On that first day", "a day later", "the army's first statement". */
const ONE_DAY_TOLD =
  /\b(?:(?:first|that|same|next|following|single) (?:day|night|morning|evening|hours?)|a day (?:later|earlier)|first (?:statement|report|count|toll|tally))\b/;
const STANDS_NOW =
  /\b(?:now|currently|latest|already|still|today|to date|so far|estimates|believes|reckons)\b|(?<!\bto )\b(?:have|has) (?:now )?(?:died|been killed)\b/;

/**
 * What may stand between a country and the count (with its hedge) it leads into: "Turkey with 760,000",
 * or the country again as "it" after a colon ("Jordan has taken the largest share: it hosted 410,000"),
 * or a line's label describing it ("- In Turkey, the largest host: more than 2.7 million").
 */
const LEADS_INTO_COUNT = new RegExp(
  String.raw`^\s*(?:with|at|:|[-—–]|\(|(?:(?:then|now|still)\s+)?${HOST_HOLDS})?\s*$|^[^.;:]{0,60}:[^.;:]{0,40}\bit\s+${HOST_HOLDS}\s*$|^\s*,[^.;:,\d]{1,40}:\s*$`,
  "i",
);

/**
 * The one country other than Syria named between this number and its
 * neighbours in the clause ("Lebanon hosts 1.1 million", "61,000 have reached
 * Iraq, about 43,500 Egypt"); null when there is none, or several ("fled to
 * Turkey, Lebanon and Jordan" is a count across them). `hedgeStart` is where
 * the number's hedge, if any, begins in the text.
 */
function hostCountry(
  a: SentenceAnalysis,
  places: readonly PlaceMention[],
  i: number,
  hedgeStart: number,
  clause: { start: number; end: number },
): string | null {
  const prev = a.mentions[i - 1];
  const next = a.mentions[i + 1];
  const own = mentionSpan(a, a.mentions[i]!);
  const from = Math.max(clause.start, prev ? mentionSpan(a, prev).end : 0);
  const countries = places.filter((p) => p.kind === "country" && p.name !== "Syria" && p.start >= from);
  const countriesIn = (start: number, end: number) =>
    new Set(countries.filter((p) => p.start >= start && p.end <= end).map((p) => p.name));
  // "Turkey with 760,000", "Jordan has 125,670, Turkey 123,747": a country that leads into the number is its own.
  // (any country right before it, even across the clause's start: "Turkey: 1,805,255")
  const leading = places.filter(
    (p) =>
      p.kind === "country" &&
      p.name !== "Syria" &&
      p.end <= hedgeStart &&
      LEADS_INTO_COUNT.test(a.text.slice(p.end, hedgeStart)),
  );
  if (leading.length === 1) return leading[0]!.name;
  // The country after the number is its own ("43,500 Egypt"); failing that, one named before it.
  const after = countriesIn(own.end, Math.min(clause.end, next ? mentionSpan(a, next).start : a.text.length));
  const found = after.size > 0 ? after : countriesIn(from, own.start);
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether a list item names a place of its own, known or not: a name right before its count ("and North African
 * countries 9,734") or after it ("with 8,262 more in North Africa", "another 10,052 registered in Morocco").
 */
function namesItsOwnPlace(a: SentenceAnalysis, i: number): boolean {
  const own = mentionSpan(a, a.mentions[i]!);
  const prev = a.mentions[i - 1];
  const before = a.text.slice(prev ? mentionSpan(a, prev).end : 0, own.start);
  const named = NAME_BEFORE_COUNT.exec(before);
  const after = PLACE_AFTER_COUNT.exec(a.text.slice(own.end, own.end + 40));
  return (named !== null && !MONTH_WORD.test(named[1]!)) || (after !== null && !MONTH_WORD.test(after[1]!));
}
const NAME_BEFORE_COUNT =
  /\b(\p{Lu}[\p{L}'’-]+)(?:\s+(?:countries|states|nations|governorates?|provinces?))?\s*(?:[:,]\s*)?(?:(?:some|about|around|nearly|almost|over|more than)\s+)?$/u;
const PLACE_AFTER_COUNT =
  /^\s*(?:more\s+|others\s+)?(?:(?:registered|living|sheltering|hosted|staying)\s+)?(?:elsewhere\s+)?(?:in|to|into|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/** What joins a count to the place it is in: "13,100 in Dera'a", "8,000 people at al-Qaryatain". */
const INTO_PLACE = /^\s*(?:(?!(?:and|or|but)\s)[a-z-]+\s+)?(?:in|at|inside|near|from)\s+(?:the\s+)?$/;

/**
 * The place a count is said to be in, right after it: in a list ("over 200,000 in Damascus,
 * 13,100 in Dera'a") this is each item's own, not the one before it that ends the item before.
 */
function placeAfter(
  a: SentenceAnalysis,
  places: readonly PlaceMention[],
  end: number,
  clauseEnd: number,
): PlaceMention | null {
  const p = places.find((x) => x.start >= end && x.end <= clauseEnd && !x.reference && x.name !== "Syria");
  return p && INTO_PLACE.test(a.norm.slice(end, p.start)) ? p : null;
}

/**
 * Sentences outside MAYBE_FIGURE worth reading for a source: a capitalised name, an abbreviation, or a word a
 * body is described by ("Islamic Relief, an aid agency with staff in the area, gave yet another set of figures").
 */
const MAYBE_SOURCE =
  /\b(?:[A-Z]{2,}|Observatory|United Nations|U\.N\.|Network|Committees?|Office|Monitor|[Mm]inist(?:ry|er)|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Cc]harity|[Gg]overnor|[Mm]onitor(?:ing group)?|[Oo]rgani[sz]ation|[Aa]gency|[Gg]roup|Council|Commission|Crescent|Cross|Watch|Fund|Programme|Rescue|Amnesty|Airwars|Coalition|Forces|Helmets|Defen[cs]e|Fronti[eè]res|Borders|[Aa]ctivists|[Aa]uthorities|[Oo]fficials|[Rr]escuers|[Mm]edics|[Dd]octors)\b/;
/** An official's title before a name, in a sentence read only for who the person is: "Emergency Relief Coordinator Mark Lowcock". */
const OFFICIAL_NAMED = /\b(?:Coordinator|Commissioner|Envoy|Secretary|Director|Chief|Advis[eo]r) [A-Z]/;

/**
 * A sentence told by one of the people quoted before, or by them: "One said …", "Another gave", "According to them",
 * "they were speaking of", or "they" closing it ("That came on top of 21 people killed there earlier in the day, they
 * said.").
 */
const ONE_OF_THEM =
  /^\W*(?:(?:one|another|others|a second|a third|some)(?: of them)? (?:said|says|told|spoke|speaks|gave|put|reported|counted|could)\b|according to them\b|(?:by [\w ]{1,30}?,? )?they (?:were|had been) (?:speaking|talking) of\b)|, they (?:said|say|added|reported)\W*$/;
/** A line that says where the figures below it come from: "Source: OCHA, situation reports." */
const SOURCE_LINE = /^\s*sources?\s*:/i;
/** A header giving where its lines come from, whoever that is: "(figures from local authorities)". */
const SOURCE_GIVEN = /\b(?:figures|data|numbers|counts?|tally|estimates?) (?:from|by)\b|\baccording to\b|\bsources?:/i;
/** A line saying whose count it gives: "Lebanon, by the government's count: 1.5 million". */
const WHOSE_COUNT = new RegExp(String.raw`['’]s (?:own )?(?:counts?|figures?|tally|estimates?|${REGISTER_NOUN})\b`);

/** The verb an offensive's first day follows: "launched on October 9". */
const BEGAN_ON = /\b(?:began|started|opened|launched)\s+(?:on|in)\s+$/;
/**
 * A speaker the sentence names that is not the report's organisation: "a doctor said", "officials
 * say", "state media reported". Then its figures are that speaker's, unnamed, not the last organisation's.
 */
const OTHER_SPEAKER_NAMED =
  /(?<!\bciting |\b(?:on|of|through|via|with|from) )\b(?:a|an|one|two|three|several|local|other) (?:[\w-]+ ){0,2}(?:source|official|doctor|nurse|resident|witness|commander|spokes(?:man|woman|person)|activist|medic|journalist|correspondent)s?\b[^.]{0,60}\b(?:said|says|say|told|reported|added)\b|(?<!\bthe )\b(?:officials|sources|residents|witnesses|medics|doctors|rescuers|activists|locals) (?:said|say|says|told|reported)\b|\b(?:said|say|says|told|reported)\b(?!,? citing\b)[^.\d]{0,20}\b(?:officials|sources|residents|witnesses|medics|doctors|rescuers|activists)\b|\bstate (?:media|television|tv)\b|\baccording to (?:a|an|one|two|several|local|other|some) (?:[\w-]+ ){0,3}(?:source|official|doctor|nurse|resident|witness|commander|spokes(?:man|woman|person)|activist|medic|journalist|correspondent|leader|mayor|elder)s?\b/;
/** A spokesman with no name or body of their own: "a spokesman said", "one spokeswoman told Reuters". */
const UNNAMED_SPOKESMAN = /\b(?:a|one) spokes(?:man|woman|person)\b/g;
/** …or a voice it does not name: "other estimates", "widely believed". */
const OTHER_SPEAKER = new RegExp(`${OTHER_SPEAKER_NAMED.source}|${ANOTHER_VOICE.source}`);

/** "over the same period", "the same day": a time that is the sentence before's. */
const SAME_TIME = /\b(?:over|in|during|on|for) the same (?:period|day|days|week|month|time)\b/;

/** What a count was built from: "built from names collected by …", "drawn from the records of …". */
const BUILT_FROM = /\b(?:built|drawn|compiled|assembled|put together|based)\s+(?:up\s+)?(?:from|on)\b/i;

/** A speaker the sentence does not name: "a monitoring group said", "the group reported". */
const UNNAMED_SPEAKER =
  /\b(?:a|the) (?:monitoring group|rights group|human rights group|monitor|group|watchdog|network)\b[^.]{0,60}\b(?:said|says|reported|reports|added|stated)\b/;

const DEADLIEST_MONTH =
  /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)? was (?:the )?(?:bloodiest|deadliest|most violent|worst)\b/;
/** A toll told as an event in the past: "were killed", "died", "the shelling killed". */
const TOLD_IN_THE_PAST =
  /\b(?:were|was) (?:killed|wounded|injured|shot dead|executed|massacred)\b|\b(?:died|killed|wounded|suffocated|perished)\b|\b(?:counted|reported|recorded|listed|spoke of|speaking of|gave|confirmed) (?:\S+ ){1,3}?(?:bodies|corpses|dead|injured|wounded)\b|\bconfirmed (?:\S+ ){1,3}?deaths\b|\bthe (?:death )?toll (?:was|had been)\b|\bput the (?:death )?toll at\b|\bput the number of (?:\S+ ){1,4}?at\b|\b(?:toll|count|tally)(?: of \S+)? (?:rose|climbed|grew|reached)\b/;
/** People who left told as an event in the past: "611 people came out", "were evacuated". */
const MOVED_IN_THE_PAST =
  /\b(?:were|was) (?:evacuated|brought out|driven out|bussed out)\b|\b(?:came out|got out|left|fled|streamed out|poured out)\b/;
/** A count told as running up to now: "have been killed", "has died", "so far". */
const UP_TO_NOW =
  /\b(?:have|has) (?:been|died|killed|fled|left|come out|got out)\b|\bso far\b|\bto date\b|\bsince\b|\bin all\b|\baltogether\b/;
/** A count told as it stood when someone spoke: "said on Friday that 150 had been killed". */
const UP_TO_THEN = /\bhad (?:been|died|killed|fled|left|come out|got out)\b/;

/**
 * Whether a local count is told as one event in the past ("150 people were killed", "611 people came
 * out"), so that with no time of its own it is of the day the sentences before named. A vague count of
 * people who fled ("its several thousand residents fled") is left to the general reading. A count that "had
 * been" reached is of that day too ("activists said 150 had been killed"), unless the sentence names the day
 * it was told on.
 */
function toldAsPastEvent(metric: Metric, vague: boolean, clause: string, toldOnADay: boolean): boolean {
  const told = CASUALTY.has(metric) ? TOLD_IN_THE_PAST : metric === "displaced" && !vague ? MOVED_IN_THE_PAST : null;
  return told !== null && told.test(clause) && !UP_TO_NOW.test(clause) && !(toldOnADay && UP_TO_THEN.test(clause));
}

/**
 * What a time a count is told as of opens with: "as of", "as at", "as of the end of" (not TOLD_UP_TO's "by", which
 * dates only its own clause: "By the end of that year the figure was 12,000; by late January it was some 20,000").
 */
const AS_OF_BEFORE = /\bas (?:of|at) (?:the (?:end|close|start|beginning) of )?$/;
/** A period ending on `end` instead, from where it started if that is not after `end`. */
function endingOn(period: Period, end: string): Period {
  return {
    periodStart: period.periodStart !== null && period.periodStart <= end ? period.periodStart : null,
    periodEnd: end,
  };
}

/** A count told as it stands now, by a word other than "since" (which a count since a day names of its own). */
const STILL_NOW = /\b(?:now|so far|to date|currently|still)\b/;
/** A count told as it stands now: "Turkey alone now shelters", "has since drawn up a list". */
const AS_OF_NOW = new RegExp(String.raw`${STILL_NOW.source}|\bsince\b`);
/**
 * "Jordan then held", "by then it had counted", "at the time": a count as it stood at a time named before
 * (not "since then", nor "…, then Jordan with 629,128", one item after another).
 */
const THEN_BACK =
  /(?<!\b(?:since|until|till|and|from|but|even|only|just|back|the) |, )\bthen\b(?![- ](?:president|prime|foreign|defen[cs]e|head|leader|chief|secretary|minister|envoy|commander|spokes\w+|governor))|\bat (?:the|that) (?:time|point)\b|\bby that (?:time|point)\b/;
/** A count told by whoever the sentence before named: "…, he said", "she added". */
const TOLD_BY_PRONOUN =
  /\b(?:he|she|it|they) (?:also |later |then )?(?:said|told|added)\b|\b(?:said|added) (?:he|she|it|they)\b/;
/** A count from the time named before up to now: "have crossed the borders since then". */
const SINCE_THEN = /\bsince then\b/;
/** Words that may lead to the days after a day named before: "the five days that followed". */
const FOLLOWS_ON = /\b(?:followed|following|next|after)\b/;
/** A count of "the month" a sentence before named: "during the month", "in that month", "that month's victims". */
const THE_MONTH = /\b(?:during|in|over|for|throughout) (?:the|that|the same) month\b|\bof that month['’]s\b/;
/** Who holds a place a header names: "held by the Syrian Democratic Forces", "controlled by the government". */
const HELD_BY = /\b(?:held|controlled|run|seized|captured|besieged) by [^,:(]*/gi;
/** The end of a year named before: "by the end of that year", "at the close of that year". */
const THAT_YEAR_END = /\b(?:by|at|towards?|before) the (?:end|close) of that year\b/;
/** The end of a month named before: "by the end of that month". */
const THAT_MONTH_END = /\b(?:by|at|towards?|before) the (?:end|close) of that month\b/;
/**
 * A count of the day named just before: "that day", or one event told of there ("The worst blow fell
 * on Tuesday in Tokhar. … 56 civilians were killed there", "the strike killed 12").
 */
const THAT_DAY =
  /\b(?:that|the same) (?:day|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:were|was) (?:killed|wounded|injured) there\b|(?<!\b(?:have|has|had) )\bdied there\b|\b(?:the|that) (?:air ?strike|strike|raid|blast|bombing|massacre|explosion) (?:killed|left|wounded)\b/;

/** How many sentences on an organisation quoted without a figure of another's in between still speaks. */
const CARRIES_FOR = 2;
/** How many sentences on a count told again ("the Observatory's count stood at …") is still of the kind last counted. */
const KIND_REACH = 8;
/** The longest first line read as a headline. */
const HEADLINE_LENGTH = 160;
/** Words of each kind of count a headline may be about: the dead, the wounded, the uprooted. */
const KIND_WORDS: ReadonlyArray<readonly [RegExp, Metric | null]> = [
  [/\b(?:killed|dead|deaths?|died|killings|fatalities|toll)\b/, "killed"],
  [/\b(?:wounded|injured|injuries)\b/, "injured"],
  // (which kind of the uprooted, the words alone do not say)
  [/\b(?:refugees|displaced|fled|uprooted|flee|exodus)\b/, null],
];
/** The kinds of count `text` has words for. */
const kindsIn = (text: string) => KIND_WORDS.filter(([re]) => re.test(text));
/** How many days after an attack a count of its dead told without an attack of its own is still of its day. */
const ATTACK_UPDATE_REACH = 7;
/** A sentence telling of an attack (not only of its dead). */
const ATTACK = new RegExp(String.raw`\b(?:${ATTACK_WORDS}|missile|rocket|artillery)`, "i");
// (a table's row is body text too)
const ENDS_LIKE_SENTENCE = /[.!?"”'’|]\s*$/;

/**
 * The kind a count told again after `figures` is of: the last one's, but the dead's when a toll was
 * given with its wounded ("… 56 dead and more than 30 wounded. By the afternoon it had counted 156").
 */
function toldAgainAs(figures: readonly ExtractedFigure[]): Metric | null {
  const last = figures.at(-1)?.metric ?? null;
  return last === "injured" && figures.some((f) => f.metric === "killed") ? "killed" : last;
}

/** What leads into the old number a count is compared with: "up from", "compared with". */
/** A sentence measuring a count against another: "roughly half the network's count for 2019", "well below 2016". */
const COMPARES =
  /\b(?:half|twice|double|a third|a quarter|two-thirds|below|above|short of|compared (?:with|to)|down from|up from) (?:the |its |their |a )?(?:[\w'’-]+ ){0,3}?(?:count|figure|toll|total|number|tally) (?:for|in|of) (?:19|20)\d\d\b|\b(?:well |far )?(?:below|above) (?:the )?(?:19|20)\d\d\b/i;
/**
 * An event measured against the worst before it, or the worst recalled: "the deadliest bombing in the capital since
 * March 2017, when …", "The worst year remains 2014, when …".
 */
const WORST_SINCE = /\b(?:deadliest|bloodiest|worst|heaviest|most lethal)\b[^.;]{0,80}?(?:\bsince\b|, when\b)/i;
/** Whether a number at `at` tells of that worst event before, after the "since" or "when" that recalls it. */
function afterWorstSince(norm: string, at: number): boolean {
  const worst = WORST_SINCE.exec(norm);
  return worst !== null && worst.index + worst[0].length <= at;
}

/**
 * A line in capitals ("REGISTERED SYRIAN REFUGEES BY HOST COUNTRY, AS OF 9 JULY 2015 (UNHCR)", "MONDAY, 19
 * DECEMBER"): a heading, read as the same words in title case (same length, so every offset holds), with its small
 * words in lower case and its abbreviations ("UNHCR", "SDF") left in capitals, as the rest of the report writes them.
 * A line of abbreviations and numbers only ("- ISIS: 36") is left as it is.
 */
// (who and when may follow in brackets, in any case: "DISPLACED WITHIN NORTH-WEST SYRIA … (UN OCHA situation reports)")
const CAPITAL_LINE = /^[^a-z\n]*\b[A-Z]{3,}\b(?:[^a-z\n(]|\([^)\n]*\))*$/gm;
/** Capitals that stay capitals: abbreviations with a vowel (those without one, "SNHR", "YPG", are kept as such). */
const ABBREVIATIONS = new Set(
  "UN UNHCR UNICEF UNRWA OCHA OHCHR WHO IOM ICRC IRC NRC SOHR SARC SANA ISIS ISIL IS US UK EU AFP AP AFAD IDP IDPS NGO NGOS UOSSM SAMS FSA".split(
    " ",
  ),
);
/** Words a heading in title case keeps in lower case past its first ("… by Host Country, as of 9 July 2015"). */
const SMALL_WORDS = new Set(
  "a an the of in on at by for to from and or as with per since until through among into".split(" "),
);
/** A line in capitals as it reads in title case; unchanged when its only capitals are abbreviations. */
const readAsHeading = (line: string): string => {
  const capitalised = line.replace(/\b[A-Z]+\b/g, (word) => (keptInCapitals(word) ? "" : word));
  if (!/[A-Z]{3,}/.test(capitalised)) return line;
  let first = true;
  // (whole words in capitals only: "… (UN human rights office, March 2011 to 30 April 2014)" keeps its "April")
  return line.replace(/\b[A-Z][A-Z'’]*\b/g, (word) => {
    const opening = first;
    first = false;
    if (keptInCapitals(word)) return word;
    const lower = word.toLowerCase();
    return !opening && SMALL_WORDS.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
};
const keptInCapitals = (word: string): boolean => ABBREVIATIONS.has(word) || !/[AEIOUY]/.test(word);

/** Whether a sentence's own times are all exactly `period`. */
function namesOnly(times: readonly TimeExpression[], period: Period): boolean {
  const own = times.filter((e) => !e.attribution);
  return own.length > 0 && own.every((e) => e.to === period.periodEnd && e.from === period.periodStart);
}

/** A headline or caption that repeats a figure of the body is one figure, not two. */
function dropRepeats(figures: readonly ExtractedFigure[]): ExtractedFigure[] {
  const key = (f: ExtractedFigure): string => `${f.metric}|${f.value}|${f.high ?? ""}`;
  const bodyKeys = new Set(figures.filter((f) => ENDS_LIKE_SENTENCE.test(f.sentence)).map(key));
  const seen = new Set<string>();
  const told = new Set<string>();
  return figures.filter((f) => {
    const k = key(f);
    // (a headline's figure, not a list's line: "Daraa: 33" under "Distribution by governorate" after "The victims
    // included 33 children")
    if (!ENDS_LIKE_SENTENCE.test(f.sentence) && !isListItem(f.sentence) && bodyKeys.has(k)) return false;
    // "Of the 651, 31 died under torture": the count told before, named again to break it down
    const again = OF_THE_COUNT.exec(f.sentence) ?? PART_OF_THE_COUNT.exec(f.sentence);
    if (again && Number(again[1]!.replace(/,/g, "")) === f.value && told.has(k)) return false;
    told.add(k);
    // (the same number for two places is two counts: "six in Damascus province, six in Hama")
    const exact = `${k}|${f.group ?? ""}|${f.location ?? ""}|${f.sentence}`;
    if (seen.has(exact)) return false;
    seen.add(exact);
    return true;
  });
}

/** A list's line: a bullet, or a label and its number alone ("Daraa: 33", "Hama — 7 (2 children)"). */
const LABEL_AND_NUMBER =
  /^\s*[^:.\d]{2,60}(?::|\s[—–])\s*(?:(?:about|some|nearly|almost|more than|over|at least|around) )?\d[\d,.]*(?: million)?\s*(?:\([^)]*\))?\s*$/;
/** A host country as places name it: a count told again in one is in it. */
const HOST_NAMED = new RegExp(`^${HOST_COUNTRIES}$`);
/** Whether a sentence names a host country other than `host`, or a region abroad: "In Lebanon, where …". */
function namesAnotherHost(norm: string, host: string): boolean {
  return [...norm.matchAll(HOST_OR_REGION)].some((m) => m[0] !== host.toLowerCase());
}
const HOST_OR_REGION = new RegExp(String.raw`\b(?:${HOST_COUNTRIES}|north africa|europe|the gulf)\b`, "gi");
/** What lies between a list line's number and the date after it: "- 3 million: 29 August 2014". */
const LINE_DATED_AFTER = /^\s*(?:[a-z]+\s+){0,3}:\s*(?:on\s+|by\s+|as of\s+)?$/;
/** A count of the whole region, or of several hosts: "the regional total", "across the four neighbouring states". */
const REGION_WIDE = /\bregion(?:al|-wide)?\b|\b(?:total|in all|altogether|across|neighbou?ring|countries)\b/;
const isListItem = (sentence: string): boolean => BULLET_LINE.test(sentence) || LABEL_AND_NUMBER.test(sentence);

/** A part of a day named alone: "overnight", "that morning". */
const PART_OF_DAY = /^(?:overnight|(?:this|that|in the|the) (?:morning|afternoon|evening|night))$/;

/** A sentence that opens on a count told before: "Of the 651, …", "Of those 25 torture deaths, …". */
const OF_THE_COUNT = /^\s*Of (?:the|those|these|all(?: the)?) (\d[\d,]*)\b/;
/** A part of a count told before, named by its number: "Most of the 1,430 dead were killed by aircraft". */
const PART_OF_THE_COUNT =
  /\b(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Hh]alf|[Nn]one|[Tt]he (?:bulk|majority)|(?:[Aa]|[Oo]ne) (?:third|quarter)|[Tt]wo-thirds) of (?:the|those|these) (\d[\d,]*)\b/;
