/**
 * Who gave a number: a known source in an attribution construction of the
 * sentence itself ("X said/says/reported/put …", "according to X", ", X
 * said."), normalised to a short canonical name (FIGURES.md). Anonymous
 * sources ("a military source", "rescuers", "he") give null.
 */
import type { SentenceAnalysis } from "./analysis";
import { findPlaces } from "./places";

interface SourceRule {
  /** Lower-case fragments one of which the sentence must hold before the pattern is tried. */
  keys: readonly string[];
  name: string;
  /** Case-insensitive names, and case-sensitive abbreviations ("UN", "WHO", "SANA"). */
  re: RegExp;
}

// Specific before general: "U.N. refugee agency" is UNHCR, not UN.
const SOURCES: readonly SourceRule[] = [
  {
    keys: ["observ", "sohr", "monitor", "watchdog", "based", "rahman"],
    name: "SOHR",
    re: /\bsyrian observatory(?: for human rights)?\b|\bsohr\b|\bthe observatory\b|\bobservatory(?: chief| head| director)?\b|\b(?:britain|uk|u\.k\.|british|london|england|coventry)[- ]based (?:war )?(?:monitor(?:ing group| group)?|watchdog|group)\b|\bwar monitor\b|\bthe monitor(?:ing group)?\b|\brami abd(?:el|ul|al)?[- ]?rahman\b|\babd(?:el|ul|al)[- ]?rahman(?= (?:said|says|told|added|estimated))/gi,
  },
  {
    keys: ["ohchr", "office of the"],
    name: "OHCHR",
    // only when named so: "the UN human rights office" is the UN, as FIGURES.md and the record keep it
    re: /(?:\b(?:u\.?\s?n\.?|united nations)(?:'s?)? (?:human )?rights office \()?\bOHCHR\b\)?|\boffice of the (?:u\.?\s?n\.? |united nations )?high commissioner for human rights\b/gi,
  },
  {
    keys: ["unhcr", "refugee", "grandi", "high commissioner"],
    name: "UNHCR",
    re: /\bUNHCR\b|\bu\.?\s?n\.?\s?(?:'s )?refugee agency\b|\bunited nations(?:'s?)? refugee agency\b|\b(?:u\.?\s?n\.?|united nations) high commissioner for refugees\b|\bthe refugee agency\b|\bfilippo grandi\b|\bant[oó]nio guterres, the u\.?n\.? refugee chief\b|\bhigh commissioner(?: for refugees)? ant[oó]nio guterres\b/gi,
  },
  {
    keys: ["ocha", "humanitarian", "aid", "lowcock", "amos"],
    name: "OCHA",
    re: /\bOCHA\b|\boffice for the coordination of humanitarian affairs\b|\b(?:u\.?\s?n\.?|united nations) (?:humanitarian|aid) (?:office|agency|affairs office|coordination office|coordinator|chief)\b|\bmark lowcock\b|\bvalerie amos\b/gi,
  },
  {
    keys: ["unicef", "children"],
    name: "UNICEF",
    re: /\bUNICEF\b|\b(?:u\.?\s?n\.?|united nations) children'?s (?:agency|fund)\b/gi,
  },
  { keys: ["wfp", "food"], name: "WFP", re: /\bworld food programm?e\b|\bWFP\b/gi },
  // names in any case, abbreviations only in capitals ("WHO", not "who")
  { keys: ["health organi"], name: "WHO", re: /\bworld health organi[sz]ation\b/gi },
  { keys: ["who"], name: "WHO", re: /\bWHO\b/g },
  { keys: ["migration"], name: "IOM", re: /\binternational organi[sz]ation for migration\b/gi },
  { keys: ["iom"], name: "IOM", re: /\bIOM\b/g },
  {
    keys: ["icrc", "red cross"],
    name: "ICRC",
    re: /\binternational committee of the red cross\b|\bICRC\b|\bthe red cross\b/gi,
  },
  { keys: ["kurdish red"], name: "Kurdish Red Crescent", re: /\bkurdish red crescent\b/gi },
  { keys: ["sarc", "crescent"], name: "SARC", re: /\bsyrian arab red crescent\b|\bred crescent\b|\bSARC\b/gi },
  { keys: ["lcc", "coordination"], name: "LCC", re: /\blocal coordination committees\b|\bLCCs?\b/gi },
  { keys: ["snhr", "network"], name: "SNHR", re: /\bsyrian network for human rights\b|\bSNHR\b/gi },
  { keys: ["documentation"], name: "VDC", re: /\bviolations documentation cent(?:er|re)\b/gi },
  { keys: ["vdc"], name: "VDC", re: /\bVDC\b/g },
  { keys: ["hrw", "watch"], name: "Human Rights Watch", re: /\bhuman rights watch\b|\bHRW\b/gi },
  { keys: ["amnesty"], name: "Amnesty International", re: /\bamnesty(?: international)?\b/gi },
  {
    keys: ["msf", "decins", "doctors"],
    name: "MSF",
    re: /\bm[eé]decins sans fronti[eè]res\b|\bdoctors without borders\b|\bMSF\b/gi,
  },
  {
    keys: ["helmets", "defen"],
    name: "White Helmets",
    re: /\bwhite helmets\b|\bsyria(?:n)? civil defen[cs]e\b|\bcivil defen[cs]e\b/gi,
  },
  { keys: ["medical society"], name: "SAMS", re: /\bsyrian american medical society\b/gi },
  { keys: ["sams"], name: "SAMS", re: /\bSAMS\b/g },
  { keys: ["state department"], name: "US State Department", re: /\b(?:u\.?\s?s\.?\s?)?state department\b/gi },
  { keys: ["sana"], name: "SANA", re: /\bSANA\b/g },
  {
    keys: ["news agency", "state"],
    name: "SANA",
    re: /\bsyrian arab news agency\b|\b(?:syrian )?state(?:-run)? (?:news agency|media|tv|television)\b|\bofficial news agency\b/gi,
  },
  {
    keys: ["syria", "government", "regime"],
    name: "Syrian government",
    re: /\bsyrian (?:government|authorities|health ministry|interior ministry|defen[cs]e ministry|army|military)\b|\bthe syrian regime\b|\bthe (?:government|regime) (?=said|says|announced|reported|claimed)|\bsyria's (?:health ministry|army|military|government)\b/gi,
  },
  {
    keys: ["turk", "afad", "erdogan", "ankara"],
    name: "Turkish government",
    re: /\bturkish (?:government|officials?|military|army|defen[cs]e ministry|authorities|foreign ministry|interior ministry|president)\b|\bturkey'?s (?:defen[cs]e ministry|military|government|disaster agency)\b|\bAFAD\b|\berdogan\b|\bankara\b|\bturkey(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)/gi,
  },
  {
    keys: ["russia", "kremlin"],
    name: "Russian government",
    re: /\brussian (?:defen[cs]e ministry|military|government|officials)\b|\brussia's (?:defen[cs]e ministry|military)\b|\bthe kremlin\b|\bmoscow(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)|\brussia(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)/gi,
  },
  // a neighbour speaking of the refugees it hosts: "Jordan says it shelters …"
  {
    keys: ["jordan"],
    name: "Jordanian government",
    re: /\bjordanian (?:government|officials?|authorities|army|military)\b|\bjordan(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)/gi,
  },
  {
    keys: ["leban"],
    name: "Lebanese government",
    re: /\blebanese (?:government|officials?|authorities|army|military)\b|\blebanon(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)/gi,
  },
  {
    keys: ["national coalition", "opposition coalition"],
    name: "Syrian National Coalition",
    re: /\b(?:syrian )?national coalition(?: (?:for|of) syrian revolution(?:ary)? and opposition forces)?\b|\b(?:syrian |main )?opposition coalition\b/gi,
  },
  {
    keys: ["coalition", "pentagon", "centcom"],
    name: "US-led coalition",
    re: /\b(?:u\.?\s?s\.?-led |international )?(?<!(?:national|opposition|ruling|governing|electoral) )coalition\b|\bpentagon\b|\bCENTCOM\b/gi,
  },
  { keys: ["qa"], name: "al-Qaeda", re: /\bal[- ]qa'?eda\b/gi },
  {
    keys: ["islamic state", "isis", "isil", "daesh"],
    name: "Islamic State",
    re: /\bislamic state\b|\bISIS\b|\bISIL\b|\bdaesh\b/gi,
  },
  { keys: ["nusra"], name: "Nusra Front", re: /\b(?:al-)?nusra front\b|\bjabhat al-nusra\b/gi },
  { keys: ["hezbollah"], name: "Hezbollah", re: /\bhezbollah\b/gi },
  { keys: ["tahrir"], name: "HTS", re: /\bhay(?:a|'a)t tahrir al-sham\b/gi },
  { keys: ["hts"], name: "HTS", re: /\bHTS\b/g },
  { keys: ["free syrian"], name: "Free Syrian Army", re: /\bfree syrian army\b/gi },
  { keys: ["fsa"], name: "Free Syrian Army", re: /\bFSA\b/g },
  { keys: ["democratic forces"], name: "SDF", re: /\bsyrian democratic forces\b/gi },
  { keys: ["sdf"], name: "SDF", re: /\bSDF\b/g },
  { keys: ["ypg", "protection units"], name: "YPG", re: /\bYPG\b|\bpeople's protection units\b/gi },
  { keys: ["u.n", "un"], name: "UN", re: /\bU\.\s?N\.|\bUN\b/g },
  {
    keys: [
      "united nations",
      "u.n",
      "un ",
      "ban ki",
      "guterres",
      "mistura",
      "brahimi",
      "annan",
      "pinheiro",
      "zeid",
      "bachelet",
    ],
    name: "UN",
    re: /\bunited nations\b|\bu\.?\s?n\.? (?:secretary-general|chief|envoy|commission|human rights|rights office|officials?|agencies|monitors|investigators)\b|\bban ki-moon\b|\bguterres\b|\bde mistura\b|\bbrahimi\b|\bkofi annan\b|\bpinheiro\b|\bzeid ra'?ad al-hussein\b|\b(?:michelle )?bachelet\b/gi,
  },
  { keys: ["activist"], name: "activists", re: /\bactivists?\b|\bactivist groups?\b/gi },
  // Groups of people who speak as a body, named the way "activists" is: the report says who gave the
  // number, even without an organisation. One unnamed person ("a military source", "a doctor") stays null.
  { keys: ["medics"], name: "medics", re: /\bmedics\b/gi },
  { keys: ["doctors"], name: "doctors", re: /\bdoctors\b/gi },
  { keys: ["rescuers", "rescue workers"], name: "rescuers", re: /\brescuers\b|\brescue workers\b/gi },
  // Residents and witnesses are as often the people counted, so only a direct "residents said" names them.
  { keys: ["residents"], name: "residents", re: /\bresidents(?= (?:said|say|says|told|reported))/gi },
  { keys: ["witnesses"], name: "witnesses", re: /\bwitnesses(?= (?:said|say|says|told|reported))/gi },
];

const SPEECH_VERBS =
  "said|says|say|reported|reports|report|told|tells|estimated|estimates|estimate|put|puts|documented|documents|recorded|records|counted|counts|claimed|claims|announced|announces|confirmed|confirms|added|adds|stated|states|tallied|gave|gives|warned|noted|notes|showed|shows|registered|registers|listed|lists|believes|logged|logs|identified|raised|revised|compiled|attributes|reckons";
const AFTER_SOURCE = new RegExp(
  `^(?:'s)?(?:\\s*\\([^)]*\\))?(?:\\s*,[^,.;]{0,160},)?(?:[\\s,]+[\\w.'’-]+){0,8}?[\\s,]+(?:also |has |had |have |had earlier |earlier |later |on \\w+ |\\w+day |previously )?(?:${SPEECH_VERBS})\\b`,
);
const LIVES_NOT_SPEECH = /^\s*(?:the )?(?:lives|life)\b/;
const BEFORE_SOURCE_ACCORDING =
  /\b(?:according to|citing|quoted|quoting|figures from|data from|estimates from|a count by|a tally by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}$/;
const BEFORE_SOURCE_INVERTED = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,3}$`);
// "UNHCR's figures", "the agency's latest tallies": the numbers are that source's
const FIGURES_AFTER =
  /^(?:'s)?\s+(?:(?:latest|new|newest|own|last|official|final|updated|revised|recent|most recent|monthly|weekly|daily|annual)\s+)?(?:figures|data|estimates?|tally|tallies|count|counts|statistics|toll|numbers?)\b/;

// Sources the list does not know, kept as written: "Kurdish officials said", "Airwars, a monitoring
// group based in London, estimates", "OHCHR said". A bare capitalised word is usually a person
// speaking for someone else, so it needs an appositive naming an organisation.
const VERB_AHEAD = `(?=\\s+(?:also\\s+|have\\s+|has\\s+|had\\s+)?(?:${SPEECH_VERBS})\\b)`;
// "according to the Syrian Center for Policy Research": a named organisation, not a person
const ACCORDING_TO_ORGANISATION =
  /(?<=\b[Aa]ccording to (?:the )?)(?:[A-Z][\w'-]+ ){0,4}(?:Center|Centre|Network|Committee|Council|Group|Organi[sz]ation|Institute|Office|Ministry|Agency|Foundation|Society|Union|Commission|Project|Watch|Coalition|Monitor|Directorate|Authority)(?: (?:for|of|on) (?:the )?[A-Z][\w'-]+(?: (?:and )?[A-Z][\w'-]+){0,3})?/g;
const UNKNOWN_SOURCES: readonly RegExp[] = [
  new RegExp(
    `\\b[A-Z][a-z]+ (?:officials|media|authorities|military|army|police|government|ministry|commanders|forces|health officials|rebels|militants)\\b${VERB_AHEAD}`,
    "g",
  ),
  new RegExp(
    `\\b[A-Z][\\w-]+(?: [A-Z][\\w-]+){0,3}(?=, (?:a|an|the) [^,]{0,60}?\\b(?:group|organi[sz]ation|monitor|agency|charity|NGO|watchdog|network|project|body|institute|centre|center)\\b[^,]{0,40},?\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b)`,
    "g",
  ),
  new RegExp(`\\b[A-Z]{3,6}\\b${VERB_AHEAD}`, "g"),
  ACCORDING_TO_ORGANISATION,
];

/** Words an appositive may follow that are never the speaker: days and months ("on Sunday, a monitoring group said"). */
const NOT_A_SPEAKER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export interface AttributionCandidate {
  name: string;
  start: number;
  end: number;
  /** "according": applies to numbers on either side; "speech": X said …; "trailing": …, X said. */
  kind: "according" | "speech" | "trailing";
}

export function findAttributions(a: SentenceAnalysis): AttributionCandidate[] {
  const taken: Array<[number, number]> = [];
  const out: AttributionCandidate[] = [];
  for (const rule of SOURCES) {
    if (!rule.keys.some((k) => a.norm.includes(k))) continue;
    for (const m of a.text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const before = a.norm.slice(Math.max(0, start - 60), start);
      const after = a.norm.slice(end, end + 200);
      let kind: AttributionCandidate["kind"] | null = null;
      if (BEFORE_SOURCE_ACCORDING.test(before) || FIGURES_AFTER.test(after)) kind = "according";
      else {
        const speech = AFTER_SOURCE.exec(after);
        if (speech && !(/claim/.test(speech[0]) && LIVES_NOT_SPEECH.test(after.slice(speech[0].length)))) {
          // ", the Observatory said." closes the sentence: it speaks for what came before
          const lead = a.norm.slice(Math.max(0, start - 8), start);
          kind =
            /,\s*(?:the\s+)?$/.test(lead) &&
            /^[\s\w.'’()-]*?(?:said|says|reported|added|stated)\s*[.,]?\s*$/.test(after.slice(0, 40))
              ? "trailing"
              : "speech";
        } else if (BEFORE_SOURCE_INVERTED.test(before)) kind = "trailing";
      }
      if (kind && !describesAnother(a.norm, start, end)) out.push({ name: rule.name, start, end, kind });
    }
  }
  const known = [...taken];
  // "killed 31 people in Idlib, a monitoring group said": a place before an appositive is not its name
  const places = findPlaces(a);
  for (const re of UNKNOWN_SOURCES) {
    for (const m of a.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s) || /^(?:The|A|An|He|She|It|They|We|Officials)\b/.test(m[0]))
        continue;
      if (NOT_A_SPEAKER.test(m[0])) continue;
      if (places.some((p) => start < p.end && end > p.start)) continue;
      // "…12,000 Armenia, the UN refugee agency said": when the appositive is itself a known source,
      // that source speaks and the word before it is only the end of the clause.
      const appositive = a.text.slice(end, end + 110).match(/^, [^,]*/)?.[0] ?? "";
      if (appositive && known.some(([s]) => s > end && s < end + appositive.length)) continue;
      taken.push([start, end]);
      out.push({ name: m[0], start, end, kind: re === ACCORDING_TO_ORGANISATION ? "according" : "speech" });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const SPEECH_IN = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);

/**
 * Whether the source at [start, end) only describes something else, in a
 * relative clause that closes without its own speech: "The Observatory,
 * which relies on a web of activists, said …" (the activists are not who
 * spoke), unlike "…, where the UN says more than 70,000 have been killed".
 */
function describesAnother(norm: string, start: number, end: number): boolean {
  const comma = norm.lastIndexOf(",", start);
  // ", which relies on …" or an appositive with its own relative clause, ", a group that relies on …"
  if (
    comma < 0 ||
    !/^,\s*(?:(?:a|an|the)\s[^,]{0,60}?\b)?(?:which|who|whose|that|where)\b[^.;]*$/.test(norm.slice(comma, start))
  )
    return false;
  const rest = /^[^,.;]*,/.exec(norm.slice(end, end + 60));
  return rest !== null && !SPEECH_IN.test(norm.slice(comma, end) + rest[0]);
}

/** The source of the number at character offset `at`, or null. */
export function attributeFigure(candidates: readonly AttributionCandidate[], at: number): string | null {
  // "X said N …, according to Y": Y is where the number comes from
  const according = candidates.find((c) => c.start >= at && c.kind === "according");
  if (according && !candidates.some((c) => c.kind === "speech" && c.start >= at && c.start < according.start))
    return according.name;
  // X said … N / According to X, … N
  let best: AttributionCandidate | null = null;
  for (const c of candidates) if (c.end <= at && c.kind !== "trailing" && (!best || c.start > best.start)) best = c;
  if (best) return best.name;
  // N …, X said.
  for (const c of candidates) if (c.start >= at) return c.name;
  return null;
}
