/**
 * Who speaks in a report, as its sentences are read in order: the sources each sentence names, the people the
 * report ties to a body, the organisation last quoted (which goes on speaking for the figures after it that name
 * no one), the body a sentence without figures introduces ("The agency's figures show …"), and the body a
 * description or pronoun points back to ("the group said", "it recorded 401"). extractFigures keeps one
 * ReportVoices per report; sources that only the rest of the report settles are PendingSources' (settle-sources.ts).
 */
import type { SentenceAnalysis } from "./analysis";
import {
  findAttributions,
  GENERIC_MONITOR,
  keepsCounts,
  referent,
  resolveGenericMonitors,
  speaksForItself,
  tieNamedPeople,
  tiePeopleByTitle,
  tiePersonByPost,
  TWO_BODIES,
  type AttributionCandidate,
  type OrganisationMention,
} from "./attribution";
import type { Family } from "./metrics";

/** An organisation quoted, the sentence that last named it, and the one kind of count it spoke of there. */
export interface Speaker {
  name: string;
  at: number;
  of: Family | null;
}

/** A sentence without figures that points to the maker of the figures that follow, and that maker. */
export interface Introduction {
  sentence: number;
  speaker: string;
}

/** A sentence speaking of losses: "much of the loss", "the dead", "the displaced". */
const SPEAKS_OF_LOSSES =
  /\b(?:loss(?:es)?|deaths|dead|toll|casualties|victims|killings|displacement|displaced|refugees)\b/;

/** A sentence pointing to the figures of an organisation named before: "the agency's figures show", "its data". */
const POINTS_TO_FIGURES =
  /\b(?:the|this) (?:agency|group|monitor|observatory|office|organi[sz]ation|network|ministry|watchdog|commission|committee)(?:'s|’s) (?:(?:own|latest|new|first|full|year-end|monthly|annual) ){0,2}(?:counts?|tall(?:y|ies)|figures|numbers|data|estimates?|records|lists?|breakdown|totals?)\b|\b(?:its|their) (?:(?:own|latest|new|first|full) ){0,2}(?:counts?|tall(?:y|ies)|figures|numbers|data|estimates?|records|breakdown)\b/;

/** How a pronoun tells a count: "it said", "they had counted", "he warned". */
const PRONOUN_TELLS = String.raw`(?:also |had |has |have |then |later |first )?(?:said|says|added|adds|told|reported|reports|estimated|estimates|reckons|reckoned|counted|counts|logged|recorded|records|documented|documents|identified|announced|announces|published|publishes|tallied|tracked|received|registered|listed|lists|gave|put|puts|found|verified|confirmed|warned|warns|noted|notes|quoted|cited|believes|believed)\b`;
/** A sentence that points back to a source named before: "by its count", "the group said", "she added". */
export const ANAPHORIC_SOURCE = new RegExp(
  String.raw`\bthe sources\b|\bthe governor\b|${TWO_BODIES.source}|\b(?:those|these|the same|the) rescuers\b|\bthe same source\b|\b(?:its|their) (?:[\w-]+ ){0,2}(?:spokes(?:man|woman|person)|head|chief|director|representative|envoy|directors|representatives|branch|branches|bureau|observers|monitors|investigators|unit|units)\b|\b(?:his|her) spokes(?:man|woman|person)\b|\b(?:its|their) (?:own |(?:first|initial|original|latest|last|new|revised|updated|final|flash|situation|monthly|weekly|annual|year-end|end-of-year|half-year|mid-year|previous|earlier|detailed|full|separate|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december) ){0,2}(?:count|tally|tallies|reckoning|data|figures|records|estimates?|toll|lists?|sources|documentation|numbers|staff|teams?|release|report|statement|update|breakdown|findings|study|survey|investigation|research|bulletin)\b|\b(?:the|that|this) (?:list|tally|breakdown)\b|\b(?:documented|recorded|registered) (?:killings|deaths|cases|casualties)\b|\b(?:the|this|his|her) (?:same )?(?:[\w-]+-based )?(?:(?:aid|relief|rights|monitoring|humanitarian|medical|refugee|rescue|activist|opposition) )?(?:group|monitor|observatory|agency|office|charity|organi[sz]ation|network|ministry|watchdog|commission|mission|committees?|council|broadcaster|channel)(?:'s)?\b|\bthe cent(?:er|re)(?:['’]s\b| (?:also |has |had )?(?:said|says|added|adds|reported|reports|recorded|records|documented|documents|counted|counts|estimated|estimates|gave|gives)\b)|\bthe same (?:release|report|statement|update|count|tally|ledger|overview|assessment|survey|study|bulletin|analysis)\b|\bits (?:human rights|refugee|humanitarian|children's|aid) (?:office|agency)\b|\b(?:he|she|it|they) ${PRONOUN_TELLS}|\b(?:by|on|in) (?:his|her|its|their) (?:own )?(?:account|reckoning)\b|\b(?:the|that|this) (?:report|release|statement|study|survey|update) (?:also )?(?:says|said|adds|added|finds|found|notes|noted|relayed|recorded|spoke of|speaks of|gave|gives)\b|\baccording to (?:the|its|their) (?:[\w-]+ )?(?:report|release|statement|study|survey|database)\b`,
);

/** A pointer that is a pronoun for a body: "it said", "their count". */
const PRONOUN_SPEAKS = /^(?:it|they|its|their) /;
/** A sentence that opens on "It" or "They" telling a count: "It documented 1,547 deaths". */
const PRONOUN_OPENS = new RegExp(String.raw`^\s*(?:it|they) ${PRONOUN_TELLS}`, "i");
/** A pointer that is a pronoun for a person: "he said". */
const PERSON_PRONOUN = /^(?:he|she) |^(?:by|on|in) (?:his|her) /;

/** "…, the agency said": an organisation named before, speaking again under a description. */
const DESCRIBED_SPEAKER =
  /\bthe (?:[\w-]+ )?(?:group|monitor|observatory|agency|office|charity|organi[sz]ation|network|ministry|watchdog|commission|committee|cent(?:er|re)) (?:also )?(?:said|says|added|adds|told|reported|reports|estimated|estimates|recorded|documented|counted|attributed|attributes|blamed|blames)\b/;

/** Words of people driven out, and of the dead and wounded, for the one kind of count a sentence speaks of. */
const SPEAKS_OF_DISPLACEMENT =
  /\b(?:fled|flee|fleeing|displac\w*|refugees?|uproot\w*|cross(?:ed|ing)?|arriv\w*|registered|exodus)\b/;
const SPEAKS_OF_CASUALTIES = /\b(?:kill\w*|dead|deaths?|died|wounded|injur\w*|casualties|toll|victims|executed)\b/;

/** How many sentences back "one of them" or "according to them" may find the crowd they are of. */
const CROWD_REACH = 2;
/** The crowds of people a report quotes, by the word it names them with. */
const CROWD_WORD = /\b(activists|residents|witnesses|medics|doctors|rescuers)\b/g;

export class ReportVoices {
  /** The sources each sentence read for them names, by sentence. */
  readonly named: AttributionCandidate[][] = [];
  /** The people the report has tied to a body ("Antonio Guterres of UNHCR"), by the name it gives them. */
  private readonly people = new Map<string, string>();
  // every organisation named so far, in any role, for descriptions that refer back ("the ministry said")
  private readonly recent: OrganisationMention[] = [];
  // where each read sentence's mentions begin in `recent`
  private readonly mentionsFrom = new Map<number, number>();
  // bodies the lists do not know, named once in full and again bare later
  private readonly unknownNames = new Set<string>();
  // "SNHR reached a lower figure. It documented 1,547 deaths in February. Government forces, it said, killed
  // 1,044 civilians": a pronoun after a sentence that itself spoke through one goes on with the same body
  // (the body each sentence that spoke through a pronoun or a description pointed back to)
  private readonly pointedFrom = new Map<number, string>();
  private lastSpeaker: Speaker | null = null;
  private lastIntroduction: Introduction | null = null;

  constructor(private readonly sentences: readonly string[]) {}

  /**
   * The organisation the report last quoted, the sentence that last named it, and the kind of count it spoke
   * of there: it speaks for figures with no source of their own that follow.
   */
  get speaker(): Speaker | null {
    return this.lastSpeaker;
  }

  /**
   * "The agency's figures, broken down by country, show …": the last sentence without figures that pointed to
   * the organisation last named as the maker of the figures that follow.
   */
  get introduced(): Introduction | null {
    return this.lastIntroduction;
  }

  /** How many organisations the report has named so far, in any role. */
  get known(): number {
    return this.recent.length;
  }

  /** Reads sentence `si`'s sources, and who speaks from it on; gives how many organisations were known before it. */
  read(si: number, analysis: SentenceAnalysis): number {
    const recentBefore = this.recent.length;
    this.mentionsFrom.set(si, recentBefore);
    const mentioned: OrganisationMention[] = [];
    tiePeopleByTitle(analysis, this.recent, this.people);
    const found = findAttributions(analysis, { mentioned, people: this.people, named: this.unknownNames });
    const posted = found.length === 0 ? tiePersonByPost(analysis, this.people) : null;
    resolveGenericMonitors(analysis, found, this.recent);
    this.recent.push(...mentioned);
    this.named[si] = found;
    const own =
      lastOrganisation(found, analysis.norm) ??
      describedSpeaker(analysis.norm, this.recent.slice(0, recentBefore)) ??
      posted;
    if (own) this.lastSpeaker = { name: own, at: si, of: topicOf(analysis.norm) };
    return recentBefore;
  }

  /** Whether a sentence names a person the report has tied to a body before ("Lowcock"). */
  namesKnownPerson(sentence: string): boolean {
    for (const person of this.people.keys()) if (sentence.includes(person)) return true;
    return false;
  }

  /**
   * Ties the people a sentence names with their post to the body they serve, and reads nothing else of it
   * ("Yesterday, Emergency Relief Coordinator Mark Lowcock marked the 80th day …" before "he said").
   */
  tiePeople(analysis: SentenceAnalysis): void {
    tieNamedPeople(analysis, this.people);
  }

  /**
   * "The Observatory attributes much of the loss to air power. Raids accounted for 221 …": an organisation
   * speaking of the losses, or a sentence pointing to its figures, without a number, introduces the numbers
   * that follow.
   */
  introduces(si: number, text: string, hasFigures: boolean): void {
    if (hasFigures) return;
    const lower = text.toLowerCase();
    const speaker = this.lastSpeaker;
    const pointer = speaker ? POINTS_TO_FIGURES.exec(lower) : null;
    if (speaker && pointer) {
      // ("Below is the agency's breakdown": the body it describes, which may not be the last quoted)
      const described = /^th/.test(pointer[0])
        ? this.pointedBody(si, pointer[0], this.mentionsFrom.get(si) ?? this.recent.length)
        : null;
      this.lastIntroduction = { sentence: si, speaker: described ?? speaker.name };
    } else if (this.named[si] && SPEAKS_OF_LOSSES.test(lower)) {
      const own = lastOrganisation(this.named[si], lower);
      if (own) this.lastIntroduction = { sentence: si, speaker: own };
    }
  }

  /** The organisation a description or pronoun (`pointer`) in sentence `si` points back to, among the first `known` named. */
  pointedBody(si: number, pointer: string, known: number): string | null {
    return agencyOf(
      pointer,
      (PERSON_PRONOUN.test(pointer) ? this.personNamedBefore(si) : null) ??
        referent(pointer, this.recent.slice(0, known)) ??
        // "The Observatory tracked the worst phase. … it recorded 401": a pronoun is the organisation just named
        // ("The network, which the UN counts among its sources, assigns … By its count, …": the network,
        // the sentence's subject, not a body named inside its description)
        (PRONOUN_SPEAKS.test(pointer)
          ? (this.describedSubject(si - 1) ??
            namedJustBefore(this.recent, this.mentionsFrom.get(si - 1), known) ??
            this.pronounBefore(si))
          : null),
    );
  }

  /**
   * "Activists in the village said the army had killed scores. One said he could confirm 74 deaths; others spoke of
   * 150": the one crowd of people the nearest sentence before naming a source named, when it named no body besides.
   */
  crowdBefore(si: number): string | null {
    for (let at = si - 1; at >= Math.max(0, si - CROWD_REACH); at--) {
      const names = new Set((this.named[at] ?? []).map((c) => c.name));
      // ("By Friday night some activists had stepped back from that claim. One said …": people the sentence right
      // before spoke of, saying nothing there)
      if (names.size === 0 && at === si - 1)
        for (const m of (this.sentences[at] ?? "").toLowerCase().matchAll(CROWD_WORD)) names.add(m[1]!);
      if (names.size === 0) continue;
      const [only] = names;
      return names.size === 1 && speaksForItself(only!) ? only! : null;
    }
    return null;
  }

  /** Sentence `si`'s figures that named no one were pointed back to `body`. */
  pointsBack(si: number, body: string): void {
    this.pointedFrom.set(si, body);
  }

  /** A run of the speaker's figures, sentence after sentence, is still its voice: it speaks from `si` on. */
  goesOnSpeaking(si: number, speaker: Speaker): void {
    if (this.lastSpeaker === speaker) this.lastSpeaker = { ...speaker, at: si };
  }

  // the body a sentence opens with when it names it by description ("The network, …"), as last named
  private describedSubject(si: number): string | null {
    const sentence = this.sentences[si] ?? "";
    const opener = ANAPHORIC_SOURCE.exec(sentence.trimStart().toLowerCase());
    if (opener?.index !== 0) return null;
    // ("The Observatory said on August 21 …": a name the sentence itself reads is that body, not a description of
    // one named before)
    const lead = sentence.length - sentence.trimStart().length;
    const own = this.named[si]?.find((c) => c.start <= lead + opener[0].length && c.end > lead);
    return own?.name ?? referent(opener[0], this.recent.slice(0, this.mentionsFrom.get(si) ?? 0));
  }

  // "Rami Abdulrahman, who heads the Syrian Observatory, relied on witnesses. At least 217 had been killed,
  // he said": he or she is the person last named, in that sentence or the two before, and speaks for the
  // organisation the report tied them to
  private personNamedBefore(si: number): string | null {
    for (let at = si; at >= Math.max(0, si - 2); at--) {
      const text = this.sentences[at]!;
      let last: { org: string; index: number } | null = null;
      for (const [person, org] of this.people) {
        const index = text.lastIndexOf(person);
        if (index >= 0 && (!last || index > last.index)) last = { org, index };
      }
      if (last) return last.org;
      // (not past a sentence where someone else spoke: "An activist in Idlib said … At much the same time,
      // he said, …")
      if (at < si && (this.named[at]?.length ?? 0) > 0) return null;
    }
    return null;
  }

  private pronounBefore(si: number): string | null {
    return PRONOUN_OPENS.test(this.sentences[si - 1] ?? "") ? (this.pointedFrom.get(si - 1) ?? null) : null;
  }
}

/**
 * The organisation named last as a source in a sentence, if any. One named inside a relative
 * clause describes the subject ("The network, which the UN counts among its sources, …") and
 * does not take over as the report's speaker.
 */
export function lastOrganisation(sources: readonly AttributionCandidate[], norm: string): string | null {
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i]!;
    if (!speaksForItself(source.name) && !inRelativeClause(norm, source.start)) return source.name;
  }
  return null;
}

/** Whether `at` lies in a relative clause set off by a comma (", which …", ", who …") still open there. */
function inRelativeClause(norm: string, at: number): boolean {
  const opened = Math.max(norm.lastIndexOf(", which ", at), norm.lastIndexOf(", who ", at));
  return opened >= 0 && !norm.slice(opened + 2, at).includes(",");
}

/**
 * The UN's agency "its humanitarian office", "its refugee agency", "its children's agency" or "its human rights
 * office" points to, when the body pointed back to is the UN ("The United Nations has been slower to count. Its
 * humanitarian office said …").
 */
function agencyOf(pointer: string, body: string | null): string | null {
  if (body !== "UN") return body;
  if (/\bits (?:humanitarian|aid) (?:office|agency)\b/.test(pointer)) return "OCHA";
  if (/\bits (?:human )?rights office\b/.test(pointer)) return "OHCHR";
  if (/\bits refugee agency\b/.test(pointer)) return "UNHCR";
  if (/\bits children's agency\b/.test(pointer)) return "UNICEF";
  return body;
}

/**
 * The first organisation that keeps counts named in the sentence before, in
 * any role ("The Observatory tracked the worst phase", "The Observatory keeps
 * a ledger for the coalition"), if that sentence was read for names.
 */
function namedJustBefore(recent: readonly OrganisationMention[], from: number | undefined, to: number): string | null {
  if (from === undefined) return null;
  return recent.slice(from, to).find((m) => !GENERIC_MONITOR.test(m.text) && keepsCounts(m.name))?.name ?? null;
}

function describedSpeaker(norm: string, recent: readonly OrganisationMention[]): string | null {
  const said = DESCRIBED_SPEAKER.exec(norm);
  return said ? referent(said[0], recent) : null;
}

/** The one kind of count a sentence speaks of, if it speaks of one kind only. */
function topicOf(norm: string): Family | null {
  const displacement = SPEAKS_OF_DISPLACEMENT.test(norm);
  const casualties = SPEAKS_OF_CASUALTIES.test(norm);
  if (displacement === casualties) return null;
  return displacement ? "displacement" : "casualties";
}
