/**
 * What a number counts: the metric, read from what the sentence says happened
 * to the people counted. A cue may stand before the number ("killing 12",
 * "the death toll rose to 90", "the displacement of 400,000"), after it ("600
 * killed and wounded", "230,000 Syrians have fled their homes"), be the head
 * noun itself ("4.8 million refugees"), or be shared: by coordination ("killed
 * eight Turkish personnel and 13 Syrian troops") or by a subgroup ("236
 * people, of whom 205 were fighters").
 */
import type { Metric } from "@/lib/schema";
import { mentionSpan, type SentenceAnalysis } from "./analysis";
import { inFutureClause, isDayOfMonth, isRate, type HeadNoun } from "./distractors";
import { MAY_SAY_WHAT_HAPPENED, metricOf, tagWords, whatHappened } from "./grammar";
import { readHedge } from "./hedges";
import { findPlaces } from "./places";
import {
  CITES_A_FIGURE,
  ESTIMATES_RANGE,
  COUNT_STOOD_AT,
  BULLET_LINE,
  COUNTED_GROUP,
  GIVES_A_COUNT,
  HEDGE_WORDS,
  HOST_HOLDS,
  IS_RATIO,
  LEADS_THE_LIST,
  MONTHS_LOWER,
  MONTH_NAMES,
  NOT_YET_LET_IN,
  PERSON_NOUNS,
  POPULATION_NOUNS,
  PUSHED_IT_TO,
  RAISED_THE_COUNT_TO,
  TOTAL_LABEL,
  PUT_THE_COUNT,
  REGISTER_NOUN,
  SHARE_VERB,
  STOP_WORDS,
} from "./lexicon";
import type { NumberMention } from "./numbers";
import { joinTokens } from "./tokens";

export type LinkVia = "prefix" | "postfix" | "noun" | "subgroup" | "coordination";

export interface MetricLink {
  metric: Metric;
  via: LinkVia;
  /** Token index of the cue (for coordination and subgroups, of the number it leans on). */
  cueIndex: number;
  /** For subgroups: index of the mention this one is part of. */
  parent: number | null;
  /** The metric was said in the sentence before ("Of them, 25,667 were civilians"). */
  carried?: true;
  /** An item whose verb and noun were left out ("…, Russian forces 75"): it counts the people the item before counts. */
  gapped?: true;
  /** The place a share belongs to, named right before it ("Azaz, with about 70,000"). */
  heldBy?: string;
}

type DisplacementFamily = "displacement" | "abroad";
type CueMetric = Metric | DisplacementFamily;

// ---- cues before the number (matched against the words that end right before it) ----

const TOLL_VERBS =
  "(?:at|to|of|with|reached|hit|is|was|(?:is|was|were) (?:at that point|at the time|by then|then)|stands at|stood at|rose to|risen to|grown to|climbed to|jumped to|exceeded|exceeds|topped|tops|passed|passes|gone past|went past|gone|went|surpassed|now|above|over|near|nearing|approaching|approached|probably|likely|possibly|perhaps|(?:likely|probably) to (?:exceed|top|pass|surpass|be)|rises to|rising to|climbs to|climbing to|reaches|reaching|(?:rose|risen|rises|climbed|climbs) (?:past|above|beyond)|(?:range|ranges|ranged|ranging|run|runs|ran|vary|varies|varied|varying)(?: (?:from|between))?)";
/** "put those who had …", "put the people …": a count given as where someone put it. */
const PUT_THOSE =
  "\\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating) (?:(?:the number of )?(?:those|people|the people|civilians|residents|syrians)(?: who| that)?|the number(?: who| that)?)(?: had| have| has)?(?: been)? ";
/** Countries and regions Syrians fled to: moving there makes a refugee. */
export const FOREIGN_PLACES =
  "(?:turkey|lebanon|jordan|iraq|israel|egypt|europe|germany|greece|armenia|sweden|austria|italy|bulgaria|hungary|cyprus|malta|kurdistan|iraqi kurdistan|neighbou?ring countries|nearby countries|other countries|(?:the )?neighbou?ring states|the kingdom|" +
  // further afield
  "algeria|libya|tunisia|morocco|sudan|north africa|the gulf|gulf states|saudi arabia|kuwait|qatar|the netherlands|denmark|norway|switzerland|belgium|france|britain|the united kingdom|spain|serbia|macedonia|croatia|slovenia|canada|brazil|" +
  // the border towns and provinces Syrians crossed into
  "kilis|reyhanli|hatay|antakya|sanliurfa|[sş]anl[iı]urfa|gaziantep|akcakale|ak[cç]akale|ceylanpinar|suruc|suru[cç]|wadi khaled|akkar|bekaa|baalbek|hermel|mafraq|ramtha|irbid|dohuk|duhok|erbil|sulaymaniyah|arsal|zahle|yayladagi|altinozu|islahiye|nizip|nusaybin|mardin|qaim)";
/** Camps in neighbouring countries, whose people are refugees, and camps in Syria, whose people are displaced. */
const FOREIGN_CAMPS = "(?:za'?atari|za'?atri|azraq|domiz|kawergosk|bardarash)";
const SYRIAN_CAMPS = "(?:al(?: - |-| )hol|hol|rukban|atmeh|atma|roj)";
const CAMP_HOLDS =
  "(?:'s| 's)?(?: [\\w'-]+){0,6}? (?:now |then |still |already )?(?:holds?|held|holding|houses?|housed|housing|shelters?|sheltered|sheltering|hosts?|hosted|hosting|is home to|was home to|population (?:alone )?(?:of|at|stood at|reached|rose to)|count (?:stood|stands) at|grew to|has grown to|had grown to|swelled to)$";
const HOST_SUBJECT = new RegExp(`^(?:\\S+ ){0,3}?${FOREIGN_PLACES}\\b`);

/** The verbs a count of people is the subject of: "Syrian refugees in Lebanon passed 200,000". */
const RISES_TO =
  "(?:(?:have |has |had |now )?(?:passed|topped|reached|exceeded|surpassed|numbered|number|totalled|total|hit|gone past|crossed)|(?:have |has |had )?(?:rose|risen|climbed|grown|swelled) to|stood at|stand at|stands at)";

/** A count's verb, or "anywhere" before the range it runs over (the verb left out after "and"). */
// ("wire reports described the dead as numbering somewhere between 500 and 1,300")
const RANGES_OVER = `(?:${RISES_TO}(?: anywhere| somewhere)?|as numbering(?: anywhere| somewhere)?|anywhere|somewhere)`;

/** What opens a count of the dead or the wounded as a subject: "the war's", "Civilian" (at the sentence's start). */
const THE_DEAD_OF = String.raw`(?:\bthe (?:[a-z-]+ ?['’]s )?|^)(?:(?:civilian|military|rebel|army|overall|total) )?`;
/** Where or since when the dead were counted, between them and their verb: "in Homs", "since Saturday". */
const SINCE_OR_IN = String.raw`(?:(?:in|since) [\w'’ -]{1,30} )?`;

/** Verbs the hedge reader takes as "more than" or "about": the count's own verb, for a subject before it. */
const HEDGING_VERB = /^(?:passed|topped|exceeded|surpassed|reached|hit|crossed)$/;
/** How many of PREFIX_CUES, from the first, read a count of people as the subject of its verb. */
const SUBJECT_CUES = 3;

/** A host country's camps or soil: "Turkish border camps", "camps in Jordan", "Lebanese territory". */
const HOST_CAMPS = `(?:(?:turkish|lebanese|jordanian|iraqi|egyptian|kurdish) (?:border )?(?:camps?|territory|soil|towns?)|(?:the )?camps (?:in|across) ${FOREIGN_PLACES})`;
const PREFIX_CUES: ReadonlyArray<readonly [RegExp, CueMetric]> = [
  // "putting the combined number of dead and injured at close to 95": one count of both
  [
    /\b(?:number|count|toll|tally|total) of (?:the )?(?:dead|killed|deaths) (?:and|or) (?:injured|wounded|injuries)(?: (?:at|to|of))?$/,
    "killed_or_injured",
  ],
  // "It puts the SDF's own dead at more than 750 and the jihadists' at roughly 1,600": a side's dead put at a number
  [
    /\b(?:put|puts|putting|placed|places) (?:the|its|their|his|her) (?:[\w'’-]+ ){0,2}(?:dead|losses|death toll|fatalities) at(?: [\d,.]+ and (?:the |its |their )?[\w-]+ ['’](?: s)? at)?$/,
    "killed",
  ],
  // "Syrian refugees in Lebanon passed 200,000 this week", "the dead now number more than 300"
  [
    new RegExp(`(?:^|[,;:] |\\b(?:the|registered|syrian|as) )refugees (?:in [\\w'’ -]{1,30} )?${RISES_TO}$`),
    "refugees",
  ],
  [new RegExp(`\\bthe (?:internally displaced|idps) (?:in [\\w'’ -]{1,30} )?${RISES_TO}$`), "internally_displaced"],
  // ("the war's dead now number at least 202,354")
  // ("the dead number anywhere between 23 and 46, and the wounded anywhere between 100 and 200")
  // ("the dead since Saturday now number more than 35", "Civilian dead numbered 955")
  [new RegExp(`${THE_DEAD_OF}(?:dead|deaths|killed) ${SINCE_OR_IN}${RANGES_OVER}$`), "killed"],
  // ("the wounded exceeded 160")
  [new RegExp(`${THE_DEAD_OF}(?:wounded|injured) ${SINCE_OR_IN}${RANGES_OVER}$`), "injured"],
  // "Counting the deaths reported by Ankara, an AFP tally now stands at": a tally of the dead the sentence named
  [
    /\b(?:deaths|dead|killed|killings)\b[^;:]*\b(?:tally|count|total)\b (?:now |then |had |has )?(?:stands at|stood at|reached|rose to|risen to)$/,
    "killed",
  ],
  // "Losses on the side of the regime have reached 61,170"
  [
    /^(?:\S+ )?losses(?: (?:on|of|among|over|in|before|after|since|during) [^,.;]{1,60})? (?:(?:have |has |had )?(?:reached|stood at|stand at|totalled|numbered|rose to|climbed to|(?:been )?put at)|(?:were|was|are|is) (?:put at|given as)|(?:are|were) (?:higher|lower|heavier|greater|smaller)(?: still)?(?: ,)? at)$/,
    "killed",
  ],
  // "A source close to Hezbollah had put the group's losses at around 110", "It put losses among the YPG at 30"
  [
    /\b(?:put|puts|putting|placed|places|estimated|estimates) (?:(?:the|its|their|his|her) )?(?:[\w-]+(?: ?['’]s)? )?losses(?: (?:on|of|among|in) [^,.;]{1,60})? at$/,
    "killed",
  ],
  // "which would bring the day's civilian dead to 40", "taking the dead in the town to", "bringing the number killed
  // over four days to"
  [
    /^(?=.* (?:to|above|past|over|beyond)$).*?\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted) (?:the|its|their) (?:[\w'’-]+ ){0,3}?(?:dead|deaths|killed|losses)(?: (?:in|at|from|on|over|during|since|for) [\w'’ -]{1,30})? (?:to|above|past|over|beyond)$/,
    "killed",
  ],
  // "pushed the total registered in the region to more than 4,013,000": the refugee agency's register in the
  // countries around Syria
  [
    /\b(?:bring|brings|bringing|brought|take|takes|taking|took|raise|raises|raising|raised|push|pushes|pushing|pushed|lift|lifts|lifting|lifted) (?:the|its|their) (?:regional )?(?:total|number|count|tally) (?:of (?:syrians |people |refugees )?)?registered (?:as refugees |(?:in|across) (?:the region|neighbou?ring countries|turkey|lebanon|jordan|iraq|egypt) )?(?:to|above|past|over|beyond)$/,
    "refugees",
  ],
  [new RegExp(`\\bcasualty tolls?\\b.*\\b${TOLL_VERBS}$`), "killed_or_injured"],
  [new RegExp(`\\b(?:death )?tolls?\\b.*\\b${TOLL_VERBS}$`), "killed"],
  // "estimates of the dead in Idlib run from 350 to 1,400", "counts of the dead range from 23 to 46"
  [
    new RegExp(
      `\\b(?:estimates?|counts|tallies) of (?:the )?(?:\\S+ ){0,2}?(?:dead|deaths|killed|fatalities)\\b.*\\b${TOLL_VERBS}$`,
    ),
    "killed",
  ],
  [
    new RegExp(
      // "the number of civilians SNHR has documented as killed since January rises to", "the Observatory's
      // own figure for civilians killed by coalition strikes is"
      `\\b(?:numbers?|tally|count|total|figure) (?:of|for) (?:\\S+ ){0,6}?(killed|dead|deaths|killings|fatalities|victims|cut down|gunned down|shot dead|slain|executed)\\b.*\\b${TOLL_VERBS}$`,
    ),
    "killed",
  ],
  // "the count for the whole war, covering deaths up to July 8, stands at"
  [
    new RegExp(
      `\\b(?:tally|count|total|figure)\\b[^.;:]{0,60}\\bcovering (?:\\S+ ){0,2}?(?:deaths|dead|killings)\\b.*\\b${TOLL_VERBS}$`,
    ),
    "killed",
  ],
  [
    new RegExp(`\\b(?:number|tally|count|total|figure) of (?:\\S+ ){0,3}?(wounded|injured)\\b.*\\b${TOLL_VERBS}$`),
    "injured",
  ],
  [
    new RegExp(`\\b(?:number|tally|count|total|figure) of (?:\\S+ ){0,3}?(casualties)\\b.*\\b${TOLL_VERBS}$`),
    "killed_or_injured",
  ],
  [
    new RegExp(
      `\\b(?:number|tally|count|total|figure) of (?:\\S+ ){0,3}?(?:internally displaced|idps)\\b.*\\b${TOLL_VERBS}$`,
    ),
    "internally_displaced",
  ],
  [
    new RegExp(`\\b(?:number|tally|count|total|figure) of (?:\\S+ ){0,3}?(?:refugees)\\b.*\\b${TOLL_VERBS}$`),
    "refugees",
  ],
  [new RegExp(`\\brefugee (?:population|numbers?|total|count)\\b.*\\b${TOLL_VERBS}$`), "refugees"],
  // "lifting the number sheltering in Turkey to about 60,000", "the number of Syrians living in Lebanon is"
  [
    new RegExp(
      `\\b(?:number|tally|count|total) (?:of (?:\\S+ ){0,2}?(?:syrians|people|refugees) )?(?:who (?:are |were )?)?(?:(?:sheltering|sheltered|living|staying|hosted|housed|registered) (?:in|by) (?:neighbou?ring )?(?:${FOREIGN_PLACES}|${HOST_CAMPS})|in ${HOST_CAMPS})\\b.*\\b${TOLL_VERBS}$`,
    ),
    "refugees",
  ],
  // "the number of Syrian Kurds who had entered Turkey had exceeded"
  [
    new RegExp(
      `\\b(?:number|tally|count|total) of (?:\\S+ ){0,3}?(?:who|that) (?:had |have |has )?(?:entered|crossed into|fled to|fled into|reached|arrived in) ${FOREIGN_PLACES}\\b.*\\b${TOLL_VERBS}$`,
    ),
    "refugees",
  ],
  // "the number of Syrians registered in Jordan has reached", "Syrians who have registered with UNHCR now number"
  [
    new RegExp(
      `\\b(?:number|tally|count|total) of (?:\\S+ ){0,2}?(?:syrians|people) (?:\\S+ ){0,2}?registered\\b.*\\b${TOLL_VERBS}$`,
    ),
    "refugees",
  ],
  [
    new RegExp(
      `\\b(?:syrians|refugees) (?:who )?(?:have |had )?registered\\b.*\\b(?:now )?(?:number|numbered|total|totalled)(?: ${TOLL_VERBS})?$`,
    ),
    "refugees",
  ],
  [
    new RegExp(
      // "the number uprooted in the north-west since December had reached"
      `\\b(?:number|tally|count|total|figure) (?:of )?(?:\\S+ ){0,3}?(?:displaced|uprooted|fled|fleeing|evacuated|(?:pushed|forced|driven) out)\\b.*\\b${TOLL_VERBS}$`,
    ),
    "displacement",
  ],
  // "officials put those who had crossed the border at 2,850", "activists put those killed at 40"
  [new RegExp(`${PUT_THOSE}(?:killed|died|dead)\\b.*\\bat$`), "killed"],
  // "AFAD put arrivals over the past week at more than 6,000": people who arrived, read where they went (not "put
  // the number of Syrians who have arrived at", tried: it read those counted in Lebanon as displaced)
  [
    new RegExp(`\\b(?:put|puts|putting|placed|places) (?:the )?(?:number of )?(?:new )?arrivals\\b.*\\bat$`),
    "displacement",
  ],
  // UNHCR's phrase: "bringing the number registered or awaiting registration to 234,368"
  [/\bnumber (?:of [\w-]+ )?registered or (?:awaiting|waiting for|pending) registration\b.*\b(?:to|at)$/, "refugees"],
  // "put the dead at around 70 and the wounded at 40"
  [/\b(?:put|puts|putting|placed|places)\b.*\bthe (?:wounded|injured) at$/, "injured"],
  // ("put the dead at more than 2,000 and the displaced at hundreds of thousands")
  [/\b(?:put|puts|putting|placed|places)\b.*\band the (?:displaced|uprooted) at$/, "displacement"],
  // "put deaths on the journey since December at more than 84", "put the Afrin dead at 15"
  [
    /\b(?:put|puts|putting|placed|places|estimated|estimates|estimating) (?:the |its |their |that |this )?(?:(?:civilian|overall|total|national|official|confirmed|documented|[a-z]+ ?['’]s|[a-z][\w-]*) )?(?:death toll|deaths|dead|number of (?:dead|deaths))\b(?! (?:and|or) (?:the )?(?:wounded|injured))(?:.*\bat)?$|\b(?:gave|gives|giving) (?:the |its |their )(?:(?:civilian|overall|total|national|official|confirmed|documented|[a-z]+ ?['’]s|[a-z][\w-]*) )?(?:death toll|number of (?:dead|deaths))(?: [\w' -]{1,30})? as$/,
    "killed",
  ],
  [
    new RegExp(
      `${PUT_THOSE}(?:crossed|(?:reached|arrived in|fled (?:to|into|across)) (?:neighbou?ring )?${FOREIGN_PLACES})\\b.*\\bat$`,
    ),
    "refugees",
  ],
  [
    new RegExp(
      `${PUT_THOSE}(?:fled|escaped|displaced|uprooted|left(?! (?:dead|behind|wounded|injured|alive)\\b)|forced from their homes)\\b.*\\bat$`,
    ),
    "displacement",
  ],
  // "a senior diplomat put the arrivals at 4,300", "put the overnight influx at 8,000": people who arrived, from where
  // they left
  [
    /\b(?:put|puts|putting|placed|places) the (?:number of )?(?:[\w-]+ )?(?:arrivals|influx)(?: [\w' -]{1,30})? at$/,
    "displacement",
  ],
  // a camp's population: "the camp now holds 67,000", "the camp count stood at"
  [new RegExp(`\\b${FOREIGN_CAMPS}\\b${CAMP_HOLDS}`), "refugees"],
  [new RegExp(`\\b${FOREIGN_PLACES}\\b.*\\bcamps?\\b${CAMP_HOLDS}`), "refugees"],
  [new RegExp(`\\b(?:camps?|${SYRIAN_CAMPS})\\b${CAMP_HOLDS}`), "displacement"],
  // "taking the camp above 65,000" (the hedge "above" is read with the number)
  [
    new RegExp(
      `\\b(?:took|taking|takes|pushed|pushing|brought|bringing) (?:the )?(?:camps?|${SYRIAN_CAMPS})(?: 's population)?$`,
    ),
    "displacement",
  ],
  [/\b(?:killed|dead) (?:and|or) (?:wounded|injured)$|\bcasualties of$/, "killed_or_injured"],
  [
    /\b(?:kill|kills|killed|killing|claimed the lives of|claiming the lives of|claim the lives of|cost the lives of|costing the lives of|took the lives of|taking the lives of|lives of|the deaths? of|the killings? of|massacre of|massacred|massacring|murder of|murdered|murdering|executed|executing|execution of|assassinated|assassinating|assassination of|beheaded|beheading|bodies of|(?:the )?remains of|slaughtered|slaughtering|(?:put|putting) to death|shot dead|shooting dead|left dead|among the (?:(?:known|identified|confirmed|named|recorded|documented) )?dead|among the (?:(?:known|identified|confirmed|named|recorded|documented) )?dead (?:were|was|are|is)|the dead(?: (?!and\b|or\b)[\w'-]+){0,5} (?:included|include|were|are|numbered)|among (?:those|the people|the civilians) killed(?: (?!and\b|or\b)[\w'-]+){0,7}(?: (?:were|was|are))?|among the victims (?:were|was|are)?|the (?:known |identified |confirmed |civilian )?victims (?:included|include|were)|(?:those|the people|the civilians) killed (?:included|include|were)|the (?:[\w-]+ )?(?:killed|dead) (?:numbered|number|totalled|totaled|totals|totalled)|the (?:[\w-]+ )?(?:killed|dead) (?:now |then )?(?:number|numbered))$/,
    "killed",
  ],
  [
    /\b(?:wound|wounds|wounded|wounding|injure|injures|injured|injuring|hurt|hurting|maimed|maiming|among the (?:wounded|injured)(?: (?:were|was|are))?|(?:the )?wounding of)$/,
    "injured",
  ],
  [
    /\b(?:displace|displaces|displaced|displacing|displacement of|uprooted|uprooting|uproot|uproots|exodus of|evacuated|evacuating|evacuation of|forced out|forcing out|drove out|driving out|expelled|expelling|expulsion of|flight of|influx of|arrival of)$/,
    "displacement",
  ],
];

const LIVES_VERBS =
  /\b(?:claim|claims|claimed|claiming|cost|costs|costing|took|take|takes|taking|lost|lose|losing|ended|ending)$/;
// far enough for "the death toll from Tuesday's attack on the town of X in Y province rose to"
const PREFIX_REACH = 30;
const SUBJECT_REACH = 45;
// "the toll was between 23 and 40", "put it at anywhere between …": a range opens where the count would
const FILLERS_BEFORE = /\s*\b(?:another|a further|an additional|a total of|all|(?:anywhere |somewhere )?between)$/;

function prefixText(a: SentenceAnalysis, hedgeStart: number): string {
  let from = hedgeStart;
  const id = a.clauseOf[hedgeStart] ?? a.clauseOf[hedgeStart - 1];
  while (from > 0 && hedgeStart - from < PREFIX_REACH) {
    const t = a.tokens[from - 1];
    if (!t || t.text === "," || a.clauseOf[from - 1] !== id) break;
    from -= 1;
  }
  // "had killed 'dozens of terrorists'": an opening quote is not a word
  let to = hedgeStart;
  while (to > from && /^["“'‘]$/.test(a.tokens[to - 1]?.text ?? "")) to -= 1;
  let text = joinTokens(a.tokens, from, to);
  for (let guard = 0; guard < 3 && FILLERS_BEFORE.test(text); guard++) text = text.replace(FILLERS_BEFORE, "");
  return text;
}

/** "The highest monthly toll, 5,440, was …": a count set off by commas right after the noun it is the number of. */
const APPOSITIVE_CUES: ReadonlyArray<readonly [RegExp, CueMetric]> = [
  // "Rural Damascus accounted for the most documented deaths, some 17,800"
  [/\bthe (?:most|highest|largest|greatest) (?:number of )?(?:[\w-]+ )?(?:deaths|dead|killings|fatalities)$/, "killed"],
  [
    /\b(?:death )?toll$|\b(?:number|count|tally|total) of (?:\S+ ){0,3}?(?:deaths|dead|killed|killings|fatalities|victims)$/,
    "killed",
  ],
  [/\b(?:number|count|tally|total) of (?:\S+ ){0,3}?(?:wounded|injured)$/, "injured"],
  [/\b(?:number|count|tally|total) of (?:\S+ ){0,3}?refugees$/, "refugees"],
  // "Lebanon now has the largest registered caseload, 127,420"
  [
    /\bthe (?:largest|biggest|second-largest) (?:registered )?(?:refugee )?(?:caseload|refugee population)$/,
    "refugees",
  ],
  [/\b(?:number|count|tally|total) of (?:\S+ ){0,3}?(?:internally displaced|idps)$/, "internally_displaced"],
  // "the majority of these internal displacements, 1,191,079, were in the north"
  [/\bdisplacements$/, "internally_displaced"],
];

/**
 * "The number of Syrians registered as refugees, or waiting to be registered, in the countries around
 * Syria stood at": the verb's subject is before an aside, so the clause after the last comma is short.
 */
const AFTER_ASIDE =
  /^(?:\S+ ){0,6}?(?:(?:then |now |had |has |have )?(?:stood at|stands at|reached|rose to|risen to|climbed to|passed|topped|totalled|numbered|gone))$/;

/** A host country as the subject of a count it holds: "Jordan has", "Lebanon, for the first time, tops the table with". */
const HOST_HAS = new RegExp(
  // ("At the end of August Lebanon was hosting …": a time may open the sentence before the host)
  String.raw`(?:^|[,;:] |\b(?:and|while|whereas|but|${MONTHS_LOWER}|(?:19|20)\d\d) )${FOREIGN_PLACES}(?: , [^,]{1,40} ,)? (?:now |still |alone |itself )?` +
    String.raw`(?:${HOST_HOLDS}|${LEADS_THE_LIST} with|(?:${HOST_HOLDS}) the (?:largest|biggest|greatest|highest) (?:number|share|population|total) ,)$` +
    // ("Its end-of-August breakdown ran: Lebanon 716,000, Jordan 515,000", "…, and Jordan 657,000": a list's item,
    // the host and its number)
    String.raw`|(?:^|[,;:] |\band )${FOREIGN_PLACES}$`,
);

function isHostsShare(a: SentenceAnalysis, m: NumberMention, input: LinkInput): boolean {
  const { head } = input;
  // ("… showed more than 684,000 in Lebanon, 516,000 in Jordan": a number and the host it is in, not one so small
  // it counts camps: "there are 14 in Turkey")
  if (head.kind === "none" && m.value >= 100 && IN_A_HOST.test(joinTokens(a.tokens, m.end, m.end + 4))) return true;
  const before = joinTokens(a.tokens, Math.max(0, input.hedgeStart - 16), input.hedgeStart);
  if (!HOST_HAS.test(before)) return false;
  // (not "Lebanon has four million people": a population; "tops the table with 127,420 people" is a share)
  return (
    head.kind === "none" ||
    (head.word !== null && ABROAD_HEADS.has(head.word)) ||
    (head.word === "people" && /\bwith$/.test(before))
  );
}

/** People driven from their homes, wherever they went. */
export const UPROOTED: ReadonlySet<Metric> = new Set<Metric>(["displaced", "internally_displaced", "refugees"]);
/** Deaths and wounds are one kind of count, people driven out another. */
export type Family = "casualties" | "displacement";
export const family = (metric: Metric): Family => (UPROOTED.has(metric) ? "displacement" : "casualties");
/** People driven from their homes and not known to be abroad: the counts a place in Syria holds a share of. */
const NOT_ABROAD: ReadonlySet<Metric> = new Set<Metric>(["displaced", "internally_displaced"]);
/** What leads from a place in Syria into the share it holds or took in: "Dana, with", "Salqin received", "Homs (". */
const PLACE_HOLDS = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:with|received|${HOST_HOLDS}|${LEADS_THE_LIST} with)\s*$|^\s+$|^\s*\(\s*$`,
);

/** The place in Syria that leads into a share of a count given before it: "Azaz, with about 70,000", "Afrin 95,268". */
function placeHolding(a: SentenceAnalysis, input: LinkInput): string | null {
  const { head } = input;
  if (!(head.kind === "none" || head.word === "people")) return null;
  const hedgeAt = a.tokens[input.hedgeStart]?.start;
  if (hedgeAt === undefined) return null;
  const place = findPlaces(a).findLast(
    (p) =>
      p.kind !== "country" &&
      p.end <= hedgeAt &&
      hedgeAt - p.end <= 40 &&
      PLACE_HOLDS.test(a.text.slice(p.end, hedgeAt)),
  );
  // ("Dana received 248,842": a town the gazetteer does not know, named as the subject that received them)
  return place?.name ?? NAMED_RECEIVED.exec(a.text.slice(Math.max(0, hedgeAt - 60), hedgeAt))?.[1] ?? null;
}

/** A place named by a capitalised subject that took people in, right before the count: "Dana received", "Industrial Hassya received the most,". */
const NAMED_RECEIVED =
  /(?:^|[,;:] |\band )((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:received|took in|has taken in|had taken in)(?: the most ,| the most,)? ?$/;

const LOST_BEFORE_COLON = /\b(?:lost|lose|loses|losing)(?: \S+){0,3} :$/;

/** "…, with 25 wounded", "with more than 50 people injured": the number's own word says what it counts. */
const OWN_CUE_AFTER =
  /^(?:(?:people|civilians|others|more|children|soldiers|fighters) )?(?:wounded|injured|hurt|dead|killed|displaced|refugees|casualties)\b/;

/** A count camps hold or arrivals number: "the camps held", "put the arrivals at". */
const CAMPS_OR_ARRIVALS = /\bcamps?\b|\barrivals\b|\binflux\b/;

/** A verb of driving people out, right before their count: "drove", "has sent", "forced". */
const DROVE = /\b(?:drove|drives|driven|sent|sends|forced|forces|pushed|pushes|chased|chases)$/;
/** Where people were driven, after their count and its noun: "from their villages", "across the border into …", "abroad". */
const DROVEN_TO =
  /^(?:(?:people|civilians|residents|syrians|others|families|more) )?(?:from (?:their|the|its)|out of|into|across|abroad|over (?:the|a) border|to (?:flee|neighbou?ring|turkey|lebanon|jordan|iraq))\b/;

function findPrefixCue(
  a: SentenceAnalysis,
  hedgeStart: number,
  head: HeadNoun,
  numberEnd: number,
  appositive = false,
): CueMetric | null {
  const text = prefixText(a, hedgeStart);
  // "Opponents of the regime have lost fewer men: 13,539 rebels, 2,015 defectors and …"
  if (
    head.kind === "person" &&
    a.tokens[hedgeStart - 1]?.text === ":" &&
    LOST_BEFORE_COLON.test(joinTokens(a.tokens, Math.max(0, hedgeStart - 6), hedgeStart))
  )
    return "killed";
  // (a number in brackets right after its noun: "recorded the most killings (39,393)")
  const bracketed = appositive && a.tokens[hedgeStart - 1]?.text === "(";
  const withIt = appositive && a.tokens[hedgeStart - 1]?.lower === "with";
  if ((!text || bracketed || withIt) && appositive) {
    const noun = bracketed
      ? joinTokens(a.tokens, Math.max(0, hedgeStart - 1 - PREFIX_REACH), hedgeStart - 1)
      : prefixText(a, hedgeStart - (withIt ? 2 : 1));
    for (const [re, metric] of APPOSITIVE_CUES) if (re.test(noun)) return metric;
  }
  if (!text) return null;
  if (head.word === "lives" && LIVES_VERBS.test(text)) return "killed";
  // "drove hundreds from their villages", "has sent more than 2,700 people across the border into Arsal":
  // people a force drove somewhere were uprooted
  if (
    DROVE.test(text) &&
    (head.kind === "person" || head.kind === "none") &&
    DROVEN_TO.test(joinTokens(a.tokens, numberEnd, numberEnd + 4))
  )
    return "displacement";
  // "the militants lost at least 45 men"
  if (head.kind === "person" && head.word !== "homes" && /\b(?:lost|lose|loses|losing)$/.test(text)) return "killed";
  for (const [re, metric] of PREFIX_CUES) if (re.test(text)) return metric;
  // "Syrian refugees in Lebanon passed 200,000": the verb was read as the number's hedge ("more than")
  const verb = a.tokens[hedgeStart]?.lower ?? "";
  if (HEDGING_VERB.test(verb))
    for (const [re, metric] of PREFIX_CUES.slice(0, SUBJECT_CUES)) if (re.test(`${text} ${verb}`)) return metric;
  // A clause that is only "…, with 17,800" or "…, hosts 1.1 million" leans on the sentence before it:
  // "The largest numbers of documented killings were in Homs, with 17,800".
  // Likewise a count whose verb is "number" or "total", its subject before a list of places:
  // "Syrians who have registered in Lebanon, Jordan, Iraq and Turkey now number above".
  if (
    ((/^(?:\S+ )?(?:with|at)$/.test(text) || AFTER_ASIDE.test(text)) &&
      !OWN_CUE_AFTER.test(joinTokens(a.tokens, numberEnd, numberEnd + 3))) ||
    /(?:^|\s)(?:now )?(?:number|numbered|total|totalled)$/.test(text)
  ) {
    // (the subject nearest the verb: "put the toll at 118 and said the number of injured, first reported
    // as 40, had risen to" is a count of the injured)
    // ("The number of people killed when rockets … hit a hospital … in Afrin, in north-west Syria, on Saturday
    // evening has risen to": the subject may lie further back than a prefix reaches)
    const whole = joinTokens(a.tokens, Math.max(0, hedgeStart - SUBJECT_REACH), hedgeStart);
    let nearest: { at: number; metric: CueMetric } | null = null;
    for (const [re, metric] of PREFIX_CUES) {
      const at = re.exec(whole)?.index;
      if (at !== undefined && (!nearest || at > nearest.at)) nearest = { at, metric };
    }
    if (nearest) return nearest.metric;
  }
  // (from the clause's start: "Host countries, at the end of August: Lebanon had taken in 716,000 Syrians")
  if (
    head.kind === "person" &&
    HOSTS_VERB.test(text) &&
    HOST_SUBJECT.test(
      joinTokens(a.tokens, 0, hedgeStart)
        .split(/ [:;] /)
        .at(-1) ?? "",
    )
  )
    return "refugees";
  // "the camps in Hatay province, which held some 11,700 Syrians at their peak, now shelter roughly 8,000": the
  // noun before a relative clause is the subject of its "which" and of the verb after it
  // (not a population, nor what a camp is built to hold: "Za'atri, which is laid out to hold as many as 113,000")
  const subject = subjectPastAside(a, hedgeStart);
  if (subject && !NOT_HELD_NOW.test(subject))
    for (const [re, metric] of PREFIX_CUES) if (re.test(subject)) return metric;
  return null;
}

/** What closes a count in brackets that gives the one before it exactly: "(632,228 as of 30 November)". */
const EXACT_AS_OF =
  /^(?:as (?:of|at)|at the end of|on|(?:at|by|in) (?:the|its) (?:latest|last|most recent|official) (?:count|tally|figures?|update))\b/;
const RELATIVE_OPENS = /^(?:which|who|that)$/;
/** Words that make what a relative clause says of a camp or place no count of people there: a population, a capacity. */
const NOT_HELD_NOW = /\b(?:population|to|could|can|would|will|may|might|capacity)\b/;
/** How far back a relative clause's noun, and the clause itself, are looked for. */
const ANTECEDENT_REACH = 10;
const ASIDE_REACH = 25;

/**
 * The words before a number with a relative clause's pronoun, or the whole clause, replaced by the noun it
 * follows: "the camps in Hatay province held" for "the camps in Hatay province, which held" and "the camps in
 * Hatay province now shelter" for "the camps in Hatay province, which held …, now shelter". Null when the
 * number's words are in no such clause and follow none.
 */
function subjectPastAside(a: SentenceAnalysis, hedgeStart: number): string | null {
  const { tokens } = a;
  const commaBefore = (from: number, reach: number): number => {
    for (let k = from; k >= Math.max(0, from - reach); k--) {
      const t = tokens[k];
      if (!t || t.text === ";" || t.text === ":") return -1;
      if (t.text === ",") return k;
    }
    return -1;
  };
  const antecedent = (comma: number): string => {
    const start = commaBefore(comma - 1, ANTECEDENT_REACH) + 1 || Math.max(0, comma - ANTECEDENT_REACH);
    return joinTokens(tokens, start, comma);
  };
  const comma = commaBefore(hedgeStart - 1, PREFIX_REACH);
  if (comma < 0) return null;
  if (RELATIVE_OPENS.test(tokens[comma + 1]?.lower ?? ""))
    return `${antecedent(comma)} ${joinTokens(tokens, comma + 2, hedgeStart)}`;
  const open = commaBefore(comma - 1, ASIDE_REACH);
  if (open < 0 || !RELATIVE_OPENS.test(tokens[open + 1]?.lower ?? "")) return null;
  return `${antecedent(open)} ${joinTokens(tokens, comma + 1, hedgeStart)}`;
}

/** "Lebanon, a small country that borders Syria, hosts 1,176,971 registered Syrians": a host country's refugees. */
const HOSTS_VERB =
  /\b(?:hosts|hosted|shelters|sheltered|is home to|houses|(?:has|had|have)(?: already| now)? taken in|took in)$/;

// ---- cues after the number ----

const POSTFIX_CUES: ReadonlyArray<readonly [RegExp, CueMetric]> = [
  [
    /^(?:(?:killed|dead) (?:and|or) (?:wounded|injured|hurt|maimed)|(?:wounded|injured|maimed) (?:and|or) (?:killed|dead))\b/,
    "killed_or_injured",
  ],
  [
    /^(?:killed|dead|died|die|slain|massacred|executed|assassinated|murdered|perished|drowned|martyred|beheaded|shot dead|put to death|(?:(?:were|was|had been|have been) )?(?:starved|burned|burnt|tortured|beaten|stabbed|stoned|crushed|hacked|bludgeoned|frozen) to death|suffocated|choked to death|lost (?:their|his|her) lives|(?:were|was|are) among (?:the )?(?:(?:known|identified|confirmed|reported|civilian) )?(?:dead|victims|fatalities|those killed))\b/,
    "killed",
  ],
  // "more than a quarter of a million lives lost", "190,000 lives have been lost"
  [/^lives (?:(?:have|had|has) been |were |was |are |being )?lost\b/, "killed"],
  // ("two more who had been wounded earlier died of their injuries", "15 wounded die in Turkish hospitals")
  [
    /^(?:more )?(?:who (?:had )?(?:been )?)?(?:wounded|injured)(?: (?!and\b|or\b)[\w-]+){0,3}? (?:died|die|dies|have died|had died|succumbed)\b/,
    "killed",
  ],
  [/^(?:wounded|injured|hurt|maimed)\b/, "injured"],
  // a chemical attack's hurt: "500 people arrived … showing signs of exposure to toxic chemicals", "at least 11
  // people had suffered symptoms of suffocation", "hundreds more were still fighting for breath"
  [
    /^(?:[\w-]+ ){0,8}?(?:showing|with|had|have|has) (?:suffered )?(?:signs|symptoms) of (?:exposure|suffocation|poisoning|chemical)|^(?:[\w-]+ ){0,2}?(?:suffered|suffering) (?:from )?(?:suffocation|poisoning|breathing difficulties)\b|^(?:more )?(?:were |are )?(?:still )?(?:struggling|fighting|gasping) for (?:breath|air)\b/,
    "injured",
  ],
  // "children accounted for 73 of the victims"
  // "… were responsible for 161 of these deaths"
  [/^of (?:the|those|these|all the) (?:[\w-]+ )?(?:victims|dead|fatalities|deaths|people killed|killed)\b/, "killed"],
  // ("Another 15 of the injured died": the wounded who died are dead)
  [
    /^of (?:the|those|these|all the) (?:wounded|injured)(?: (?:later|subsequently|since|also|then))? (?:died|have died|had died|succumbed)\b/,
    "killed",
  ],
  [/^of (?:the|those|these|all the) (?:wounded|injured|injuries)\b/, "injured"],
  // "the war has left 900,000 people with lasting wounds"
  [/^with (?:[\w-]+ ){0,2}?(?:wounds|injuries)\b/, "injured"],
  // "hundreds more were being treated for breathing difficulties"
  [/^(?:(?:were|was|are|is|being|been|have|has|had) ){0,3}treated for\b/, "injured"],
  // "Sixty of the Syrians being treated in Hatay hospitals had injuries"
  [
    /^(?:(?:were|was|are|is|being|been|still) ){0,3}(?:treated|hospitali[sz]ed) (?:in|at) (?:[\w'-]+ ){0,2}hospitals?\b/,
    "injured",
  ],
  [/^(?:(?:remain|remains|remained|are still|were still|still) )?internally displaced\b/, "internally_displaced"],
  // "About 5.6 million are living abroad": outside the country, refugees
  [/^(?:(?:are|were|now|still) ){0,2}(?:living|live|lives|lived|settled) abroad\b/, "refugees"],
  // "nearly 61,000 have reached Iraq": moving into another country makes refugees, whoever is counted
  [
    new RegExp(
      `^(?:(?:have|had|has|now) ){0,2}(?:reached|arrived in|fled to|fled into|crossed into|escaped to|gone to) (?:neighbou?ring )?${FOREIGN_PLACES}\\b`,
    ),
    "refugees",
  ],
  // "one million Syrians in flight", "120,000 on the move", "4,600 people had moved north", "9,000 people were able to
  // leave the area":
  // people on the move, read where they went
  [
    /^(?:in flight\b|(?:(?:are|were|now|still) )?on the move\b|(?:(?:have|had|has) )?(?:moved|headed) (?:north|south|east|west)(?:wards)?\b|(?:(?:were|was|have been|had been) )?able to (?:leave|flee|escape|get out)\b)/,
    "displacement",
  ],
  // "between 3,000 and 5,500 people are camped at the crossing"
  [
    /^(?:(?:(?:are|were|remain|remained|now|still) ){0,2}(?:camped|camping|stranded|massed|huddled)|(?:had|have|has) gathered) (?:at|in|on|near|along|by|beside|next to|close to|(?:just |immediately )?(?:north|south|east|west|outside|inside|short) of)\b/,
    "displacement",
  ],
  // "6 million remain displaced", "500,000 of those on the move", "200,000 of the newly displaced"
  // "93,200 displacements were recorded": movements of people inside Syria, as the agencies that track
  // them count them (people who cross a border are counted as refugees, not as displacements)
  [/^(?:(?:new|internal|fresh) )?displacements\b/, "internally_displaced"],
  [/^(?:remain|remains|remained|are still|were still) (?:displaced|uprooted)\b/, "displacement"],
  [/^of (?:the|those) (?:(?:newly|recently|internally) )?(?:displaced|uprooted|on the move)\b/, "displacement"],
  // "5.6 million live as refugees in the region", "five million Syrians living abroad as refugees"
  [
    /^(?:now |still )?(?:live|living|are living|lived|are|were|remain|remained|now) (?:abroad |outside (?:the country|syria) )?(?:registered )?as refugees\b/,
    "refugees",
  ],
  [
    /^(?:fled|flee|fleeing|displaced|uprooted|evacuated|escaped(?! (?:unharmed|unhurt|injury|death|with|alive|the (?:attack|blast|bombing|shelling)))|expelled|forced (?:to (?:flee|leave)|from|out)|(?:have |has |had )?had to (?:flee|leave) (?:their|his|her) homes?|driven (?:from|out)|(?:had |have |has )?been (?:expelled|driven out|forced out)|from (?:their|his|her) (?:homes?|houses?)|left (?:their |his |her )?homes|left for\b|lost (?:their|his|her) homes|sought (?:refuge|shelter|safety|asylum)|took refuge|taken refuge|found (?:refuge|shelter|safety)|crossed|cross|crossing|poured|streamed|flooded|surged|(?:walked|trekked|waded) (?:into|across|over)|registered as refugees)\b/,
    "displacement",
  ],
  // "bringing to 1,700 the number of civilians killed"
  [/^the (?:number|total|tally|count) of (?:[\w'-]+ ){0,3}?(?:killed|dead|deaths|fatalities)\b/, "killed"],
  [/^the (?:number|total|tally|count) of (?:[\w'-]+ ){0,3}?(?:wounded|injured)\b/, "injured"],
  [/^the (?:death )?toll\b/, "killed"],
  // "1.5 million Syrians now live in Lebanon": only for Syrians or refugees (checked by the caller)
  [
    /^(?:now |still )?(?:live|living|are living|reside|residing|are staying|staying|are sheltering|sheltering|are hosted|hosted) (?:in|by) (?:neighbou?ring )?(?:turkey|lebanon|jordan|iraq|egypt|europe|germany|iraqi kurdistan|the (?:country|kingdom))\b/,
    "abroad",
  ],
  // "1.5 million Syrians who fled the war"
  [
    /^(?:who|that) (?:have |had |has )?(?:fled|escaped|were displaced|have been displaced|had been displaced|were forced to flee|(?:left|abandoned) (?:their|the|his|her) (?:[\w'-]+ ){0,2}?(?:homes?|houses?|towns?|city|villages?|district|area|region|province|enclave|country|neighbou?rhoods?))\b/,
    "displacement",
  ],
];
const NOUN_CUES: ReadonlyMap<string, Metric> = new Map(
  Object.entries({
    refugees: "refugees",
    refugee: "refugees",
    idps: "internally_displaced",
    deaths: "killed",
    killings: "killed",
    fatalities: "killed",
    injuries: "injured",
    casualties: "killed_or_injured",
    bodies: "killed",
    corpses: "killed",
    // (the opposition's word for its dead: "recorded 734 martyrs", "Ten martyrs fell today")
    martyrs: "killed",
  }),
);
/**
 * Victims a body documented or counted are its dead: "it had documented 646 victims by name" (not victims of
 * something else, "treated 300 victims of the attack", nor of torture or abuse).
 */
function documentedVictims(a: SentenceAnalysis, m: NumberMention, k: number): Metric | undefined {
  if (a.tokens[k]?.lower !== "victims" || k !== m.end) return undefined;
  const hedgeAt = readHedge(a, m).start;
  return DOCUMENTED_BEFORE.test(joinTokens(a.tokens, Math.max(0, hedgeAt - 3), hedgeAt)) &&
    !VICTIMS_OF_ABUSE.test(joinTokens(a.tokens, k + 1, k + 4))
    ? "killed"
    : undefined;
}
const DOCUMENTED_BEFORE =
  /\b(?:documented|documents|recorded|records|counted|counts|identified|identifies|named|names|listed|lists|registered|registers|buried|buries)$/;
const VICTIMS_OF_ABUSE = /^of (?:torture|abuse|rape|sexual|violence|detention|kidnapping|trafficking)\b/;

const CONNECTORS = /^(?:and|plus|as well as|along with|together with|alongside|,)$/;
/**
 * Who says so, set off by commas between a count's noun and its verb, the verb after it: ", it says, have", ", the
 * agency said, were" (a subject of one or two words, named or described; not before the next clause: ", it said,
 * and 23 people were wounded").
 */
const SAYS_ASIDE =
  /^, ((?:it|they|he|she)|the [a-z-]+|[A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:says|said|say|estimates|estimated|believes|reckons) , (?!and\b|but\b|while\b|whereas\b)/;
const PARENTHETICAL =
  /^, (?:(?:mostly |mainly |many |among them )?(?:women|children|elderly|old men|men|families|civilians)\b(?! (?:were|was|are|had|have|has|died|fled)\b)|including|among them|among whom|of whom|most of them|many of them|some of them|mostly|mainly|all of them|the majority|(?:(?:more|less|fewer) than|nearly|almost|about|around|roughly|over|some|just over|just under) (?:half|a (?:third|quarter|fifth|tenth)|two-thirds|\d)|(?:half|a (?:third|quarter|fifth|tenth)|two-thirds|one in \w+) (?:of )?(?:the|its|their|his|her|them|whom|all|a)\b|or (?:(?:some|about|around|nearly|roughly|more than|over) )?\d|[a-z]+ (?:and|or) [a-z]+$)/;

interface PostfixHit {
  metric: CueMetric;
  index: number;
  via: "postfix" | "noun";
  /** Read from where people went ("went to", "came over"), in a passage about people leaving home. */
  moved?: true;
}

function mentionStartingAt(a: SentenceAnalysis, k: number): NumberMention | undefined {
  return a.mentions.find((m) => m.start === k);
}

/**
 * "Roughly 30,000 went to Hama city", "18,000 had left", "1,312 people were brought out of Foah":
 * where people went, counted as displacement only in a passage about people leaving their homes
 * (not "30,000 went to the polls").
 */
const MOVED_TO =
  /^(?:(?:have|had|has|were|was|been|are|is) ){0,2}(?:went(?! off\b)|gone|going|made (?:for|their way to)|headed|heading|set off|set out|moved|moving|relocated|reached|ended up|sought shelter|entered|left|made it (?:across|over|through|to|into|as far as)|c(?:a|o)me (?:over|through|across)|c(?:a|o)me(?! (?:under|into|to power|back))|arrived|landed|(?:brought|carried|bussed|taken|transferred|trucked) (?:out|to (?:an? |the )?(?:[\w'-]+ ){0,5}?(?:camps?|sites?|shelters?|centres?|centers?)\b)|out of (?:the )?(?:besieged|city|town|enclave|area|district|camp))\b(?! (?:to|for) (?:the polls|school|work|court|war)\b)/;

const TELLS = /^(?:put|puts|gave|gives|said|says|told|tells|estimated|estimates|reported|reports|counted|counts)$/;

/** "displaced children", "uprooted families": an adjective of who the people are, before their noun. */
const DISPLACED_WHO =
  /^(?:displaced|uprooted) (?:people|persons|syrians|children|women|men|civilians|families|residents)\b/;
/** The counts of people killed or hurt, as against people driven from their homes. */
export const CASUALTY: ReadonlySet<string> = new Set<Metric>(["killed", "injured", "killed_or_injured"]);

/** A verb that holds the count after it, with its hedge: "had 12,000", "was home to about 9,000". */
const HELD_BEFORE =
  /(?:^|\s)(?:had|has|have|held|holds|hosted|hosts|housed|houses|(?:is|was) home to)(?: (?:some|about|around|nearly|almost|over|more than|at least|roughly|an estimated))?$/;
/** What joins a count to the next that shares its verb: "… and", "… as well as". */
const AND_BEFORE = /(?:^|\s)(?:and|plus|as well as|along with|together with)$/;

/** Person nouns that name who is counted, not what befell them ("soldiers", not "wounded" or "dead"). */
const PEOPLE_COUNTED: ReadonlySet<string> = new Set(
  [...PERSON_NOUNS].filter(
    (w) => !/^(?:dead|wounded|injured|displaced|casualties|lives|bodies|corpses|others|victims?)$/.test(w),
  ),
);

/** A word an item of a list of people may hold: not a count, a joining word, nor one that opens an aside. */
function isListWord(a: SentenceAnalysis, k: number): boolean {
  const t = a.tokens[k];
  return (
    t?.kind === "word" &&
    !/^(?:and|or|including|among|mostly|mainly|most|many|some|all|half|both|either|nearly|almost|about)$/.test(
      t.lower,
    ) &&
    !mentionStartingAt(a, k)
  );
}

/**
 * Where a list of people nouns that a comma at `comma` opens ends: ", police and security men" (each item
 * up to three words, the last a person noun; an "and" or "or" before the last). Null when what follows
 * the comma is not such a list.
 */
function peopleListAfter(a: SentenceAnalysis, comma: number): number | null {
  const { tokens } = a;
  let k = comma + 1;
  let joined = false;
  for (;;) {
    // (the item ends at its first person noun: "security men")
    let words = 0;
    while (words < 3 && isListWord(a, k + words)) {
      words++;
      if (PEOPLE_COUNTED.has(tokens[k + words - 1]!.lower)) break;
    }
    if (words === 0 || !PEOPLE_COUNTED.has(tokens[k + words - 1]!.lower)) return null;
    k += words;
    if (joined) return k - 1;
    if (tokens[k]?.text === ",") k++;
    if (/^(?:and|or)$/.test(tokens[k]?.lower ?? "")) {
      joined = true;
      k++;
    } else if (tokens[k - 1]?.text !== ",") return null;
  }
}

function findPostfixCue(a: SentenceAnalysis, m: NumberMention, onTheMove = false): PostfixHit | null {
  const { tokens } = a;
  let nounHit: PostfixHit | null = null;
  let steps = 0;
  // "The town had 12,000 people and about 3,000 fled": a count a verb before it holds ends at "and"
  const held = HELD_BEFORE.test(joinTokens(tokens, Math.max(0, m.start - 4), m.start));
  let clause = a.clauseOf[m.start];
  for (let k = m.end; k < tokens.length && steps < 16; k++) {
    const t = tokens[k];
    if (!t) break;
    // "1,019 Islamic State (IS) militants killed": an abbreviation in brackets is part of the noun
    if (t.text === "(") {
      let close = k + 1;
      while (close < tokens.length && close < k + 6 && tokens[close]?.text !== ")") close++;
      if (tokens[close]?.text === ")") {
        k = close;
        clause = a.clauseOf[close + 1];
        continue;
      }
    }
    if (a.clauseOf[k] !== clause && !/^["“”]$/.test(t.text)) break;
    // "500,000 of the 1.6 million inhabitants of the province have left": the whole a share is taken
    // from, a population, is stepped over
    const whole = k === m.end + 2 ? mentionStartingAt(a, k) : undefined;
    if (whole && joinTokens(tokens, m.end, k) === "of the" && POPULATION_NOUNS.has(tokens[whole.end]?.lower ?? "")) {
      k = whole.end;
      continue;
    }
    if (t.text === ",") {
      // "About half of them, 51, died in shelling": a number set off by commas, the verb after it its own
      // (not a person's age after the name: "Gasan Alun, 40, came across")
      if (
        k === m.end &&
        tokens[m.start - 1]?.text === "," &&
        /^[a-z]/.test(tokens[m.start - 2]?.text ?? "") &&
        a.clauseOf[k + 1] !== undefined
      ) {
        clause = a.clauseOf[k + 1];
        continue;
      }
      // "143 soldiers, police and security men had been killed": the count's noun opens a list of the people
      // counted, and the verb after the list is the count's
      const listEnd = PEOPLE_COUNTED.has(tokens[k - 1]?.lower ?? "") ? peopleListAfter(a, k) : null;
      if (listEnd !== null) {
        // (an aside closed by a comma is stepped over whole: "350,209 people, civilians and fighters alike,
        // killed in …")
        const closes = /^(?:alike|together|both|included)$/.test(tokens[listEnd + 1]?.lower ?? "")
          ? listEnd + 2
          : listEnd + 1;
        k = tokens[closes]?.text === "," ? closes : listEnd;
        clause = a.clauseOf[k + 1];
        continue;
      }
      const aside = SAYS_ASIDE.exec(joinTokens(tokens, k, k + 7));
      if (aside) {
        k += 2 + aside[1]!.split(" ").length;
        continue;
      }
      // "30 people, including 10 children, were killed": step over the aside
      const ahead = joinTokens(tokens, k, k + 4);
      const next = mentionStartingAt(a, k + 1);
      const partitive = next && /^(?:of (?:them|whom)|among them)/.test(joinTokens(tokens, next.end, next.end + 2));
      if (PARENTHETICAL.test(ahead) || partitive) {
        let j = k + 1;
        while (j < tokens.length && tokens[j]?.text !== "," && a.clauseOf[j] === a.clauseOf[m.start]) j++;
        if (tokens[j]?.text !== ",") break;
        k = j;
        continue;
      }
      // ", 5 of them children" belongs to this number; anything else ends the phrase
      break;
    }
    // ("13 members of one family, among them seven children, were killed": the family is no count)
    if (t.lower === "one" && /^(?:family|household)$/.test(tokens[k + 1]?.lower ?? "")) continue;
    if (t.kind === "num" || mentionStartingAt(a, k)) {
      const other = mentionStartingAt(a, k);
      // ("more than 32 children under the age of 10 and over 60 adults among the dead": an age is no count)
      // (but "two sisters aged four and three died" are two people told of, whose verb is their own)
      if (other && isAge(a, other) && tokens[k - 1]?.lower !== "aged") {
        k = other.end - 1;
        continue;
      }
      const before = joinTokens(tokens, k - 3, k);
      if (other && AND_BEFORE.test(before) && !held) {
        // "265 deaths and 1,200 wounded": a count that named its own kind does not share the next one's verb
        if (nounHit) return nounHit;
        k = other.end - 1;
        clause = a.clauseOf[other.start];
        continue;
      }
      break;
    }
    // "three soldiers and some 50 residents died": the next count, hedged, shares the verb too
    if (t.kind === "word" && !held && AND_BEFORE.test(joinTokens(tokens, k - 3, k))) {
      const other = a.mentions.find((o) => o.start > k && o.start <= k + 4 && readHedge(a, o).start === k);
      if (other) {
        if (nounHit) return nounHit;
        k = other.end - 1;
        clause = a.clauseOf[other.start];
        continue;
      }
    }
    if (t.kind === "punct" && !/^["“”'‘’-]$/.test(t.text)) break;
    // "1.5 million of whom had fled": the partitive is part of the number
    if (k === m.end + 1 && (t.lower === "whom" || t.lower === "them") && tokens[m.end]?.lower === "of") continue;
    // "an activist put the dead at 70": a verb of telling or estimating starts what the subject says
    if (TELLS.test(t.lower) && /^(?:the|a|an|its|their|his|her)$/.test(tokens[k + 1]?.lower ?? "")) break;
    const rest = joinTokens(tokens, k, k + 6);
    for (const [re, metric] of POSTFIX_CUES) {
      if (!re.test(rest)) continue;
      // "seven displaced children had died": who they were gives way to what happened to them
      if (metric === "displacement" && k === m.end && DISPLACED_WHO.test(rest)) {
        const then = findPostfixCue(a, { ...m, end: k + 2 });
        if (then?.via === "postfix" && CASUALTY.has(then.metric)) return then;
      }
      return { metric, index: k, via: "postfix" };
    }
    // (not "a convoy heading into the town": one of something is not a count of people who left)
    // (read over a longer stretch, for the name of the camp people were taken to)
    if (onTheMove && !m.article && MOVED_TO.test(joinTokens(tokens, k, k + 10)))
      return { metric: "displacement", index: k, via: "postfix", moved: true };
    // ("12,000 Palestine refugees are among the civilians still living there": refugees of another war, who live
    // in Syria)
    // (but those who fled abroad are refugees of this one: "11,105 Palestine refugees from Syria … in Jordan")
    const otherWar =
      PALESTINIAN.has(a.tokens[k - 1]?.lower ?? "") && !COUNTRY_ABROAD.test(a.norm) && !/\bfrom syria\b/.test(a.norm);
    const noun = otherWar ? undefined : (NOUN_CUES.get(t.lower) ?? documentedVictims(a, m, k));
    if (noun && !nounHit) nounHit = { metric: noun, index: k, via: "noun" };
    // ("350,209 identified people who were killed": a relative clause on the count's own noun says what befell it)
    if (
      RELATIVE_WHO.test(t.lower) &&
      k > m.end &&
      (PERSON_HEAD.test(tokens[k - 1]?.lower ?? "") || tokens[k - 1]?.text === ",") &&
      AUX.test(tokens[k + 1]?.lower ?? "")
    ) {
      const verb = tokens[k + 2]?.lower === "been" ? k + 3 : k + 2;
      const said = joinTokens(tokens, verb, verb + 6);
      const cue = POSTFIX_CUES.find(([re, metric]) => CASUALTY.has(metric as Metric) && re.test(said));
      if (cue) return { metric: cue[1], index: verb, via: "postfix" };
    }
    if (STOP_WORDS.has(t.lower)) break;
    if (t.kind === "word") steps += 1;
  }
  return nounHit;
}

const RELATIVE_WHO = /^(?:who|that)$/;
const PERSON_HEAD = /^(?:people|persons|civilians|syrians|individuals|children|women|men|victims)$/;
const AUX = /^(?:were|was|had|have|has)$/;

// ---- refugees, internally displaced or displaced ----

const OPENS_INSIDE = /^\s*(?:inside|within|in) (?:syria|the country)(?: itself)?\s*,?\s/;
const INSIDE_BEFORE = new RegExp(
  String.raw`\b(?:inside|within) (?:syria|the country)(?: itself)?(?: ,)?(?: (?:a further|another|an additional))?(?: ${HEDGE_WORDS})?$`,
);
const INTERNAL =
  /\b(?:internally displaced|idps|(?:at|in) (?:the )?(?:atmeh|atma)(?: camps?)?|on the syrian side of the (?:[\w-]+ ){0,2}?(?:border|frontier)|without (?:leaving|crossing|fleeing) (?:the country|syria|(?:a|any|the) (?:border|frontier))|(?<!\bfrom and )(?:within|inside) (?:the country|(?:(?:north|south|east|west|north ?-? ?west|north ?-? ?east|south ?-? ?west|south ?-? ?east)(?:ern)? |central )?syria|their (?:own )?country|(?:the|[a-z][\w'-]+) (?:governorate|province)|the (?:north ?-?west|north ?-?east|enclave))|elsewhere in (?:the country|syria|the (?:city|town|province|governorate))|other (?:parts|neighbou?rhoods|districts|areas|quarters) of (?:the country|syria|the (?:city|town|province|governorate)|(?!the\b|them\b)[a-z][\w'-]+))\b/;
/** What follows "refugee" in a body's name: "the UN refugee agency", "the Norwegian Refugee Council". */
const REFUGEE_BODY_NOUN = "(?:agency|chief|council|commissioner)";
/** People who left their homes, which says nothing of a border: "forced to flee their homes". */
const FROM_THEIR_HOMES =
  /\b(?:flee|fled|fleeing|left|leave|leaving|driven from|forced from|uprooted from) (?:their|his|her) homes?\b/;
/** A body named for refugees: "the UN refugee agency", "High Commissioner for Refugees". */
const REFUGEE_BODY = new RegExp(String.raw`\bcommissioner for refugees\b|\brefugees? ${REFUGEE_BODY_NOUN}\b`);
/** The word "refugees", but not in a body's name. */
// (nor Palestine refugees, of another war, who live in Syria: "a count that took in Palestine refugees from the city's camp")
const REFUGEES_NOT_A_BODY = String.raw`(?<!commissioner for |palestin(?:e|ian) )\brefugees?\b(?! ${REFUGEE_BODY_NOUN}\b)`;
const EXTERNAL = new RegExp(
  `${NOT_YET_LET_IN}\\b(?:to|into|across|over|in|for|reach|reached|reaching)\\s+(?:neighbou?ring\\s+)?${FOREIGN_PLACES}\\b|(?<!\\bwithout )\\b(?:fled|left|escaped|fleeing|leaving) (?:the country|syria|(?:their|his|her) (?:own )?(?:country|homeland))\\b|\\b(?:out of|from) (?:the country|syria) (?:into|to)\\b|\\b(?:crossed|fled|escaped) out of (?:the country|syria)\\b|\\babroad\\b|\\b(?:came|come|coming) ashore\\b|\\blanded\\b|\\bcrossed the borders?\\b|${REFUGEES_NOT_A_BODY}|\\bacross (?:the|syria['’]s|the country['’]s) borders?\\b|(?<!\\binside (?:and|or) )\\boutside (?:their|the) country\\b|(?<!\\binside (?:and|or) )\\boutside syria\\b|\\b(?:to|into|in) the (?:lebanese|jordanian|turkish|iraqi) (?:border )?(?:town|city|village|province|side|capital)\\b`,
);

/** Where a part of the people counted went: "most of them within the province". */
const PART_WENT = /\b(?:most|many|some|half|the majority|a few) of them (?:within|inside|in|to|into) [^,;]*/g;

const HOST_BEFORE = new RegExp(
  `\\b${FOREIGN_PLACES}\\b.{0,40}\\b(?:shelters|hosts|houses|has taken in|took in|has received|received|is home to|now hosts|already hosts|already shelters)(?: ${HEDGE_WORDS})?$`,
);

/**
 * Splits a displacement cue by where people went, reading from the cue to the
 * next number; [hostFrom, hostTo) holds the words before the number, where a
 * host country may be named.
 */
export function classifyDisplacement(
  a: SentenceAnalysis,
  from: number,
  to: number,
  hostFrom = from,
  hostTo = from,
  abroad = false,
): Metric | null {
  // ("205,000 people had been uprooted, most of them within the province": where a part of them went says nothing of
  // where all did)
  const text = joinTokens(a.tokens, from, to).replace(PART_WENT, "");
  // "Inside Syria, a further 4.25 million have been uprooted": a sentence that opens inside the country
  // (or names it right before the number: "and inside the country a further 6.5 million people are displaced")
  const internal =
    INTERNAL.test(text) ||
    OPENS_INSIDE.test(a.norm) ||
    (hostTo > hostFrom && INSIDE_BEFORE.test(joinTokens(a.tokens, hostFrom, hostTo)));
  const external = EXTERNAL.test(text);
  if (internal && external) return "displaced";
  if (internal) return "internally_displaced";
  // ("…have fled, the UN refugee agency said": the refugee agency's name, when nothing says inside Syria)
  if (external || (REFUGEE_BODY.test(text) && !FROM_THEIR_HOMES.test(text))) return "refugees";
  // "Turkey already shelters 1.5 million Syrians who fled"
  if (HOST_BEFORE.test(joinTokens(a.tokens, hostFrom, hostTo))) return "refugees";
  // crossing or pouring without a border or country named is movement, not flight
  const cue = a.tokens[from]?.lower ?? "";
  // (unless the passage is about people arriving in another country: "8,900 crossed on Friday")
  if (/^(?:cross|poured|streamed|flooded|surged|walked|trekked|waded)/.test(cue))
    // ("23,000 people poured into the camp": arrivals in a camp have left their homes)
    // ("10,000 civilians had streamed out that morning": people pouring out of a place have left it)
    return abroad ? "refugees" : INTO_A_CAMP.test(text) || OUT_OF_A_PLACE.test(text) ? "displaced" : null;
  return "displaced";
}

// (not a crowd leaving prayers: "tens of thousands poured out of mosques")
const OUT_OF_A_PLACE = /^(?:poured|streamed|flooded|surged) out\b(?! of (?:the )?(?:mosques?|churches|prayers?)\b)/;
const INTO_A_CAMP =
  /^(?:poured|streamed|flooded|surged) into (?:the |a |an )?(?:[\w'-]+ ){0,3}?(?:camps?|tent cities|shelters)\b/;

/**
 * The kind of an item of a count of people displaced, by where the item says they went: "60,000
 * had fled: some 50,000 to other parts of the city and 10,000 to Turkey" (internally displaced, then
 * refugees). Any other item keeps the count's kind.
 */
function wentWhere(a: SentenceAnalysis, m: NumberMention, metric: Metric): Metric {
  if (metric !== "displaced") return metric;
  return classifyDisplacement(a, m.end, nextMentionStart(a, m.end)) ?? metric;
}

function nextMentionStart(a: SentenceAnalysis, after: number): number {
  const next = a.mentions.find((m) => m.start >= after);
  return next ? next.start : a.tokens.length;
}

const ABROAD_HEADS = new Set(["syrians", "refugees", "refugee", "displaced"]);
/** What follows a count of Syrians that places them in another country, on its register, or in its camps. */
const HELD_ABROAD = new RegExp(
  `^(?:\\S+ ){0,8}?(?:(?:in|into|to|across|inside|throughout) (?:neighbou?ring )?${FOREIGN_PLACES}\\b|(?:registered|on (?:the )?(?:unhcr|agency|un)(?:'s| 's) ${REGISTER_NOUN}|on the ${REGISTER_NOUN} of (?:the )?(?:unhcr|un refugee agency|refugee agency)|on the ${REGISTER_NOUN}(?= [.,;]| $|$))\\b|(?:in|over|across|among) (?:[\\w'-]+ ){0,4}?(?:camps|tent cities)\\b)`,
);
/** People counted in camps or tent cities: "8,421 people in the tent cities". */
const IN_CAMPS =
  /^(?:people|persons) (?:in|at|across) (?:the |its |their |six |five |four |three |two )?(?:[\w'-]+ ){0,2}?(?:camps|tent cities|tent camps)\b/;
/** People living in a camp: "people remain in al-Hol", "people are staying at the Bajid Kandala camp". */
const LIVING_IN_A_CAMP =
  /^(?:people|persons) (?:(?:are|were|had been|have been) )?(?:(?:still|now|currently) )?(?:remain|remained|stay|stayed|staying|live|lived|living|shelter|sheltered|sheltering) (?:in|at|inside) (?:the )?(?:[\w'-]+ ){0,3}?(?:camps?|settlements?|al - hol|rukban|berm)\b/;
/** What a camp's population is told with: "put the population at", "pushing the population past", "the camp's population had topped". */
const CAMP_POPULATION_BEFORE =
  /\b(?:(?:put|puts|putting|placed) (?:the|its) (?:camp ?'s )?population(?: of [\w' -]{1,30}?)?(?: alone)? at|(?:pushing|pushed|taking|took|bringing|brought) (?:the|its) (?:camp ?'s )?population(?: past| to| above| over| beyond)?|(?:the )?camp ?'s population(?: had| has)?(?: topped| passed| reached| risen to| rose to| stood at| climbed to)?)$/;
/** A camp, or one known by its name. */
const A_CAMP = new RegExp(String.raw`\b(?:camps?|berm|tent settlements?|${FOREIGN_CAMPS}|${SYRIAN_CAMPS})\b`);
/** What follows a count kept on a register: "(230,671 people) on its books". */
const ON_ITS_BOOKS = new RegExp(
  String.raw`^(?:people |persons |individuals )?on (?:its|their|the agency 's|the agency's|unhcr 's|unhcr's) ${REGISTER_NOUN}\b`,
);
/** People going back, sent back, or held at home are not refugees. */
const GONE_HOME = /\b(?:returned|return|returning|went back|gone back|repatriated|deported|sent back)\b/;

// ---- subgroups and coordination ----

const SUBGROUP_BEFORE =
  /\b(?:including|among them|among whom|of whom|of them|of which|mostly|mainly|namely|among the dead|among those killed|the majority of them|most of them|(?:that|which) (?:includes?|included)|broken down (?:as|into)|(?:broke|breaks|breaking) (?:it |them )?down (?:as|into)|made up of|comprising|divided into)(?: (?:were|was|are|is))?$/;
const SUBGROUP_AFTER = /^(?:of (?:them|whom|those|these)|among them)\b/;
/** "…, six women and six children among them", "17 children and 12 women were among them": a list of counts closed by "among them". */
const SUBGROUP_LIST_AFTER =
  /^[\w-]+ (?:(?:and|,) (?:[\w-]+ ){1,2})*(?:(?:were|was|are|is) )?among (?:them|the dead|the victims)\b/;

/** The subject of "were among them", up to it: "minors and thirty-five women were among them". */
const WERE_AMONG_THEM =
  /^(?:(?!\b(?:were|was|are|is|had|have|has|been|who|whose|which|that)\b)[^.;:])*?\b(?:were|was) among (?:them|the dead|the victims)\b/;

/** "1,400 had died, split evenly in her account between 700 members of the security forces and 700 protesters". */
const SPLIT_BETWEEN = /\b(?:split|divided|shared)(?: [\w'’]+){0,4} between$/;

function isSubgroup(a: SentenceAnalysis, m: NumberMention, hedgeStart: number): boolean {
  return (
    SUBGROUP_BEFORE.test(joinTokens(a.tokens, hedgeStart - 5, hedgeStart)) ||
    SPLIT_BETWEEN.test(joinTokens(a.tokens, hedgeStart - 6, hedgeStart)) ||
    SUBGROUP_AFTER.test(joinTokens(a.tokens, m.end, m.end + 2)) ||
    SUBGROUP_LIST_AFTER.test(joinTokens(a.tokens, m.end, m.end + 10))
  );
}

/** "… personnel and 13 Syrian troops": only nouns and modifiers between the two numbers, then a connector. */
/** A connector and the day the next count is of: "and on Monday", ", by Tuesday". */
const AND_ON_A_DAY = new RegExp(
  String.raw`(?:^|\s)(?:and|,) (?:(?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:${MONTHS_LOWER})(?: alone)?|(?:on|by) (?:\d{1,2} (?:${MONTHS_LOWER})|(?:${MONTHS_LOWER}) \d{1,2}))$`,
);

/** The link of a part of the nearest count before it in the sentence (past a rate between, which is no count to
 * break down: "182 were children, which it calculates as seven a day, and 110 were women"), or null. */
function partOfCountBefore(
  a: SentenceAnalysis,
  links: ReadonlyArray<MetricLink | null>,
  m: NumberMention,
  i: number,
): MetricLink | null {
  for (let p = i - 1; p >= 0; p--) {
    const parent = links[p];
    if (parent && !isRate(a, p))
      return {
        metric: wentWhere(a, m, parent.metric),
        via: "subgroup",
        cueIndex: a.mentions[p]?.start ?? 0,
        parent: parent.parent ?? p,
        ...(parent.carried ? { carried: true as const } : {}),
      };
  }
  return null;
}

/** A dash that closes the clause of the count before it, within a few words and no other punctuation. */
function dashAfterClause(a: SentenceAnalysis, prev: NumberMention | undefined, dash: number): boolean {
  if (!prev || dash - prev.end > 10 || dash <= prev.end) return false;
  return a.tokens.slice(prev.end, dash).every((t) => t.kind === "word");
}

/** Whether a colon opens a list before token `at`: "killed 235 people: 50 civilians; 122 soldiers; …". */
const colonBefore = (a: SentenceAnalysis, at: number): boolean => a.tokens.slice(0, at).some((t) => t.text === ":");

function isCoordinated(a: SentenceAnalysis, prev: NumberMention, hedgeStart: number): boolean {
  const from = pastAside(a, prev.end);
  // (a hyphenated word is one: "13,000 members of the Kurdish-led Syrian Democratic Forces and")
  const hyphens = a.tokens.slice(from, hedgeStart).filter((t) => t.text === "-").length;
  // (nor is an abbreviation in brackets: "158 members of the Syrian Democratic Forces (SDF) and")
  const abbreviations = a.tokens
    .slice(from, hedgeStart)
    .filter((t, k, all) => all[k - 1]?.text === "(" && all[k + 1]?.text === ")" && /^[A-Z]{2,8}$/.test(t.text)).length;
  if (hedgeStart - from - hyphens - 3 * abbreviations > 9) return false;
  // ("the deaths of 25,407 regular soldiers and of 17,311 members of the NDF", "stood at 4.6 million at the end
  // of 2015 and at 4.85 million": the preposition said again)
  const more = beforeMore(a, hedgeStart);
  const end =
    /^(?:of|at)$/.test(a.tokens[more - 1]?.lower ?? "") && /^(?:and|,)$/.test(a.tokens[more - 2]?.lower ?? "")
      ? more - 1
      : more;
  const between = a.tokens.slice(from, end);
  const last = between[between.length - 1];
  if (!last) return false;
  const lastTwo = joinTokens(a.tokens, end - 3, end);
  // ("killed 235 people: 50 civilians, …; 122 government soldiers; …": in a list a colon opened, ";" parts items)
  const inList = colonBefore(a, prev.start);
  const separator = inList && (last.text === ";" || (last.lower === "and" && between.at(-2)?.text === ";"));
  // ("around 6,000 more came through, and on Monday upwards of 4,800": the next day's count shares the verb)
  const nextDay = AND_ON_A_DAY.test(joinTokens(a.tokens, end - 4, end));
  if (
    !separator &&
    !nextDay &&
    !CONNECTORS.test(last.lower) &&
    !/(?:as well as|along with|together with)$/.test(lastTwo)
  )
    return false;
  return between.every(
    (t, k) =>
      // ("15,948 children under the age of 18 and 10,540 women": an age is no count between them)
      // ("reached 184,705, and by 5 July 202,702": nor is the day the next count is told by)
      (t.kind !== "num" ||
        AGE_BEFORE.test(joinTokens(between, Math.max(0, k - 4), k)) ||
        (nextDay && /^\d{1,2}$/.test(t.text))) &&
      // (a verb between ends the item before, unless ";" parts the items: "42 rebels who had signed deals;")
      !(
        !separator &&
        t.kind === "word" &&
        /(?:ing|ed)$/.test(t.lower) &&
        !/^(?:armed|wounded|injured|displaced|killed|affiliated|allied|backed|led)$/.test(t.lower) &&
        !STOP_WORDS.has(t.lower)
      ) &&
      (t.text !== ";" || inList),
  );
}

/**
 * Past an aside between commas right after a count: "16,142 civilians, a category that includes people
 * who took up arms, plus 1,018 defectors" goes on after the second comma.
 */
function pastAside(a: SentenceAnalysis, at: number): number {
  // (past the count's own noun: "civilians")
  let comma = at;
  while (comma < at + 3 && a.tokens[comma]?.kind === "word") comma += 1;
  if (a.tokens[comma]?.text !== "," || !ASIDE_OPENS.test(a.tokens[comma + 1]?.lower ?? "")) return at;
  for (let k = comma + 2; k < a.tokens.length && k <= comma + ASIDE_LENGTH; k++) {
    const t = a.tokens[k]!;
    if (t.kind === "num" || t.text === ";" || t.text === ":") return at;
    if (t.text === ",") return k;
  }
  return at;
}
/** Words an aside after a count opens with: "a category that …", "which …", "most of them …". */
const ASIDE_OPENS = /^(?:a|an|the|which|who|whom|whose|most|many|some|all|mostly|mainly)$/;
const ASIDE_LENGTH = 16;

/** What comes before an age: "under the age of", "aged", "younger than". */
const AGE_BEFORE = /(?:^|\s)(?:(?:under|over|above|below) the age of|aged(?: between)?|(?:younger|older) than|under)$/;

/** What a number of days counts: "eight days", "two weeks". */
const SPAN_UNIT = /^(?:hours?|days?|weeks?|months?|years?)$/;

function isAge(a: SentenceAnalysis, m: NumberMention): boolean {
  return AGE_BEFORE.test(joinTokens(a.tokens, Math.max(0, m.start - 4), m.start));
}

/** A count some party is held to have caused: "responsible for 741", "blamed for 416 deaths". */
const RESPONSIBLE_FOR =
  /\b(?:responsible for|blamed for|accounted for|accounts for|account for)(?: the (?:deaths|killing|killings) of)?$/;
/** The next party and its share, its verb said once: "…, and forces it believes to be Russian for". */
const NEXT_PARTY_FOR = /(?:^|\s)(?:and|,)(?: [^\s;:]+){1,10} for$/;

/** After a breakdown's item and its relative clause, a connector and the next: "50,000 who had moved … and 10,000". */
function isNextPart(a: SentenceAnalysis, prev: NumberMention, hedgeStart: number): boolean {
  if (hedgeStart - prev.end > 16 || !/^(?:who|whom|that|which)$/.test(a.tokens[prev.end]?.lower ?? "")) return false;
  const between = a.tokens.slice(prev.end, hedgeStart);
  return (
    between.every((t) => t.kind !== "num" && t.text !== ";" && t.text !== ":") &&
    /(?:^|\s)(?:and|,)$/.test(joinTokens(a.tokens, prev.end, beforeMore(a, hedgeStart)))
  );
}

/**
 * Where an item's lead-in ends, before "another" or "a further" if it has one: "… and another 10,000",
 * "… and a further 3,000" are the next item, its count said to be more of the same.
 */
function beforeMore(a: SentenceAnalysis, hedgeStart: number): number {
  if (!/^(?:another|further)$/.test(a.tokens[hedgeStart - 1]?.lower ?? "")) return hedgeStart;
  return a.tokens[hedgeStart - 2]?.lower === "a" ? hedgeStart - 2 : hedgeStart - 1;
}

export interface LinkInput {
  head: HeadNoun;
  hedgeStart: number;
}

// "… 27 in the east and 11 in the west": the verb is said once, the second count is elliptical
const ELLIPSIS_BEFORE =
  /(?:^|\s)(?:and|,|as well as|while|with another|compared (?:with|to)|up from|down from|against|versus|followed by|then)$/;
const ANOTHER_END = /(?:,|\b(?:and|or)) (?:possibly|perhaps|maybe|probably|even)$/;
const ELLIPSIS_AFTER =
  /^(?:in|at|inside|outside|across|around|near|on the|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/;
/** What may follow "N more" that goes on with the count before: a time or a place ("more between 9 and 12 February"). */
const ELLIPSIS_AFTER_MORE = /^(?:between|in|on|over|during|by|from|since|the|that|last|this|$)/;
// "… and 2 million in the province need aid": a verb of its own, so not elliptical
const OWN_VERB =
  /^(?:are|were|is|was|have|has|had|need|needs|needed|remain|remains|remained|live|lives|lived|will|would|could|can|may|must|face|faces|depend|depends|rely|relies)$/;

function isElliptical(a: SentenceAnalysis, m: NumberMention, input: LinkInput): boolean {
  // "…has killed more than 1,300 civilians since mid-March, and possibly as many as 1,400.": the same count's
  // other end, closing the sentence
  if (
    ANOTHER_END.test(joinTokens(a.tokens, input.hedgeStart - 3, input.hedgeStart)) &&
    input.head.kind === "none" &&
    /^[.;]?$/.test(a.tokens[m.end]?.text ?? "")
  )
    return true;
  // "In Aleppo, 21 were killed, in Deir ez-Zor 17 and in Hama 12": the next place's count, its verb said once
  // ("In April 2012 it hosted 18,000 refugees; in April 2013, 356,000": or the next time's)
  const item = joinTokens(a.tokens, Math.max(0, input.hedgeStart - 7), input.hedgeStart);
  if (
    ((PLACE_ITEM_BEFORE.test(item) && /^\p{Lu}/u.test(a.tokens[input.hedgeStart - 1]?.text ?? "")) ||
      TIME_ITEM_BEFORE.test(item)) &&
    input.head.kind === "none" &&
    input.head.modifiers.length === 0 &&
    /^(?:[,.;]|and)?$/.test(a.tokens[m.end]?.lower ?? "")
  )
    return !hasOwnVerb(a, m.end);
  // ("200,000 were uprooted in the week to 2 February, and about 142,000 more between 9 and 12 February": more of
  // the same, at another time; "…, Egypt 43,665, with 8,262 more in North Africa": or in another place)
  const more = a.tokens[m.end]?.lower === "more" && ELLIPSIS_AFTER_MORE.test(a.tokens[m.end + 1]?.lower ?? "");
  const lead = joinTokens(a.tokens, input.hedgeStart - 3, input.hedgeStart);
  if (!ELLIPSIS_BEFORE.test(lead) && !(more && /(?:^|\s)with$/.test(lead))) return false;
  const from = more ? m.end + 1 : input.head.kind === "person" ? input.head.index + 1 : m.end;
  if (!more && input.head.kind === "none" && input.head.modifiers.length > 0) return false;
  if (!more && !ELLIPSIS_AFTER.test(joinTokens(a.tokens, from, from + 2))) return false;
  return !hasOwnVerb(a, from);
}

/** The next item of a list of times and their counts: "; in April 2013," (then "356,000"). */
const TIME_ITEM_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:;|,|and) (?:in|by) (?:(?:early|mid|late|the end of) )?(?:(?:${MONTHS_LOWER}) )?(?:19|20)\d\d ,$`,
);
/** The next item of a list of places and their counts: ", in Deir ez-Zor" (then "17"). */
const PLACE_ITEM_BEFORE = /(?:^|\s)(?:,|and) in (?:the )?\p{L}[\w'’-]*(?: [\w'’-]+){0,3}$/u;

const DESTINATION_AFTER = new RegExp(`^${FOREIGN_PLACES}(?:\\s|$)`);

/**
 * "Nearly 61,000 have reached Iraq, about 43,500 Egypt and 12,000 Armenia":
 * after refugees counted by where they went, a bare number followed by
 * another country is the next item of the same list.
 */
function isNextDestination(a: SentenceAnalysis, m: NumberMention, input: LinkInput, prevLink: MetricLink): boolean {
  if (prevLink.metric !== "refugees" || input.head.kind !== "none") return false;
  if (!/^(?:,|and)$/.test(a.tokens[input.hedgeStart - 1]?.lower ?? "")) return false;
  return DESTINATION_AFTER.test(joinTokens(a.tokens, m.end, m.end + 3));
}

/**
 * "An estimated 30,000 had gone to Hama city, about 9,000 to Tartous governorate, and around 425 people (85
 * families) to Lattakia": after a count of people who moved, the next count and where it went, its verb
 * said once.
 */
function isNextMoveTo(a: SentenceAnalysis, m: NumberMention, input: LinkInput, prevLink: MetricLink): boolean {
  if (!UPROOTED.has(prevLink.metric) || !/^(?:,|and)$/.test(a.tokens[input.hedgeStart - 1]?.lower ?? "")) return false;
  let k = m.end;
  if (/^(?:people|persons|syrians|others|more|individuals)$/.test(a.tokens[k]?.lower ?? "")) k += 1;
  // (past what the count is in other units: "(85 families)")
  if (a.tokens[k]?.text === "(") {
    const close = a.tokens.findIndex((t, j) => j > k && j <= k + 5 && t.text === ")");
    if (close < 0) return false;
    k = close + 1;
  }
  const to = a.tokens[k];
  const where = a.tokens[k + 1];
  if (!to || !where || !/^(?:to|into|towards?)$/.test(to.lower)) return false;
  return /^[A-Z]/.test(where.text) || MOVED_TOWARDS.test(where.lower);
}
/** Words that open where people went, other than a name: "to northern Idlib", "to the coast", "to other parts". */
const MOVED_TOWARDS =
  /^(?:the|northern|southern|eastern|western|north|south|east|west|north-?western|north-?eastern|south-?western|south-?eastern|central|other|neighbou?ring|nearby|rural|camps?|areas?|villages?|towns?|cities)$/;

/** Words that make a stretch of text a clause of its own rather than the subject of a gapped item. */
const CLAUSE_WORD =
  /^(?:said|says|say|told|tells|reported|reports|added|were|was|are|is|had|has|have|been|being|killed|died|fled|wounded|injured|left|according|which|who|that|while|but|of|in|on|at|to|from|since|by|for)$/;
/** A preposition opening where an item's people are counted: "on its lists", "in camps". */
const WHERE_COUNTED = /^(?:on|in|inside|within|across)$/;
/** What may follow the number of a gapped item: the next item, or the end of the sentence. */
const ITEM_END = /^(?:,|;|and|\.|$)/;

/**
 * "Government forces killed 111 civilians, Russian forces 75 and rebels 12": after a count
 * with its verb and noun, the next items repeat neither, only their subject and a bare number.
 */
function isGapped(a: SentenceAnalysis, m: NumberMention, input: LinkInput, prev: NumberMention): boolean {
  if (input.head.kind !== "none" || input.head.modifiers.length > 0) return false;
  const between = a.tokens.slice(prev.end, input.hedgeStart);
  // the previous item's noun, then a comma, semicolon or "and", then the subject: one to five words, no verb
  const joint = between.findIndex((t) => t.text === "," || t.text === ";" || t.lower === "and");
  if (joint < 0) return false;
  const subject = between.slice(joint + 1).filter((t) => t.lower !== "and");
  if (subject.length < 1 || subject.length > 5) return false;
  if (subject.some((t) => t.kind === "num" || CLAUSE_WORD.test(t.lower) || /^[;:.!?()]$/.test(t.text))) return false;
  // the previous item's own words after its number: its noun only, nothing that starts a clause
  // ("Lebanon hosts 1.14 million of them, Turkey 815,000": or a share of those just counted)
  let tail = between.slice(0, joint);
  if (tail[0]?.lower === "of" && /^(?:them|those|these)$/.test(tail[1]?.lower ?? "")) tail = tail.slice(2);
  // ("Children made up 37 of that number, and women 19")
  else if (PART_OF_THOSE.test(joinTokens(tail, 0, 3)) && tail.length === 3) tail = [];
  // or where they are counted ("Turkey had 347,815 on its lists and Iraq 148,028")
  else if (WHERE_COUNTED.test(tail[0]?.lower ?? "") && tail.length <= 4) tail = tail.slice(1);
  if (tail.length > 4 || tail.some((t) => CLAUSE_WORD.test(t.lower))) return false;
  return ITEM_END.test(a.tokens[m.end]?.lower ?? "");
}

/** A finite verb after the count, before the phrase ends: the count starts a clause of its own. */
function hasOwnVerb(a: SentenceAnalysis, from: number, describedBy = false): boolean {
  for (let k = from; k < a.tokens.length && k < from + 14; k++) {
    const t = a.tokens[k];
    if (!t || t.kind === "num" || /^[,;.:!?]$/.test(t.text) || t.lower === "and") break;
    // (an item of a list a colon opened may be described by a clause of its own: "42 former rebels who had
    // signed settlement deals")
    if (describedBy && /^(?:who|whom|whose|which|that)$/.test(t.lower)) break;
    // ("104 in April and 96 in May": "May" the month is no modal)
    if (OWN_VERB.test(t.lower) && t.text !== "May") return true;
  }
  return false;
}

/** What follows a number that compares it with another rather than counting some of them. */
const NOT_A_PART = /^(?:more|fewer|less|up|down|higher|lower|above|below|than)$/;

/**
 * A sentence that goes on with the figures of the one before: "Of them, …", "The rest were …",
 * "That total includes …", "They were 106 unarmed civilians, 39 rebel fighters …". Its numbers take that
 * sentence's metric, and its source. ("By its count they include 17,281 civilians": after whose count it is.)
 */
export const OPENS_BREAKDOWN =
  /^\s*(?:(?:by|in|according to) (?:its|their|his|her) (?:own )?(?:count|tally|reckoning|figures|records),? )?(?:of (?:them|those|these|whom|the (?:[\w-]+ ?['’]s )?(?:dead|victims|wounded|injured)|the total|the \d[\d,]*|this number|that number|that figure|this figure)|among (?:them|those|these|the (?:[\w-]+ ?['’]s )?(?:dead|victims))|within (?:that|this|the) (?:group|number|total|toll|figure)|(?:that|this|the|its) (?:[\w-]+ ){0,2}(?:total|toll|figure|tally|number|count|list|breakdown|caseload) (?:includes?|included|comprises?|comprised|consists? of|consisted of)|(?:those|the people) (?:killed|executed|who died|wounded|injured|displaced|who fled|uprooted) (?:included|include|were)|the (?:[\w-]+ )?(?:dead|victims|displaced) (?:included|include|comprise|comprised|were made up of)|(?:they|these|those) (?:include|included|comprise|comprised)|(?:they|these|those) (?:were|are)(?= (?:(?:about|around|some|nearly|almost|more than|at least|no fewer than|over) )?\d)|the (?:rest|remainder|others|remaining))\b/;
/** The next item of a ranked list, its metric said once: "September followed with 4,985", "ahead of Jordan at 324,543". */
const NEXT_IN_LIST =
  /(?:followed (?:with|by)|followed by [\w' -]{2,40} (?:with|at|\()|(?:comes?|came) (?:next|second|third|first) with|next with|(?:leads?|led|tops?(?: the list)?) with|ahead of [\w' -]{2,40} (?:at|with)|behind [\w' -]{2,40} at|then [\w' -]{2,40} with|(?:the (?:rest|remainder|others)|the remaining \w+) (?:were|are|included|comprised)|(?:^|[,;] )(?:the )?(?:[\w-]+ ){0,2}(?:civilians|non-combatants|soldiers|troops|children|women|fighters|rebels|defectors|combatants) ,? at)$/;
/** What else befell the people a count is of: "the number of soldiers who have defected". */
const ANOTHER_FATE_BEFORE =
  /\b(?:defected|defections|detained|detainees|arrested|arrests|missing|disappeared|returned|returnees|deserted|surrendered|captured|abducted|kidnapped|resettled)\b/;
/** An item of a list, a place and its number in brackets: ", Homs (", "and Tartus (". */
const BRACKETED_ITEM = /(?:^|, |\band )[\w' -]{2,40} \($/;
const FOLLOWED_BY_BRACKETED = /\bfollowed by [\w' -]{2,40} \( /;
/** What says the count before befell the next too: ", as were". */
const AS_WERE = /(?:^|\s), as (?:were|was|had been|have been)$/;
/** From one number in brackets to the next place's: "named dead ) , Rural Damascus (", "47,483 ) and Idlib (". */
const NEXT_BRACKETED_PLACE = /^(?:[\w'-]+ ){0,3}\) (?:,|and|, and) (?:[\w'-]+ ){1,4}\($/;
/** "… with 4,985 deaths and October with 4,727": the next item of a list after one with its metric. */
const AND_NEXT_ITEM = /(?:^|\s)(?:and|,) (?:the )?[\w' -]{2,40}(?: , [\w' -]{2,50} ,)? (?:with|at|a further|another)$/;
/** "25,667 were civilians": a count of a kind of people, its metric said before. */
/** "The Observatory broke the total down into 210 women, 180 children, …", "broke the month down as follows:": the items of the count before. */
const BROKEN_DOWN_INTO =
  /\b(?:broke|breaks|broken|split|splits|divided|divides) (?:it|them|this|that|the (?:[\w-]+ )?(?:total|toll|figure|count|number|dead|tally|month|year|week)) (?:down )?(?:into|as follows)\b|\b(?:these|they|the dead|the total|the toll) (?:are|were|is|was) made up (?:as follows|of)\b/;
const AMONG_THEM_WERE = /^among (?:them|those|these|the [\w -]{1,30}?) (?:were|was|are)$/;
/** "Among last year's dead, the Observatory counted 1,528 civilians": who some of the count before were, told by a counter. */
const AMONG_THE_DEAD_COUNTED =
  /^among [\w'’ -]{0,30}?\b(?:dead|victims|fatalities|those killed) , [\w'’ -]{1,40}? (?:counted|recorded|documented|listed|identified|registered)$/;
/** The rest of a count broken down: "the remainder, some 600 people, were …", "the other 600 or so were …". */
const THE_REST_BEFORE = /\bthe (?:rest|remainder|remaining|other)(?: ,)?$/;
/**
 * "Most, 48,884, are from Hasakah governorate; another 19,471 are from Raqqa": a share of the count before, by
 * where its people come from or are.
 */
const SHARE_OPENS = /^(?:(?:most|many|some|the (?:majority|bulk))(?: of (?:them|those|these))? ,|(?:[;,] )?another)$/;
const LARGEST_SHARE =
  /\bthe (?:largest|biggest|second-largest|next-largest) (?:group|share|number|contingent|concentration) ,$/;
const SHARE_IS_FROM = /^,? ?(?:are|were|came|come|live|lived|stay|stayed) (?:from|in)\b/;
const THE_REST_WERE = /^(?:or so |or more )?(?:(?:people|persons|victims|dead) )?,? ?(?:were|was|are)\b/;
const IS_A_GROUP =
  /^(?:or so |or more )?(?:of (?:them|those) )?(?:were|was|are) (?:\w+ )?(?:civilians|soldiers|troops|children|women|defectors|deserters|fighters|rebels|combatants|non-combatants|militiamen|men|minors|members|jihadists|policemen)\b/;
/**
 * The same count given again, named by a noun, later or revised: "he had given a figure of", "put the
 * toll at", "raised the figure to", "the agency's tally stood at", "five days later the figure was
 * 900,000", "by 26 February it had reached 948,000", "initial estimates had reached roughly 160,000",
 * "up from".
 */
/** A count's change told from one number to another: "going from 18,700 to", "climbing from". */
const GOING = "(?:going|climbing|growing|increasing|jumping)";
const FROM_NUMBER_TO = String.raw`(?: [\d,.]+(?: million)? to)?`;
const GOING_FROM = new RegExp(String.raw`\b${GOING} from${FROM_NUMBER_TO}$`);
const RESTATED = new RegExp(
  String.raw`\b(?:a|the|his|her|its|their|an earlier|a previous|a new) (?:\w+ ){0,2}(?:figure|toll|tally|count|total|estimate) of$|\b${CITES_A_FIGURE}(?: ,)?$|\b(?:put|puts|putting|placed|places) (?:the|its|their|this year 's|this year's|the year 's|the year's) (?:[\w-]+ )?(?:number|figure|toll|tally|count|total)(?: (?:for|in|of|since) [\w' -]{1,30})?(?: at)?$|\b(?:gave|gives|giving) (?:the|its|their) (?:[\w-]+ )?(?:number|figure|toll|tally|count|total)(?! of (?:the )?(?:new )?arrivals\b)(?: (?:for|in|of|since) [\w' -]{1,30})? as$|\b${PUT_THE_COUNT}$|\b${PUSHED_IT_TO}$|\b${RAISED_THE_COUNT_TO}$|^${TOTAL_LABEL}$|\b${COUNT_STOOD_AT}(?: still| already| only| just| somewhere)?$|\bregistrations (?:had |have |has )?(?:climbed|risen|rose|grown|grew|jumped) to$|\b(?:it|they) (?:then |now |later |had |has |have )?(?:reached|stood at|rose to|risen to|climbed to|passed|topped|hit|crossed|exceeded|surpassed)$|(?:^|, )it (?:then |now |later )?(?:was|is)$|\b(?:initial |latest |new )?estimates (?:had |have )?(?:reached|risen to|rose to|climbed to|grown to)$|\b(?:up|down|rising|falling|${GOING}) from${FROM_NUMBER_TO}$|\b(?:now |also |then )?(?:speak|speaks|spoke|spoken|speaking) of$|\b(?:lifting|raising|lowering|revising|cutting) (?:the |its |their |his |her )?(?:[\w'’-]+ ){0,3}?(?:estimate|figure|count|toll|tally|total|number) from$` +
    // "had spoken of 32 dead, then of at least 33": the count told again, revised
    String.raw`|, then of$` +
    // "Civilians then stood at about 34,437": a group of the count given before, where it stood
    String.raw`|^${COUNTED_GROUP} (?:then |now |had )?(?:stood at|stand at|numbered|totalled|reached)$`,
);
const GIVEN_BARE = new RegExp(String.raw`\b${GIVES_A_COUNT}$`);
const BARE_ENDS = new RegExp(
  // ("the update of 26 February gave more than 948,000 for the period to 23 February": the day it runs to)
  String.raw`^(?:[.;,:]|including|$|(?:for the (?:period|weeks?|months?) )?(?:up to|through|until|as of|as at|to) (?:the end of )?(?:\d{1,2} )?${MONTH_NAMES}\b)`,
  "i",
);

function isGivenBare(a: SentenceAnalysis, m: NumberMention, input: LinkInput): boolean {
  return (
    input.head.kind === "none" &&
    (GIVEN_BARE.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 4), input.hedgeStart)) ||
      (m.high !== null &&
        RANGE_OF_ESTIMATES.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 12), input.hedgeStart)))) &&
    BARE_ENDS.test(joinTokens(a.tokens, m.end, m.end + 9))
  );
}
/** Others' counts that run over a range, the kind left to the count before or named: "Other estimates … ranged between". */
const RANGE_OF_ESTIMATES = new RegExp(`${ESTIMATES_RANGE}$`);
const TALLY_AFTER_ASIDE =
  /\b(?:tally|count|total|toll|figure|estimate)(?: (?:for|of|after|over|to|through|until|since) [^,]{1,50})? , [^,]{1,60} , (?:then |now |had |has )?(?:stood at|stands at|reached|rose to|was)$/;
/** A group of those counted, right before a bracket that holds its number. */
const GROUP_BEFORE_BRACKET = new RegExp(String.raw`\b${COUNTED_GROUP} \($`);
/** A count of things or of people neither killed, hurt nor uprooted: "the count of air and ground strikes", "the number of soldiers who have defected". */
const COUNT_OF_NO_VICTIMS =
  /\b(?:number|count|tally|total) of (?:[\w'-]+ ){0,4}?(?:strikes|attacks|incidents|raids|violations|shells|bombs|defections|detentions|arrests)\b|\bwho (?:have |had |has )?(?:defected|deserted|been (?:detained|arrested))\b/;
/** People held, missing, trapped or in need, listed beside the count, are not of it. */
const HELD_NOT_KILLED =
  /\b(?:detainees|prisoners?|captives?|hostages|missing|held|detained|abducted|kidnapped|captured|arrested|trapped|besieged|patients|needs?|needed)\b/;
/** What an item of a list under a header opens with before its number: a bullet, nothing, or the item before and ";". */
const ITEM_OPENS = /^(?:[-•*–])?$|\s;$/;

/**
 * "The victims documented this year are:" then "- 60 Iraqi refugees, among them three children;": a
 * bulleted line of people under a header goes on with the header's count, whoever the people are.
 */
function isBulletedItem(a: SentenceAnalysis, m: NumberMention, input: LinkInput): boolean {
  return (
    ITEM_OPENS.test(joinTokens(a.tokens, 0, input.hedgeStart)) &&
    input.head.kind !== "thing" &&
    !HELD_NOT_KILLED.test(joinTokens(a.tokens, m.end, m.end + 12))
  );
}

/** A list's item that says where its count is: "474,461 in Lebanon", "about 2,000 to Armenia". */
const ITEM_AT_PLACE = /^(?:(?:people|syrians|refugees|more) )?(?:in|to|into|at|for) (?:the )?[a-z]/;
/**
 * A list line that is a label and its number: "- Rural Damascus: 4,752", "Hama: 1,993", "Jordan ...... 142,664".
 * A bulleted label may be a day or days ("- 21-27 August: 10,200 people", "- 3 September 2013: 2 million", "- 26
 * January to 2 February alone: approximately 200,000") or a year ("- 2014: 3 million"), and may have a second part
 * ("- First count, Wednesday afternoon: at least 156", "- Monday morning, 27 August: 1,147 people"); a label with no
 * bullet may be a day of a year ("1 January 2020: almost 300,000").
 */
const LABELLED_ITEM =
  /^(?:[-•*–] (?:[a-z][\w'’ -]{1,40}|\d{1,2}(?: - \d{1,2}| (?:[a-z]+ )?to \d{1,2})? [a-z]+(?: (?:19|20)\d\d)?(?: alone)?|(?:19|20)\d\d)(?: , [a-z\d][\w'’ -]{1,30})?|[a-z][\w'’ -]{1,40}|\d{1,2} [a-z]+ (?:19|20)\d\d) (?::|[—–-]|(?:\. ){1,}\.|…+)$/;
/** Who Palestine refugees are named by. */
const PALESTINIAN: ReadonlySet<string> = new Set(["palestine", "palestinian"]);
/** A label telling of its people something other than a death, a wound or a flight, or who they are beside
 * them: a population, people given aid. */
const OTHER_DOING =
  /^(?:[-•*–] )?(?:attacks?|massacres?|incidents?|air ?strikes?|raids?|violations?|explosions?)\b|\b(?:committed|deployed|stationed|holding|trained|recruited|mobili[sz]ed|involved|taking part|gone back|went back|returned|returning|detained|held|missing|population|inhabitants|given (?:food |aid|assistance)|(?:received|receiving|reached with) (?:food|aid|assistance)|in need)\b/;
/** A label of a line under a list's header: words with no number of their own, then a colon. */
const HEADED_LABEL = /^(?:[-•*–] )?[a-z][^\d:;.]{1,140} :$/;
/** A share's verb right before its number: "Hama accounted for 14,690", "the army made up 29,954". */
// ("ISIS was responsible for 207", "The SDF were blamed for 164": the share of the one that did it)
const SHARE_BEFORE = new RegExp(
  String.raw`\b(?:${SHARE_VERB}|(?:was|were|is|are) (?:held )?responsible for|(?:was|were|is|are) blamed for)(?: the (?:other|rest|remaining))?$`,
);
/** "Civilians account for 112,623 of them", "21,000 of those civilians": a part of the count just given. */
const PART_OF_THOSE =
  /^of (?:them|those|these|the dead|the victims|the total|the (?:month|year|week|day) ?['’]s (?:dead|victims|deaths|toll)|(?:that|this|the) (?:number|figure|toll|tally|count))\b/;
/** A host country's count of the refugees of the sentence before: "Egypt hosts 43,665". */
const HOSTS = /\b(?:hosts|hosted|(?:is|was) hosting|shelters|houses|has taken in|took in|had taken in|is home to)$/;
/** A number's host country right after it: "684,000 in Lebanon". */
const IN_A_HOST = new RegExp(String.raw`^(?:in|into) (?:neighbou?ring )?${FOREIGN_PLACES}\b`);
/** A list of host countries and their counts, the count said in the sentence before: "Next are Turkey with 832,508, …". */
// ("Jordan then had nearly 103,500": what a host country had as of the time just told)
const HOST_WITH = new RegExp(`(?:^|\\s)${FOREIGN_PLACES} (?:with|at|:|(?:then|now|still) had)$`);

/**
 * Abroad: a host country, a camp abroad, or the refugee agency's books. People registered
 * or arriving where one is named are refugees.
 */
const A_PLACE_ABROAD = new RegExp(`\\b${FOREIGN_PLACES}\\b`);
/** A country abroad named by its name or its people's: "Egypt", "the Egyptian government". */
const COUNTRY_ABROAD =
  /\b(?:turkey|lebanon|jordan|iraq|egypt|turkish|lebanese|jordanian|iraqi|egyptian|german|germany|greece|greek)\b/;
const NAMES_ABROAD = new RegExp(`\\b(?:${FOREIGN_PLACES}|${FOREIGN_CAMPS}|unhcr|(?:un )?refugee agency)\\b`);

/**
 * The kind of count a label or a list's header names, in lower case: "killed in Aleppo province",
 * "wounded", "the month's dead by province", "registered inside za'atri camp" (registered counts
 * as refugees only where a host country, a camp abroad or UNHCR is named). Null for any other.
 */
export function kindNamed(text: string): Metric | null {
  if (/\bcasualty toll\b/.test(text)) return "killed_or_injured";
  if (/\b(?:killed|dead|deaths|died|killings|fatalities|victims|death toll|toll|martyrs)\b/.test(text)) return "killed";
  if (/\b(?:wounded|injured|injuries)\b/.test(text)) return "injured";
  if (/\binternally displaced\b|\bdisplaced internally\b|\binternal displacement\b|\bidps\b/.test(text))
    return "internally_displaced";
  if (/\brefugees\b/.test(text)) return "refugees";
  // ("Displaced inside Syria: around 6.6 million")
  // ("People forced from their homes during 2018: more than one million")
  if (
    /\b(?:displaced|uprooted|fled)\b|\bdisplacements?\b(?! (?:camps?|sites?|centres?|centers?|shelters?)\b)|\b(?:forced|driven) (?:from|out of) (?:their )?homes\b/.test(
      text,
    )
  )
    return INTERNAL.test(text) ? "internally_displaced" : EXTERNAL.test(text) ? "refugees" : "displaced";
  // ("Arrivals at Za'atri camp have doubled in a week:", "Camp population, Wednesday morning (Hatay governorate):")
  if (/\b(?:registered|arrivals?|new arrivals|camp population)\b/.test(text) && NAMES_ABROAD.test(text))
    return "refugees";
  // ("Registered or awaiting registration, by host country:", "Host countries in order of size:")
  if (/\bhost countr(?:y|ies)\b|\bawaiting registration\b/.test(text)) return "refugees";
  return null;
}

/** A year, or a day that bounds a span, which a label may name: "2018", "between 1 April and 31 May". */
const YEAR_OR_DAY = new RegExp(
  String.raw`\b(?:19|20)\d\d\b|(?:\b(?:between|and|from|to|since|until|of|on|by)|\() ?(?:\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS_LOWER})|(?:${MONTHS_LOWER}) \d{1,2})\b`,
  "g",
);

/**
 * The kind of an item of a list that a colon opens inside a sentence, when the item is a place named just
 * before its number ("…: Turkey 1,805,255; Lebanon 1,172,753") and the words before the colon name a kind.
 */
function inlineListKind(
  a: SentenceAnalysis,
  hedgeStart: number,
  end: number,
  lastCounted: Metric | null,
): Metric | null {
  // (read for every number: the colon is looked for without copying the tokens)
  let colon = hedgeStart - 1;
  while (colon >= 0 && a.tokens[colon]!.text !== ":") colon -= 1;
  // ("the largest refugee populations were in Lebanon (1.14 million), Turkey (815,000) and Jordan (608,000)": with
  // no colon, a number in brackets after a country abroad, in a sentence that names its kind before the first)
  // ("the highest numbers of documented killings were in Rural Damascus (39,393), Aleppo (31,932) and Homs
  // (28,186)": places in the country, for a count of the dead; "Most refugees remain in the region. … the largest
  // numbers are in Lebanon (1.14 million), Turkey (815,000)": the numbers of the kind counted last)
  if (colon < 0 && a.tokens[hedgeStart - 1]?.text === "(" && a.tokens[end]?.text === ")") {
    const first = a.tokens.findIndex((t) => t.text === "(");
    const before = first > 0 ? joinTokens(a.tokens, 0, first) : "";
    const kind =
      kindNamed(before) ??
      (/\brefugee\b/.test(before) ? "refugees" : LARGEST_NUMBERS.test(before) ? lastCounted : null);
    const place = joinTokens(a.tokens, Math.max(0, hedgeStart - 4), hedgeStart - 1);
    if (kind === "refugees") return ENDS_ABROAD.test(place) ? kind : null;
    const inPlaces = IN_A_PLACE.test(
      a.tokens
        .slice(Math.max(0, first - 4), first)
        .map((t) => t.text)
        .join(" "),
    );
    return (kind === "killed" || kind === "injured") &&
      inPlaces &&
      /^\p{Lu}/u.test(a.tokens[hedgeStart - 2]?.text ?? "")
      ? kind
      : null;
  }
  if (colon < 0) return null;
  // ("…: Lebanon (154,387), Jordan (142,664) … and North Africa (11,740)": the number in brackets after its place)
  const placeEnd = a.tokens[hedgeStart - 1]?.text === "(" && a.tokens[end]?.text === ")" ? hedgeStart - 1 : hedgeStart;
  let from = placeEnd;
  while (from > colon + 1 && a.tokens[from - 1]?.kind === "word" && placeEnd - from < 4) from -= 1;
  let opener = a.tokens[from - 1]?.text;
  if (a.tokens[from]?.lower === "and" && from + 1 < placeEnd) {
    opener = ",";
    from += 1;
  }
  // (the label opens the item: right after the colon, a semicolon or a comma, and names a place)
  if (from === placeEnd || !(opener === ":" || opener === ";" || opener === ",")) return null;
  if (!/^\p{Lu}/u.test(a.tokens[from]?.text ?? "")) return null;
  const before = joinTokens(a.tokens, 0, colon);
  // ("By country, the count stood at: Lebanon 154,387; Jordan 142,664": the count told last, broken down)
  return kindNamed(before) ?? (COUNT_WORDS.test(before) ? lastCounted : null);
}
/** Where the most of a kind were: "the largest numbers are in", "the highest numbers of … were in". */
const LARGEST_NUMBERS =
  /\b(?:largest|highest|biggest|greatest) (?:(?:documented|recorded|reported) )?(?:numbers?|shares?|counts?|totals?|tolls?)\b/;
/** A place the first bracketed number follows, after "in": "were in Rural Damascus". */
const IN_A_PLACE = /\bin (?:\p{Lu}[\w'-]*\s?){1,3}$/u;
/** Words that end on a place abroad: "… were in Lebanon". */
const ENDS_ABROAD = new RegExp(String.raw`(?:^|\s)${FOREIGN_PLACES}$`);
/** A word for a count: "the count stood at", "the tally by country". */
const COUNT_WORDS = /\b(?:count|tally|total|figures?|breakdown)\b/;

/** What a line that opens on its number names after the colon: "- 6.2 million: Syrians living in displacement". */
function numberFirstLabel(a: SentenceAnalysis, m: NumberMention, input: LinkInput): string | null {
  if (
    a.tokens[m.end]?.text !== ":" ||
    !ITEM_OPENS.test(joinTokens(a.tokens, 0, input.hedgeStart)) ||
    !BULLET_LINE.test(a.norm)
  )
    return null;
  const end = a.tokens.findIndex((t, k) => k > m.end && /^[.;,]$/.test(t.text));
  return joinTokens(a.tokens, m.end + 1, end < 0 ? a.tokens.length : end);
}
/** A line's label that counts people going home or reached with aid. */
const RETURNS_OR_AID_LABEL =
  /\b(?:returns?|returnees|returned|went back|gone back|(?:food|humanitarian|medical|cash) (?:aid|assistance)|aid)\b/;
/** A label of places or things attacked: "medical facilities attacked", "places of worship targeted". */
const THINGS_ATTACKED =
  /\b(?:facilities|schools|hospitals|clinics|places of worship|mosques|churches|markets|bakeries|cent(?:re|er)s|vehicles|homes|houses|buildings)(?: and [\w -]{1,30})? (?:attacked|targeted|hit|struck|damaged|destroyed|shelled|bombed)$/;

/** A label that counts people the record does not keep: returnees, people reached with aid, places. */
const NOT_COUNTED_LABEL =
  /^(?:[\w-]+ ){0,2}(?:returnees|returns|received|reached|assisted|schools|facilities|settlements)\b/;

/** What a list line's label before its colon counts: a short label with no number of its own. */
function labelMetric(label: string): Metric | null {
  // ("People forced from their homes during 2018: more than one million", "People displaced between 1 April
  // and 31 May: 169,982": a year or a day is no number of its own)
  return label.length > 120 || /\d/.test(label.replace(YEAR_OR_DAY, "")) ? null : kindNamed(label);
}

const NEED_OR_HELD =
  /^(?:of (?:them|those|whom) )?(?:(?:still|now|urgently) )?(?:need|needs|needed|require|requires|required|remain trapped|are trapped|were trapped|are missing|were missing|were detained|are detained|are held|were held)\b/;
const UNHARMED = /\b(?:unharmed|unhurt|unscathed|survived)\b/;

/** Whether a number with no cue of its own goes on with the metric of the sentence before. */
function continuesBreakdown(
  a: SentenceAnalysis,
  m: NumberMention,
  input: LinkInput,
  carried: Metric,
  countedBefore: boolean,
  underHeader = false,
): boolean {
  const before = joinTokens(a.tokens, Math.max(0, input.hedgeStart - 8), input.hedgeStart);
  const after = joinTokens(a.tokens, m.end, m.end + 6);
  // "Five of those targeted escaped unharmed": those who came through are not of a toll
  if (UNHARMED.test(after)) return false;
  // "over 700 of them need immediate medical evacuation": people in need, held or missing are not of it either
  if (NEED_OR_HELD.test(after)) return false;
  // ("- SDF fighters committed to the operation: about 17,000", and "some 2,000 of them" after it: a line's
  // label that says what else its people did or do counts them for that, not for the list's kind)
  const colon = a.tokens.findIndex((t) => t.text === ":");
  if (colon >= 0 && colon < input.hedgeStart && OTHER_DOING.test(joinTokens(a.tokens, 0, colon))) return false;
  // ("16,500 dead, of whom nearly 11,500 were civilians": a count in this sentence comes first)
  if (NEXT_IN_LIST.test(before) || (IS_A_GROUP.test(after) && !countedBefore)) return true;
  // ("It was followed by Rural Damascus (47,483), Homs (40,986) … and Tartus (31,369)": the items after the first)
  if (
    countedBefore &&
    BRACKETED_ITEM.test(before) &&
    FOLLOWED_BY_BRACKETED.test(joinTokens(a.tokens, 0, input.hedgeStart))
  )
    return true;
  // "About 100 were fighters; the remainder, some 600 people, were civilians": the rest of the count before
  if (THE_REST_BEFORE.test(before) && THE_REST_WERE.test(after)) return true;
  if (SHARE_OPENS.test(before.split(/ ; /).at(-1) ?? "") && SHARE_IS_FROM.test(after)) return true;
  // "Among the civilians were 12 children and four women": who some of the count before were
  if (input.head.kind !== "thing" && a.tokens[0]?.lower === "among") {
    const lead = joinTokens(a.tokens, 0, input.hedgeStart);
    if (AMONG_THEM_WERE.test(lead) || AMONG_THE_DEAD_COUNTED.test(lead)) return true;
  }
  if (BROKEN_DOWN_INTO.test(joinTokens(a.tokens, 0, input.hedgeStart))) return true;
  if (underHeader && isBulletedItem(a, m, input)) return true;
  // "of them" points to this sentence's count when it has one ("613 died, 139 of them children")
  if (!countedBefore && PART_OF_THOSE.test(after)) return true;
  // "Hama accounted for 14,690": a share of the count before, whoever or wherever it fell to
  if (!countedBefore && input.head.kind === "none" && SHARE_BEFORE.test(before)) return true;
  // "a week earlier he had given a figure of nearly 9,000": the same count, given again
  // ("our running count since the start of the uprising in mid-March stood at 1,653 civilians": however far back
  // its noun is, when the sentence has counted nothing before it)
  // (a count this sentence gave before is the one told again: "the number of registered Syrian refugees passed five
  // million at the end of March: UNHCR put the total at 5,008,473", below)
  if (RESTATED.test(before) && !countedBefore) return true;
  const further = joinTokens(a.tokens, Math.max(0, input.hedgeStart - 20), input.hedgeStart);
  // (not a count of people something else befell: "the number of soldiers who have defected has reached")
  if (!countedBefore && RESTATED.test(further) && !ANOTHER_FATE_BEFORE.test(further)) return true;
  // "The victims were overwhelmingly civilians (263, including 86 children)": a group of the count, its number in brackets
  if (input.head.kind === "none" && a.tokens[input.hedgeStart - 1]?.text === "(" && GROUP_BEFORE_BRACKET.test(before))
    return true;
  // "the agency's tally, compiled up to Monday, stood at 509,559": the same, with an aside
  if (TALLY_AFTER_ASIDE.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 24), input.hedgeStart))) return true;
  // "- Rural Damascus: 4,752" under "- Aleppo: 5,038 killed": a list's item, labelled, its metric said once
  const label = joinTokens(a.tokens, 0, input.hedgeStart);
  if (LABELLED_ITEM.test(label)) return true;
  // under a header a label may run longer: "Other non-Syrian fighters on the government side, most of them Shiite: 1,243"
  if (underHeader && HEADED_LABEL.test(label)) return true;
  if (carried === "refugees" && (HOSTS.test(before) || (input.head.kind === "none" && HOST_WITH.test(before))))
    return true;
  // "the agency's tally ran as follows: 474,461 in Lebanon, 474,405 in Jordan, …": a list the sentence
  // opens with a colon, after a count of its kind in the sentence before
  if (colon >= 0 && colon < input.hedgeStart && !a.mentions.some((x) => x.start < colon) && ITEM_AT_PLACE.test(after))
    return true;
  // "Of them, 25,667 …": the opener carries the numbers it leads to, bare or counting people
  return OPENS_BREAKDOWN.test(joinTokens(a.tokens, 0, 7)) && (input.head.kind === "person" || input.head.word === null);
}

/** The people a casualty list is made of: "568 regular soldiers", "555 members of the …", "two Turkish soldiers". */
const WHO_DIED = new Set([
  "fighters",
  "soldiers",
  "troops",
  "officers",
  "rebels",
  "militants",
  "jihadists",
  "militiamen",
  "members",
  "policemen",
  "defectors",
  "civilians",
  "children",
  "women",
  "men",
]);
/** What opens a list of who the dead were: "the tally was", "it counted", "they included", "the dead comprised". */
const LIST_OF_DEAD =
  /\b(?:tally|count|toll|total|breakdown|dead|victims|losses) (?:was|were|is|are|included|includes|comprised|comprises)\b|\b(?:it|they|he|she|the monitor|the group|the observatory) (?:also )?(?:counted|listed|recorded|documented)\b/;

/**
 * "…documented 4,075 deaths in February. On the government side, the tally was 568 regular soldiers,
 * 555 members of the National Defence Force and 30 fighters of Hezbollah": a sentence after a casualty
 * count that lists two or more kinds of people, after words that open a list of the dead, breaks it down.
 */
function listsWhoDied(
  a: SentenceAnalysis,
  inputs: ReadonlyArray<LinkInput | null>,
  input: LinkInput,
  carried: Metric,
): boolean {
  if (carried !== "killed" || !input.head.word || !WHO_DIED.has(input.head.word)) return false;
  const items = inputs.filter((x) => x?.head.word && WHO_DIED.has(x.head.word));
  const first = items[0];
  return items.length >= 2 && !!first && LIST_OF_DEAD.test(joinTokens(a.tokens, 0, first.hedgeStart));
}

/** What closes a sum: "45 in all", "60 in total", "120 altogether". */
const IN_ALL = /^(?:in all|in total|all told|altogether)\b/;
/** A count said only to have come after the one before it: "… and 2,000 more followed", "5,000 joined them". */
const FOLLOWED = /^(?:(?:more|others|people) )?(?:(?:have|had|then|soon) )?(?:followed|follow|joined them)\b/;

const OTHER_FATE_CUES = ["surrender", "vaccinat", "immuni", "enrolled", "could not", "unable to"];
/**
 * What befell people that is no figure of this kind, said right after their count and its noun: surrender,
 * vaccination, or being unable to leave ("15,000 residents who could not get out").
 */
const OTHER_FATE =
  /^(?:(?!who |that |which )[\w-]+ ){0,3}?(?:(?:had|have|has|were|was|are|is) )?(?:(?:since|also|already|reportedly) )?(?:been )?(?:surrendered|surrender|vaccinated|immuni[sz]ed|enrolled)\b|^(?:[\w-]+ ){0,2}who (?:could not|were unable to|are unable to|cannot) (?:get out|leave|flee|escape|cross)\b/;

/**
 * Links each mention to a metric, or null. `inputs[i]` describes mention i;
 * mentions already ruled out (dates, things) have null input.
 */
export function linkMetrics(
  a: SentenceAnalysis,
  given: ReadonlyArray<LinkInput | null>,
  carried: Metric | null = null,
  {
    onTheMove = false,
    abroad = false,
    lastCounted = carried,
    underHeader = false,
  }: {
    /** The sentence is a line of a list opened by a header ending in a colon ("August's dead, by category:"). */
    underHeader?: boolean;
    /** The passage is about people leaving their homes. */
    onTheMove?: boolean;
    /** The passage's last count of people on the move was of refugees, arriving in another country. */
    abroad?: boolean;
    /** The kind of the report's last count, a few sentences back, for a count told again ("it stood at 2,132"). */
    lastCounted?: Metric | null;
  } = {},
): Array<MetricLink | null> {
  const links: Array<MetricLink | null> = a.mentions.map(() => null);
  // ("150 soldiers had been killed and 700 had surrendered", "1.3 million refugee children have been vaccinated":
  // people something else befell are counted for that, whatever the words around them count)
  const inputs = OTHER_FATE_CUES.some((cue) => a.norm.includes(cue))
    ? given.map((input, i) =>
        input && OTHER_FATE.test(joinTokens(a.tokens, a.mentions[i]!.end, a.mentions[i]!.end + 7)) ? null : input,
      )
    : given;
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    if (!input) return;
    // (set off by commas, or closing its clause: "recorded the most named dead, 51,731;")
    // (or in brackets: "recorded the most killings (39,393)")
    // (or ", with" it: "The governorate of Aleppo recorded the most killings, with 51,731 named victims")
    const appositive =
      (a.tokens[input.hedgeStart - 1]?.text === "," &&
        /^[,;.]$/.test(a.tokens[m.end]?.text ?? (m.end >= a.tokens.length ? "." : ""))) ||
      (a.tokens[input.hedgeStart - 1]?.text === "(" && a.tokens[m.end]?.text === ")") ||
      (a.tokens[input.hedgeStart - 1]?.lower === "with" && a.tokens[input.hedgeStart - 2]?.text === ",");
    // "Killed in Aleppo province: 1,118", "Registered inside Za'atri camp: 164,365": a line's label says what it counts
    const label = a.tokens[input.hedgeStart - 1]?.text === ":" ? joinTokens(a.tokens, 0, input.hedgeStart - 1) : null;
    // (under a header of people uprooted, a line labelled with a country abroad counts refugees there:
    // "- In Turkey, the largest host: more than 2.7 million")
    const labelled =
      label === null
        ? null
        : (labelMetric(label) ??
          (carried === "displaced" && underHeader && label.length <= 120 && A_PLACE_ABROAD.test(label)
            ? "refugees"
            : null));
    if (labelled) {
      links[i] = { metric: labelled, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
      return;
    }
    // ("- Medical facilities attacked: 3", "- Places of worship attacked: 19": a line's label that names things
    // counts no people, whatever its list counts)
    if (label !== null && THINGS_ATTACKED.test(label)) return;
    // ("- Refugee returns to Syria, January to May: about 31,000", "- Food aid: 91,777 people reached": people who
    // went home, or were reached with aid, are no figure of this kind, whatever its list counts)
    if (label !== null && RETURNS_OR_AID_LABEL.test(label)) return;
    // "- More than 170: civilians reported killed as of 17 May", "- 216,200: returnees recorded": a line whose
    // label follows its number says what it counts, or that it counts no one the record keeps
    const labelAfter = numberFirstLabel(a, m, input);
    if (labelAfter !== null) {
      const kind = labelMetric(labelAfter);
      if (kind) links[i] = { metric: kind, via: "postfix", cueIndex: m.end, parent: null };
      if (kind || NOT_COUNTED_LABEL.test(labelAfter)) return;
    }
    // "Broken down by host country, UNHCR's figures are as follows: Turkey 1,805,255; Lebanon 1,172,753": an item
    // of a list a colon opens, a place before its number, of the kind the words before the colon name
    const inline = inlineListKind(a, input.hedgeStart, m.end, lastCounted);
    if (inline) {
      links[i] = { metric: inline, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
      return;
    }
    const prefix = findPrefixCue(a, input.hedgeStart, input.head, m.end, appositive);
    if (prefix) {
      const kind =
        prefix === "displacement"
          ? classifyDisplacement(a, input.hedgeStart - 6, nextMentionStart(a, m.end))
          : prefix === "abroad"
            ? null
            : prefix;
      // "By the morning of June 13 the camps held 6,817 people": camps, in a passage about people arriving
      // in another country, are that country's
      // ("Turkey's disaster agency, AFAD, says its camps along the frontier now hold 132,920 Syrians": so are
      // camps in a sentence about a country abroad)
      const sentenceBefore = joinTokens(a.tokens, 0, input.hedgeStart).split(/ ; /).at(-1) ?? "";
      const metric =
        kind === "displaced" &&
        ((abroad && CAMPS_OR_ARRIVALS.test(prefixText(a, input.hedgeStart))) ||
          (A_PLACE_ABROAD.test(sentenceBefore) && CAMPS_OR_ARRIVALS.test(sentenceBefore)))
          ? "refugees"
          : kind;
      if (metric) links[i] = { metric, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
      return;
    }
    const post = findPostfixCue(a, m, onTheMove);
    // (under a header the item's noun says who, the header what happened to them: "- 60 Iraqi refugees")
    if (post?.via === "noun" && carried && underHeader && isBulletedItem(a, m, input)) {
      links[i] = { metric: carried, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, carried: true };
      return;
    }
    if (post?.metric === "abroad") {
      // ("The Egyptian government estimates that 250,000 Syrians live in the country": a country abroad the
      // sentence names)
      const theCountry = /\bthe (?:country|kingdom)\b/.test(joinTokens(a.tokens, post.index, post.index + 8));
      if (theCountry && !COUNTRY_ABROAD.test(a.norm)) return;
      if (input.head.word !== null && ABROAD_HEADS.has(input.head.word))
        links[i] = { metric: "refugees", via: "postfix", cueIndex: post.index, parent: null };
      return;
    }
    if (post) {
      // ("7,557 … came ashore on the Italian coast, and 6,233 of those arrived after August": a share of those
      // just counted, where they went, is of their kind)
      const shareOf =
        post.moved && SUBGROUP_AFTER.test(joinTokens(a.tokens, m.end, m.end + 2))
          ? links.slice(0, i).findLast((l) => l !== null && UPROOTED.has(l.metric))?.metric
          : undefined;
      const metric =
        post.metric === "displacement"
          ? // "46,000 refugees and migrants are stranded": people the text calls refugees are refugees
            (shareOf ??
            (input.head.word === "refugees" || (post.moved && abroad)
              ? "refugees"
              : classifyDisplacement(
                  a,
                  post.index,
                  nextMentionStart(a, post.index),
                  input.hedgeStart - 12,
                  m.start,
                  abroad,
                )))
          : post.metric;
      if (metric) links[i] = { metric, via: post.via, cueIndex: post.index, parent: null };
      return;
    }
    if (
      carried &&
      (continuesBreakdown(a, m, input, carried, links.slice(0, i).some(Boolean), underHeader) ||
        listsWhoDied(a, inputs, input, carried))
    ) {
      links[i] = { metric: carried, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, carried: true };
      return;
    }
    // "214,120 Syrians are now registered in Jordan, Iraq, Lebanon and Turkey", "AFAD counted 100,363
    // Syrians in its border camps": Syrians counted where refugees are kept are refugees
    // "About 70,000 people remain in al-Hol", "between 7,000 and 10,000 people are staying at the Bajid Kandala
    // camp": people living in a camp have been driven from their homes (abroad, they are refugees, and so are
    // people a passage about arrivals abroad counts in its camps: "officials listed 8,421 people in the tent cities")
    if (input.head.word === "people" || input.head.word === "persons") {
      const after = joinTokens(a.tokens, m.end, m.end + 14);
      if (LIVING_IN_A_CAMP.test(after) || (abroad && IN_CAMPS.test(after)))
        links[i] = { metric: abroad ? "refugees" : "displaced", via: "postfix", cueIndex: m.end, parent: null };
    }
    // "OCHA put the population at 73,043 people", "pushing the population past 65,000", "put the population of
    // Rukban alone at 68,000": a camp's population, in a sentence about a camp or after a count of the uprooted
    if (
      !links[i] &&
      CAMP_POPULATION_BEFORE.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 10), input.hedgeStart)) &&
      (A_CAMP.test(a.norm) || (lastCounted !== null && UPROOTED.has(lastCounted)))
    )
      links[i] = {
        metric: abroad ? "refugees" : "displaced",
        via: "prefix",
        cueIndex: input.hedgeStart - 1,
        parent: null,
      };
    if (input.head.word === "syrians") {
      // (up to the next count: "spread over more than a dozen camps" counts camps, not people)
      const next = a.mentions.find((x) => x.start >= m.end && x.value > 50)?.start ?? a.tokens.length;
      const rest = joinTokens(a.tokens, m.end, Math.min(next, m.end + 14));
      if (HELD_ABROAD.test(rest) && !GONE_HOME.test(rest))
        links[i] = { metric: "refugees", via: "postfix", cueIndex: m.end, parent: null };
    }
    // "…more than 24 dead; local reporters soon said 50", "the monitor settled on 126, including 68
    // children": a bare number a speaker gives is the count given before it, told again
    if (!links[i] && isGivenBare(a, m, input)) {
      const p = links.slice(0, i).findLastIndex((l) => l !== null);
      const told = links[p];
      // ("estimates of the wounded ranged anywhere between …", "No one knows how many have died …; estimates range
      // from …": others' estimates of a kind the sentence names)
      const named = m.high !== null ? kindNamed(joinTokens(a.tokens, 0, input.hedgeStart)) : null;
      if (told) links[i] = { metric: told.metric, via: "coordination", cueIndex: a.mentions[p]!.start, parent: null };
      else if (named) links[i] = { metric: named, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
      else if (lastCounted)
        links[i] = { metric: lastCounted, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, carried: true };
    }
    // "Lebanon, for the first time, tops the table with 127,420 people. Jordan has 125,670, …": after a
    // count of refugees, here or in the sentences before, a host country's share
    if (
      !links[i] &&
      (abroad || lastCounted === "refugees" || links.slice(0, i).some((l) => l?.metric === "refugees")) &&
      isHostsShare(a, m, input)
    ) {
      links[i] = { metric: "refugees", via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
      return;
    }
    // "…host more than 10,000 displaced people; the largest populations are in Dana, with about 70,000, Idlib
    // city, with 58,150": after a count of people displaced, a place in Syria's share
    const countedBefore = links.slice(0, i).findLast((l) => l !== null)?.metric ?? lastCounted;
    const heldBy = !links[i] && countedBefore && NOT_ABROAD.has(countedBefore) ? placeHolding(a, input) : null;
    if (heldBy && countedBefore) {
      links[i] = { metric: countedBefore, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, heldBy };
      return;
    }
    // "when UNHCR had 230,671 people on its books": people on the refugee agency's register are refugees
    if (
      !links[i] &&
      (input.head.word === "people" || input.head.word === "syrians" || input.head.kind === "none") &&
      ON_ITS_BOOKS.test(joinTokens(a.tokens, m.end, m.end + 6)) &&
      /\b(?:unhcr|(?:un |u\.n\. )?refugee agency)\b/.test(a.norm)
    )
      links[i] = { metric: "refugees", via: "postfix", cueIndex: m.end, parent: null };
  });
  // shared cues, left to right so chains ("among them 11 women and 13 children") resolve
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    if (!input || links[i]) return;
    // ("… at least 300 people had been killed … Eighty-eight minors and thirty-five women were among them": a
    // part of the count the sentence before gave, when this one gives none)
    if (carried && !links.slice(0, i).some(Boolean) && WERE_AMONG_THEM.test(joinTokens(a.tokens, m.end, m.end + 16))) {
      links[i] = { metric: carried, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, carried: true };
      return;
    }
    // "SOHR's count stood at 295 dead: 123 soldiers, …", "had reached two towns: some 8,000 in …":
    // a colon after a count opens its breakdown; "… 955 civilian deaths; 219 were children": so does a
    // clause that says who some of them were
    if (
      isSubgroup(a, m, input.hedgeStart) ||
      a.tokens[input.hedgeStart - 1]?.text === ":" ||
      // "… 132,920 Syrians in 13 camps, the largest group, 52,015, in Sanliurfa province": its largest share
      LARGEST_SHARE.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 5), input.hedgeStart)) ||
      // "it had climbed to 76 - 28 children, four women and 43 men": a dash straight after a count opens it too
      // "1,523 (362 children)", "221 dead (127 civilians, 94 fighters)": who some of them were, in brackets
      (a.tokens[input.hedgeStart - 1]?.text === "(" &&
        input.head.kind === "person" &&
        /^[),]$/.test(a.tokens[input.head.index + 1]?.text ?? "")) ||
      // (not a change: "76 - 16 more than on Sunday")
      (/^[-–—]$/.test(a.tokens[input.hedgeStart - 1]?.text ?? "") &&
        a.mentions[i - 1]?.end === input.hedgeStart - 1 &&
        !NOT_A_PART.test(a.tokens[m.end]?.lower ?? "")) ||
      // ("50 people died on that first day alone - at least 30 members of the government forces and 20 …":
      // or after the rest of the count's clause, when who they were follows)
      (/^[-–—]$/.test(a.tokens[input.hedgeStart - 1]?.text ?? "") &&
        input.head.kind === "person" &&
        dashAfterClause(a, a.mentions[i - 1], input.hedgeStart - 1) &&
        !isRate(a, i)) ||
      (/^(?:;|,|and|while|whereas)$/.test(a.tokens[input.hedgeStart - 1]?.lower ?? "") &&
        IS_A_GROUP.test(joinTokens(a.tokens, m.end, m.end + 6)))
    ) {
      const link = partOfCountBefore(a, links, m, i);
      if (link) {
        links[i] = link;
        return;
      }
    }
    // the item before, past any year between ("583 casualties in 2012 and 1,001 in 2013")
    // (or an age: "15,948 children under the age of 18 and 10,540 women")
    // (or a span of days: "72 civilians had been killed in the first eight days of fighting, along with 224 fighters")
    let prevIndex = i - 1;
    while (
      prevIndex > 0 &&
      !inputs[prevIndex] &&
      (a.mentions[prevIndex]?.bareFourDigits ||
        isAge(a, a.mentions[prevIndex]!) ||
        isDayOfMonth(a.tokens, a.mentions[prevIndex]!) ||
        SPAN_UNIT.test(a.tokens[a.mentions[prevIndex]!.end]?.lower ?? ""))
    )
      prevIndex -= 1;
    const prev = a.mentions[prevIndex];
    const prevLink = links[prevIndex];
    const inColonList = colonBefore(a, m.start);
    const coordinated =
      isCoordinated(a, prev ?? m, input.hedgeStart) &&
      !hasOwnVerb(a, input.head.kind === "person" ? input.head.index + 1 : m.end, inColonList) &&
      // ("1,000 people killed … and about 10,000 detained": held, not killed)
      !HELD_NOT_KILLED.test(joinTokens(a.tokens, m.end, m.end + 2));
    const nextItem = AND_NEXT_ITEM.test(
      joinTokens(a.tokens, Math.max(prev?.end ?? 0, input.hedgeStart - 16), input.hedgeStart),
    );
    const gapped = prev && prevLink ? isGapped(a, m, input, prev) : false;
    // "…had fled: about 50,000 who had moved across the city and perhaps 10,000 who had gone north": the
    // breakdown's next item, past the relative clause of the one before
    const nextPart = prev !== undefined && prevLink?.via === "subgroup" && isNextPart(a, prev, input.hedgeStart);
    // "Government forces were responsible for 741 of them, and forces it believes to be Russian for 358": the
    // next party's share, past any breakdown of the one before ("…, including 14 people shot …, and Russian
    // aircraft for 28")
    const party = prev
      ? links.slice(0, i).findLastIndex((l, q) => {
          const at = inputs[q]?.hedgeStart;
          return l !== null && at !== undefined && RESPONSIBLE_FOR.test(joinTokens(a.tokens, Math.max(0, at - 6), at));
        })
      : -1;
    if (party >= 0 && NEXT_PARTY_FOR.test(joinTokens(a.tokens, prev!.end, input.hedgeStart))) {
      links[i] = {
        metric: links[party]!.metric,
        via: "coordination",
        cueIndex: a.mentions[party]!.start,
        parent: null,
      };
      return;
    }
    if (
      prev &&
      prevLink &&
      (coordinated ||
        nextItem ||
        nextPart ||
        isElliptical(a, m, input) ||
        isNextDestination(a, m, input, prevLink) ||
        isNextMoveTo(a, m, input, prevLink) ||
        gapped)
    ) {
      links[i] = {
        ...(gapped ? { gapped: true as const } : {}),
        // (an item's own destination refines the kind of the count it is part of, not of the item before)
        metric: wentWhere(a, m, (prevLink.parent !== null ? links[prevLink.parent]?.metric : null) ?? prevLink.metric),
        via: prevLink.via === "subgroup" ? "subgroup" : "coordination",
        cueIndex: prev.start,
        parent: prevLink.parent,
        ...(prevLink.carried ? { carried: true as const } : {}),
      };
      return;
    }
    // "79 were killed, as were more than 20 of the town's defenders": the same befell them
    if (AS_WERE.test(joinTokens(a.tokens, Math.max(0, input.hedgeStart - 3), input.hedgeStart))) {
      const p = links.slice(0, i).findLastIndex((l) => l !== null);
      if (p >= 0) {
        links[i] = { metric: links[p]!.metric, via: "coordination", cueIndex: a.mentions[p]!.start, parent: null };
        return;
      }
    }
    // "well above the 2,683 it recorded in January": a number the counter itself recorded is a count of
    // the kind the sentence counts before it
    if (COUNTER_RECORDED.test(joinTokens(a.tokens, m.end, m.end + 4))) {
      const p = links.slice(0, i).findLastIndex((l) => l !== null);
      const before = links[p];
      if (before) {
        // it stands or falls with the count it is compared with
        links[i] = { metric: before.metric, via: "coordination", cueIndex: a.mentions[p]!.start, parent: null };
        return;
      }
    }
    // "one in every 13 of the dead, 26,727 in all", "almost one in 13, or 27,126": the count a ratio stands for
    const ratio = a.mentions[i - 1];
    if (
      ratio &&
      !inputs[i - 1] &&
      RESTATES_RATIO.test(joinTokens(a.tokens, input.hedgeStart - 2, input.hedgeStart)) &&
      IS_RATIO.test(`${joinTokens(a.tokens, ratio.start - 4, ratio.start)} `)
    ) {
      const post = findPostfixCue(a, ratio);
      const metric =
        post && post.metric !== "abroad" && post.metric !== "displacement"
          ? post.metric
          : (links.slice(0, i).findLast((l) => l !== null)?.metric ?? null);
      if (metric) links[i] = { metric, via: "postfix", cueIndex: post?.index ?? ratio.start, parent: null };
    }
  });
  readByGrammar(a, inputs, links, carried, abroad);
  // "OCHA put the displaced at 62,000; a day later, initial estimates had reached 160,000": the count
  // told again is of the kind counted before it in the sentence, however that one was read
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    if (!input || links[i]) return;
    const words = joinTokens(a.tokens, Math.max(0, input.hedgeStart - 12), input.hedgeStart);
    // ("More than 630,000 Syrian refugees are registered (632,228 as of 30 November)": the exact count, in brackets)
    const bracketed =
      a.tokens[input.hedgeStart - 1]?.text === "(" &&
      a.mentions[i - 1] !== undefined &&
      EXACT_AS_OF.test(joinTokens(a.tokens, m.end, m.end + 4));
    // ("750 people crossed before midday; between 5,000 and 7,000 followed in the afternoon": more of the same)
    const followed =
      FOLLOWED.test(joinTokens(a.tokens, m.end, m.end + 4)) ||
      // ("… and 8 more on Wednesday, 45 in all": the sum of the counts before it)
      (a.tokens[input.hedgeStart - 1]?.text === "," && IN_ALL.test(joinTokens(a.tokens, m.end, m.end + 2)));
    if (!RESTATED.test(words) && !bracketed && !followed) return;
    if (COUNT_OF_NO_VICTIMS.test(words)) return;
    const p = links.slice(0, i).findLastIndex((l) => l !== null);
    const told = links[p];
    // ("The number of Syrians registered or awaiting registration … has tripled, going from 18,700 to 56,000": the
    // kind the sentence's opening words name, when they name one)
    const opening =
      !told && GOING_FROM.test(words) ? kindNamed(joinTokens(a.tokens, 0, Math.min(input.hedgeStart, 12))) : null;
    if (told) links[i] = { metric: told.metric, via: "coordination", cueIndex: a.mentions[p]!.start, parent: null };
    else if (opening) links[i] = { metric: opening, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null };
    // (none before it in the sentence: the count the report last gave, "…its count, on 22 December, it stood at 2,132")
    else if (lastCounted)
      links[i] = { metric: lastCounted, via: "prefix", cueIndex: input.hedgeStart - 1, parent: null, carried: true };
  });
  // "it recorded at least 100 civilians, 18 women and 35 children among them, killed by …": who some of a
  // count were, when only the grammar read the count (its verb comes after them), or only the pass above
  // ("On 13 August it put the total at 23,002, of whom 16,142 were civilians")
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    // (not one person told of: "among them one man who arrived in a van")
    if (!input || links[i] || m.value < 2) return;
    // ("The Observatory's count reached 246: 135 civilians, …": a colon straight after the count told again opens its breakdown)
    const prev = a.mentions[i - 1];
    const opened =
      a.tokens[input.hedgeStart - 1]?.text === ":" &&
      prev !== undefined &&
      links[i - 1] !== null &&
      input.hedgeStart - 1 - prev.end <= 3 &&
      a.tokens.slice(prev.end, input.hedgeStart - 1).every((t) => t.kind === "word");
    if (!opened && !isSubgroup(a, m, input.hedgeStart)) return;
    links[i] = partOfCountBefore(a, links, m, i);
  });
  // "Its count stood at 127,420 in Lebanon, 125,670 in Jordan and 123,747 in Turkey": the items of a list
  // that opens on a count told again go on with it (the pass above read it after the lists were read)
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    const prev = a.mentions[i - 1];
    const prevLink = links[i - 1];
    if (!input || links[i] || !prev || !prevLink?.carried) return;
    if (!isCoordinated(a, prev, input.hedgeStart) || hasOwnVerb(a, m.end)) return;
    links[i] = { metric: prevLink.metric, via: "coordination", cueIndex: prev.start, parent: null, carried: true };
  });
  // "the heaviest losses were in Aleppo (51,731 named dead), Rural Damascus (47,483), Homs (40,986) and Idlib
  // (33,271)": places with their numbers in brackets go on with the first, whose brackets named what it counts
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    const prev = a.mentions[i - 1];
    const prevLink = links[i - 1];
    if (!input || links[i] || !prev || !prevLink || a.tokens[m.end]?.text !== ")") return;
    if (!/^\p{Lu}/u.test(a.tokens[input.hedgeStart - 2]?.text ?? "")) return;
    if (!NEXT_BRACKETED_PLACE.test(joinTokens(a.tokens, prev.end, input.hedgeStart))) return;
    links[i] = { metric: prevLink.metric, via: "coordination", cueIndex: prev.start, parent: null };
  });
  // ("Local responders evacuated 30 injured people and four bodies", "17 bodies were brought out": the wounded and
  // the dead carried out of a town are counted as what befell them, not as people who left it)
  links.forEach((l, i) => {
    if (!l || !UPROOTED.has(l.metric)) return;
    const word = inputs[i]?.head.word;
    if (word === "bodies" || word === "corpses") links[i] = { ...l, metric: "killed" };
    else if (word === "injured" || word === "wounded") links[i] = { ...l, metric: "injured" };
    // ("Inside Syria … 4.25 million people have been driven from their homes. The agency's figures for the end of
    // August show where they went: 716,000 in Lebanon, …": people uprooted who are in a country abroad are refugees)
    else if (
      NOT_ABROAD.has(l.metric) &&
      (l.carried || l.via === "coordination") &&
      IN_A_HOST.test(joinTokens(a.tokens, a.mentions[i]!.end, a.mentions[i]!.end + 4))
    )
      links[i] = { ...l, metric: "refugees" };
  });
  return links;
}

/**
 * Counts of people the rules above left without a kind, read by the
 * sentence's grammar (grammar.ts): the noun the number counts, the verb its
 * phrase is subject of, or the verb it is object of. The sentence is tagged
 * only when such a count is left.
 */
function readByGrammar(
  a: SentenceAnalysis,
  inputs: ReadonlyArray<LinkInput | null>,
  links: Array<MetricLink | null>,
  carried: Metric | null,
  abroad: boolean,
): void {
  a.mentions.forEach((m, i) => {
    const input = inputs[i];
    // a rate, or a count in a clause about the future, is left out whatever it counts: not worth tagging
    if (!input || links[i] || isRate(a, i) || inFutureClause(a, m.start)) return;
    // the stretch a cue can stand in: the verb the count is object of, up to the verb its phrase is subject of
    const from = a.tokens[Math.max(0, input.hedgeStart - GRAMMAR_BEFORE)]!.start;
    const to = a.tokens[Math.min(a.tokens.length, m.end + GRAMMAR_AFTER) - 1]!.end;
    const stretch = a.text.slice(from, to);
    if (!MAY_SAY_WHAT_HAPPENED.test(stretch)) return;
    const span = mentionSpan(a, m);
    const cue = whatHappened(tagWords(stretch, from), span.start, span.end);
    // a count of things, unless the phrase ends in people ("27 camp residents")
    if (!cue || (input.head.kind === "thing" && !(cue.noun && PERSON_NOUNS.has(cue.noun)))) return;
    const cueIndex = tokenAt(a, cue.at);
    const via: LinkVia = cue.at > span.start ? "postfix" : "prefix";
    // a count brought to this number is of the kind given just before, in this sentence or the one before
    if (cue.happened === "counted") {
      const before = links.slice(0, i).findLast((l) => l !== null)?.metric ?? carried;
      if (before) links[i] = { metric: before, via, cueIndex, parent: null };
      return;
    }
    const kind = metricOf(cue.happened);
    const clause = { from: tokenAt(a, cue.clause.start), to: tokenAt(a, cue.clause.end) };
    let metric: Metric | null;
    if (kind === "displacement") {
      // (where they went may come after the clause the grammar reads, before any comma: "had left the area around
      // Jisr al-Shughour for Turkey")
      const next = nextMentionStart(a, m.end);
      const whereTo = next > clause.to && !/[,;:]/.test(joinTokens(a.tokens, clause.to, next)) ? next : clause.to;
      metric = classifyDisplacement(a, clause.from, whereTo, clause.from, clause.to, abroad);
    }
    // arriving counts refugees only where the clause, or the passage, is in another country
    else if (kind === "abroad")
      metric = abroad || NAMES_ABROAD.test(joinTokens(a.tokens, clause.from, clause.to)) ? "refugees" : null;
    else metric = kind;
    if (metric) links[i] = { metric, via, cueIndex, parent: null };
  });
}

/** Tokens read before a count's hedge and after its number for a grammatical cue. */
const GRAMMAR_BEFORE = 16;
const GRAMMAR_AFTER = 24;

/** The index of the token that starts at or after character `at`. */
function tokenAt(a: SentenceAnalysis, at: number): number {
  const k = a.tokens.findIndex((t) => t.end > at);
  return k < 0 ? a.tokens.length : k;
}

const RESTATES_RATIO = /(?:^|\s)(?:,|, or)$/;
/** What follows a number its counter recorded: "(the 2,683) it recorded", "(the 4,358) they had counted". */
const COUNTER_RECORDED =
  /^(?:it|they|the (?:group|monitor|observatory|agency|network|office|ministry)) (?:had )?(?:recorded|counted|documented|registered|logged|reported|listed|confirmed)\b/;
