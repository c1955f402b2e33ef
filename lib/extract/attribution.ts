/**
 * Who gave a number: a known source in an attribution construction of the
 * sentence itself ("X said/says/reported/put …", "according to X", ", X
 * said."), normalised to a short canonical name (FIGURES.md). Anonymous
 * sources ("a military source", "rescuers", "he") give null.
 */
import { analyzeForSources, mentionSpan, type SentenceAnalysis } from "./analysis";
import { findPlaces } from "./places";
import { BULLET_LINE, REGISTER_NOUN, UN_AGENCIES } from "./lexicon";

interface SourceRule {
  /** Lower-case fragments one of which the sentence must hold before the pattern is tried. */
  keys: readonly string[];
  name: string;
  /** Case-insensitive names, and case-sensitive abbreviations ("UN", "WHO", "SANA"). */
  re: RegExp;
}

const ACCREDITED_TO = /\b(?:envoy|ambassador|representative|delegate|mission)s? to (?:the )?$/;
/** "militiamen loyal to the SDF", "factions backed by Turkey": a side others fight for, not a speaker. */
const FIGHTS_FOR =
  /\b(?:loyal|allied|linked|affiliated) (?:to|with) (?:the )?$|\b(?:backed|supported|armed|trained) by (?:the )?$/;

/** One doctor, by what they do: "a local doctor", "a hospital surgeon". */
const ONE_DOCTOR = String.raw`(?:local |hospital |field |senior )?(?:doctor|physician|surgeon)`;
/** Turkey's provinces on the Syrian border, whose governors speak for the government. */
const TURKISH_BORDER_PROVINCES = "hatay|kilis|gaziantep|sanliurfa|şanlıurfa|mardin|adana|osmaniye";
/**
 * What shows a country named before a speech verb to be a place, not its government speaking: "in Lebanon",
 * "into eastern Jordan", "neighbouring Turkey" (regular-expression source).
 */
const PLACE_WORD_BEFORE = String.raw`(?<!\b(?:in|from|to|into|of|across|near|eastern|western|northern|southern|neighbou?ring) )`;
/** A host country that speaks in an aside: "Turkey, which says it hosts more than 2.5 million". */
const WHICH_SAYS = String.raw`, which (?:says|said|has said)\b`;

/** A title of a government's spokesperson: "deputy envoy", "foreign minister", "UN ambassador". */
/** A government ministry named by its office alone: "the defence ministry" (regular-expression source). */
const MINISTRY = String.raw`(?:foreign|interior|health|defen[cs]e) ministry`;
const OFFICIAL_TITLE =
  "(?:(?:un|u\\.n\\.|deputy|foreign|defen[cs]e|interior|health|information|prime|vice|first|permanent|special) )*(?:minister|secretary|president|prime minister|premier|spokes(?:man|woman|person)|ambassador|envoy|representative)";

/** Governments beyond Syria's and its neighbours' that speak of the war's toll: demonym, country, name. */
const OTHER_GOVERNMENTS: ReadonlyArray<readonly [string, string, string]> = [
  ["british", "britain", "British government"],
  ["french", "france", "French government"],
  ["german", "germany", "German government"],
  ["american", "the us", "US government"],
  ["iraqi", "iraq", "Iraqi government"],
  ["iranian", "iran", "Iranian government"],
  ["israeli", "israel", "Israeli government"],
  ["egyptian", "egypt", "Egyptian government"],
  ["saudi", "saudi arabia", "Saudi government"],
  ["qatari", "qatar", "Qatari government"],
];

/**
 * Who a bare "foreign ministry" belongs to when a nationality or a country's name comes before it ("the
 * Turkish defence ministry", "Turkey's defence ministry"): any government but Syria's.
 */
const OTHER_DEMONYMS = [
  "turkish",
  "jordanian",
  "lebanese",
  "russian",
  String.raw`u\.s\.`,
  "us",
  ...OTHER_GOVERNMENTS.map(([d]) => d),
  ...["turkey", "jordan", "lebanon", "russia", ...OTHER_GOVERNMENTS.map(([, c]) => c)].map((c) => `${c}['’]s`),
].join("|");

/**
 * A government named by its officials: "Britain's deputy envoy to the UN",
 * "the French foreign minister", "Egyptian officials", "a summary of French intelligence". (A country's name on
 * its own is where people are, not who speaks.)
 */
function foreignGovernment(demonym: string, country: string, name: string): SourceRule {
  return {
    keys: [demonym.slice(0, 4), country.replace(/^the /, "")],
    name,
    re: new RegExp(
      `\\b${demonym} (?:government|officials?|authorities|figures|statistics|intelligence|foreign (?:office|ministry))\\b|\\b(?:${demonym}|${country}'s) ${OFFICIAL_TITLE}\\b`,
      "gi",
    ),
  };
}

// Specific before general: "U.N. refugee agency" is UNHCR, not UN.
/** A news agency's name, where it is not the one spoken or quoted to. */
function agency(name: string, flags: string): RegExp {
  // ("according to the Associated Press" is its word)
  return new RegExp(
    String.raw`(?<!\b(?:told|(?<!according )to|with|by|for|from|in)\s+(?:the\s+)?)\b(?:${name})\b`,
    flags,
  );
}

/**
 * What may stand between residents or witnesses and their verb of telling: who spoke with them ("two residents
 * and a medic told"), who they are, how they were reached.
 */
// ("Witnesses who spoke to an Arabic newspaper counted twenty-two")
const CROWD_SPEAKS = String.raw`(?=(?: and (?:a|an|one|two|three|several) [\w-]+)? (?:who [^,.;"]{1,60} |(?:reached|contacted|speaking|interviewed) [^,.;"]{1,50} )?(?:said|say|says|told|tell|reported|counted|estimated|put))`;

/** Syria's provinces by the names reports give them, for their governors. */
const SYRIAN_PROVINCES =
  "aleppo|homs|hama|idlib|idleb|damascus|rural damascus|daraa|deraa|deir ez-zor|deir ezzor|deir el-zour|raqqa|hasakah|hasakeh|latakia|lattakia|tartus|tartous|quneitra|suwayda|sweida";

const SOURCES: readonly SourceRule[] = [
  // before the Observatory's rule, which would take "Monitor" for its own
  { keys: ["human rights committee"], name: "SHRC", re: /\bsyrian human rights committee\b/gi },
  { keys: ["shrc"], name: "SHRC", re: /\bSHRC\b/g },
  {
    keys: ["landmine"],
    name: "Landmine Monitor",
    re: /\blandmine (?:and cluster munition )?monitor\b/gi,
  },
  {
    keys: ["observ", "sohr", "monitor", "watchdog", "based", "rahman", "rami", "abd"],
    name: "SOHR",
    re: /\bsyrian observatory(?: for human rights)?\b|\bsohr\b|\bthe observatory\b|(?<!\brights )\bobservatory(?: chief| head| director)?\b|\b(?:britain|uk|u\.k\.|british|london|england|coventry)[- ]based (?:war )?(?:monitor(?:ing group| group)?|watchdog|group)\b|\bwar monitor\b|\bthe monitor(?:ing group)?\b|^monitor(?=\s*:)|(?<=, )monitor(?= says\b)|\brami abd(?:el|ul|al)?[- ]?rahman\b|\babd(?:el|ul|al)[- ]?rahman(?= (?:said|says|told|added|estimated))/gi,
  },
  {
    keys: ["ohchr", "office of the"],
    name: "OHCHR",
    // ("(UN human rights office, OHCHR)": the office's name and its short form, as one; "The office (OHCHR)
    // recorded": with the bracket it closes, but not one that closes a clause, "… killed (OHCHR).")
    re: /\b(?:u\.?\s?n\.?|united nations)(?:'s?)? (?:human )?rights office \(OHCHR\)|(?:\b(?:u\.?\s?n\.?|united nations)(?:'s?)? (?:human )?rights office, )?\bOHCHR\b(?:\)(?!\s*(?:[.;,]|$)))?|\boffice of the (?:u\.?\s?n\.? |united nations )?high commissioner for human rights\b/gi,
  },
  // "the UN human rights office said", "Rupert Colville, a UN human rights spokesman": the office by its
  // description and its spokespeople are OHCHR, as "the UN refugee agency" and its spokespeople are UNHCR, and as
  // the record (data/) names the office's counts. (The High Commissioner in person, "the UN human rights chief
  // Navi Pillay", stays the UN's voice, as the record keeps it.)
  {
    keys: ["rights office", "rights spokes", "colville", "shamdasani", "throssell", "hurtado", "pouilly"],
    name: "OHCHR",
    re: /\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? (?:human )?rights office\b|\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? (?:human )?rights spokes(?:man|woman|person)(?: (?:rupert colville|ravina shamdasani|(?:liz|elizabeth) throssell|marta hurtado|c[eé]cile pouilly))?\b|\b(?:rupert )?colville\b|\b(?:ravina )?shamdasani\b|\b(?:(?:liz|elizabeth) )?throssell\b|\b(?:marta )?hurtado\b|\b(?:c[eé]cile )?pouilly\b/gi,
  },
  // the documents the agencies put out: the refugee response plan the refugee agency coordinates, OCHA's overview
  {
    keys: ["response plan"],
    name: "UNHCR",
    re: /\b(?:the )?(?:(?:updated|latest|new) )?(?:syria )?regional (?:refugee )?response plan\b/gi,
  },
  {
    keys: ["needs overview"],
    name: "OCHA",
    re: /\b(?:the )?(?:(?:updated|latest|new) )?humanitarian needs overview\b/gi,
  },
  // "the camp coordination cluster, which UNHCR co-leads, has recorded …": the cluster the refugee agency
  // leads, as the text says
  {
    keys: ["cluster"],
    name: "UNHCR",
    re: /\b(?:the )?camp coordination(?: and camp management)? cluster,? (?:which|that) (?:the )?(?:UNHCR|u\.?\s?n\.? refugee agency) (?:co-?)?leads\b/gi,
  },
  {
    keys: [
      "unhcr",
      "refugee",
      "grandi",
      "high commissioner",
      "edwards",
      "fleming",
      "mahecic",
      "spindler",
      "baloch",
      "rummery",
      "mcnorton",
    ],
    name: "UNHCR",
    // (the title with the name after it first: "UN High Commissioner for Refugees Antonio Guterres said")
    re: /\b(?:(?:u\.?\s?n\.?|united nations) )?high commissioner(?: for refugees)?,? ant[oó]nio guterres\b|\bUNHCR\b|\bu\.?\s?n\.?\s?(?:'s )?refugee agency\b|\bunited nations(?:'s?)? refugee agency\b|\b(?:(?:u\.?\s?n\.?|united nations) )?high commissioner for refugees\b|\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? refugee (?:chief|head|commissioner)\b|\bthe refugee agency\b|\bfilippo grandi\b|\b(?:adrian edwards|melissa fleming|andrej mahecic|william spindler|babar baloch|ariane rummery|dan mcnorton)\b|\bant[oó]nio guterres, the (?:u\.?n\.? refugee chief|(?:u\.?n\.? |united nations )?high commissioner for refugees)\b/gi,
  },
  {
    keys: [
      "ocha",
      "humanitarian",
      "aid",
      "lowcock",
      "amos",
      "laerke",
      "ursula",
      "relief coordinator",
      "under-secretary",
    ],
    name: "OCHA",
    re: /\bOCHA\b|\b(?:(?:u\.\s?n\.|un|united nations)(?:['’]s?)? )?office for the coordination of humanitarian affairs\b|\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? (?:humanitarian|aid) (?:office|agency|affairs office|coordination office)\b|\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? aid (?:coordinator|chief)\b|\b(?:mark |mr\.? )?lowcock\b|\bvalerie amos\b|\bjens laerke\b|\bursula mueller\b|\b(?:(?:u\.?\s?n\.?|united nations)(?:['’]s?)? )?(?:deputy )?emergency relief coordinator\b|\bdeputy relief coordinator\b|\bour humanitarian colleagues\b|\b(?:(?:u\.?\s?n\.?|united nations)(?:['’]s?)? )?under-secretary-general for humanitarian affairs(?: and emergency relief coordinator)?\b|\b(?:u\.?\s?n\.?|united nations)(?:['’]s?)? humanitarian spokes(?:man|woman|person)\b/gi,
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
  { keys: ["lebanese red"], name: "Lebanese Red Cross", re: /\blebanese red cross\b/gi },
  {
    keys: ["syrian revolution general", "general commission", "srgc"],
    name: "Syrian Revolution General Commission",
    re: /\bsyrian revolution general commission\b|\bgeneral commission (?:of|for) the syrian revolution\b|\bSRGC\b/gi,
  },
  // Iraq's Kurdistan Region, which counts the Syrians crossing to it, and its crisis centre: "the Kurdistan Regional
  // Government's crisis centre gave a higher count", "its Joint Crisis Coordination Centre said", "the regional
  // government in Erbil"
  {
    keys: ["kurdistan regional", "kurdish regional", "krg", "joint crisis", "regional government", "kurdistan region"],
    name: "Kurdistan Regional Government",
    re: /\bkurd(?:istan|ish) regional government\b|\bKRG\b|\bjoint crisis coordination cent(?:er|re)\b|\b(?:the )?regional government in erbil\b|\bkurdistan region['’]s (?:government|authorities|interior ministry)\b/gi,
  },
  // the Kurdish-led administration of the north-east (or Iraq's Kurdish region) and its offices: "the
  // Kurdish-led local administration said", "the health council of the Kurdish-run Jazira canton"
  {
    keys: ["kurdish", "jazira"],
    name: "Kurdish authorities",
    re: /\b(?:syrian )?kurdish(?:-led|-run)? (?:local |regional )?(?:administration|authorities|administrators|command|government sources|statement)\b|\bkurdish(?:-led|-run)? administration['’]s\b|\b(?:health|interior) (?:authority|council) of the kurdish(?:-led|-run)? [\w -]{1,30}?\b(?:administration|canton)\b|\bjazira canton['’]s (?:health|interior) council\b/gi,
  },
  // (Turkey's own society, not Syria's: "the Turkish Red Crescent has raised tent cities")
  {
    keys: ["turkish red", "turkey's red"],
    name: "Turkish Red Crescent",
    re: /\b(?:turkish|turkey['’]s) red crescent\b/gi,
  },
  { keys: ["sarc", "crescent"], name: "SARC", re: /\bsyrian arab red crescent\b|\bred crescent\b|\bSARC\b/gi },
  { keys: ["lcc", "coordination"], name: "LCC", re: /\blocal coordination committees\b|\bLCCs?\b/gi },
  { keys: ["snhr", "network"], name: "SNHR", re: /\bsyrian network for human rights\b|\bSNHR\b/gi },
  { keys: ["documentation"], name: "VDC", re: /\bviolations documentation cent(?:er|re)\b/gi },
  { keys: ["vdc"], name: "VDC", re: /\bVDC\b/g },
  // ("The New York-based group said": the rights group based there, as the Britain-based monitor is the Observatory)
  {
    keys: ["hrw", "watch", "new york-based"],
    name: "Human Rights Watch",
    re: /\bhuman rights watch\b|\bHRW\b|\bthe new york-based (?:rights )?(?:group|organi[sz]ation|watchdog)\b/gi,
  },
  { keys: ["amnesty"], name: "Amnesty International", re: /\bamnesty(?: international)?\b/gi },
  {
    keys: ["msf", "medecins", "médecins", "doctors"],
    name: "MSF",
    re: /\bm[eé]decins sans fronti[eè]res\b|\bdoctors without borders\b|\bMSF\b/gi,
  },
  {
    keys: ["uossm", "union of medical", "union of syrian medical"],
    name: "UOSSM",
    // (its French initials; "the Union of Syrian Medical Relief Organisations (UOSSM)" in some reports)
    re: /\bunion of (?:medical care and relief|syrian medical relief) organi[sz]ations\b(?: \(UOSSM\))?|\bUOSSM\b/gi,
  },
  {
    keys: ["helmets", "defen"],
    name: "White Helmets",
    re: /\bwhite helmets\b|\bsyria(?:n)? civil defen[cs]e\b|\bcivil defen[cs]e\b/gi,
  },
  { keys: ["medical society"], name: "SAMS", re: /\bsyrian american medical society\b/gi },
  { keys: ["sams"], name: "SAMS", re: /\bSAMS\b/g },
  // an advocacy group that kept a death count of its own in 2011 and 2012
  { keys: ["avaaz"], name: "Avaaz", re: /\bAvaaz\b/g },
  // news agencies that keep a tally of their own ("an AFP tally now stands at 46", "Anadolu reported 15 dead"),
  // not those someone speaks or is quoted to ("he told Reuters", "speaking to the Associated Press")
  { keys: ["afp", "agence france"], name: "AFP", re: agency(String.raw`AFP|Agence France-Presse`, "g") },
  { keys: ["reuters"], name: "Reuters", re: agency("Reuters", "g") },
  { keys: ["associated press"], name: "Associated Press", re: agency("Associated Press", "g") },
  { keys: ["anadolu"], name: "Anadolu", re: agency(String.raw`Anadolu(?: (?:news )?agency)?`, "gi") },
  // aid groups and agencies that publish counts of their own
  {
    keys: ["unrwa", "relief and works", "palestin"],
    name: "UNRWA",
    re: /\bUNRWA\b|\b(?:u\.?\s?n\.?|united nations) relief and works agency\b|\bthe (?:u\.?\s?n\.?|united nations) agency for palestin(?:e|ian) refugees\b/gi,
  },
  { keys: ["rescue committee"], name: "IRC", re: /\binternational rescue committee\b/gi },
  { keys: ["irc"], name: "IRC", re: /\bIRC\b/g },
  { keys: ["norwegian"], name: "NRC", re: /\bnorwegian refugee council\b/gi },
  { keys: ["nrc"], name: "NRC", re: /\bNRC\b/g },
  { keys: ["save the children"], name: "Save the Children", re: /\bsave the children\b/gi },
  { keys: ["oxfam"], name: "Oxfam", re: /\boxfam\b/gi },
  { keys: ["airwars"], name: "Airwars", re: /\bairwars\b/gi },
  { keys: ["reach"], name: "REACH", re: /\bREACH\b/g },
  { keys: ["care"], name: "CARE", re: /\bCARE(?: International)?\b/g },
  // (its secretaries of state speak for it: "Secretary of State John Kerry said")
  {
    keys: ["state department", "secretary of state", "kerry", "tillerson", "pompeo", "blinken"],
    name: "US State Department",
    re: /\b(?:u\.?\s?s\.?\s?)?state department\b|\b(?:u\.?\s?s\.?\s?)?secretary of state\b|\b(?:john )?kerry\b|\b(?:rex )?tillerson\b|\b(?:mike )?pompeo\b|\b(?:antony )?blinken\b/gi,
  },
  { keys: ["sana"], name: "SANA", re: /\bSANA\b/g },
  // Turkey's state news agency, named as the press names it
  {
    keys: ["anadolu", "anatolia"],
    name: "Anadolu",
    // ("the state news agency Anatolia": not Syria's, named before its name)
    re: /\banadolu(?: news)?(?: agency)?\b|\banatolian? (?:news )?agency\b|\b(?:(?:state|official)(?:-run)? )?news agency,? (?:anadolu|anatolia)\b/gi,
  },
  {
    keys: ["news agency", "state"],
    name: "SANA",
    re: new RegExp(
      // (not another country's: "Russian state media", "Turkey's official news agency")
      String.raw`\bsyrian arab news agency\b|(?<!\b(?:${OTHER_DEMONYMS}) )\b(?:syrian )?state(?:-run)? (?:news agency|media)\b|(?<!\b(?:${OTHER_DEMONYMS}) )\bofficial news agency\b`,
      "gi",
    ),
  },
  // the state broadcaster, which is not the state news agency
  {
    keys: ["state tv", "state television", "state-run tv", "state-run television"],
    name: "Syrian state television",
    re: new RegExp(String.raw`(?<!\b(?:${OTHER_DEMONYMS}) )\b(?:syrian )?state(?:-run)? (?:tv|television)\b`, "gi"),
  },
  {
    keys: [
      "syria",
      "government",
      "regime",
      "ministry",
      "damascus",
      "assad",
      "interior",
      "health",
      "information",
      "governor",
    ],
    name: "Syrian government",
    re: new RegExp(
      // ("Bouthaina Shaaban, political and media adviser to President Bashar al-Assad, said …")
      String.raw`\b(?:advis[eo]r|aide|spokes(?:man|woman|person)) (?:to|for) (?:the )?(?:syrian )?president (?:bashar )?(?:al-)?assad\b|\bassad['’]s (?:advis[eo]r|aide|spokes(?:man|woman|person)|government|office)\b|` +
        // ("Damascus said on 30 March that …": the capital speaking is its government, as Moscow is Russia's)
        String.raw`(?<!\b(?:in|from|to|into|of|across|near|around|outside|toward|towards) )\bdamascus\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced|claimed|claims|admitted|describes|described)\b)|\b(?:authorities|officials|government) in damascus\b|\bsyrian ministry of [a-z]+(?: [a-z]+)?\b|\b(?:(?:a|the) )?government spokes(?:man|woman|person)\b|` +
        String.raw`(?<!\bfree )\bsyrian (?:government|officials|authorities|health (?:ministry|department)|interior ministry|defen[cs]e ministry|army|military)\b|\bthe syrian regime\b|\bthe (?:government|regime)(?=(?:, [^,]{0,60},)? (?:said|says|announced|reported|claimed|claims|tells|told|puts|put|counts|gives|gave))|(?<!(?:${OTHER_DEMONYMS}) )\b(?:the )?${MINISTRY}(?: spokes(?:man|woman|person))?(?! in (?!damascus\b)[a-z])(?=,? (?:[A-Z][\w-]+ ){0,3}(?:said|says|announced|reported|told|put|puts))|\bsyria's (?:health (?:ministry|department)|interior ministry|defen[cs]e ministry|army|military|government)\b|\b(?:syrian|syria's) ${OFFICIAL_TITLE}\b|` +
        // ("Interior Minister Mohammad al-Shaar put that toll at 40": a minister no country is named for is Syria's)
        String.raw`(?<!(?:${OTHER_DEMONYMS}) )\b(?:interior|health|information) minister(?=,? (?:[\w'’-]+ ){1,4}(?:said|says|announced|reported|told|put|puts|gave))|` +
        // ("Mohammed Wahid Akkad, the governor of Aleppo, told AFP": a Syrian province's governor is the government's)
        String.raw`\bgovernor of (?:${SYRIAN_PROVINCES})\b`,
      "gi",
    ),
  },
  {
    keys: ["turk", "afad", "erdogan", "ankara", "governor", "davuto", "cavuso", "çavuşo", "soylu", "kurtulmu"],
    name: "Turkish government",
    re: new RegExp(
      // ("the governor of Turkey's Hatay province said", "the Kilis governor's office said": a governor a
      // border province's government names; "the governor's office in the neighbouring Turkish province of Hatay")
      // ("Foreign Minister Ahmet Davutoglu said": Turkey's ministers of the war's years, by name)
      String.raw`\b(?:ahmet )?davuto[gğ]lu\b|\b(?:numan )?kurtulmu[sş]\b|\b(?:mevl[uü]t )?[cç]avu[sş]o[gğ]lu\b|\b(?:s[uü]leyman )?soylu\b|\bturkish (?:government|(?:disaster (?:management )?|security |border )?officials?|diplomats?|figures|statistics|military|army|defen[cs]e ministry|authorities|foreign ministry|interior ministry|president)\b|\bturkey'?s (?:defen[cs]e ministry|foreign ministry|interior ministry|health ministry|military|government|disaster agency)\b|\bgovernor(?:'s office)? (?:of|in) (?:turkey'?s (?:(?:neighbou?ring|border|southern|south-?eastern) )?|the (?:neighbou?ring )?turkish (?:border )?province of )?(?:${TURKISH_BORDER_PROVINCES})\b|\b(?:${TURKISH_BORDER_PROVINCES}) governor(?:'s office)?\b|\b(?:turkish|turkey'?s) disaster (?:and emergency )?(?:management )?(?:agency|authority)\b|\b(?:turkish|turkey'?s) ${OFFICIAL_TITLE}\b|\bAFAD\b|\berdogan\b|(?<!\b(?:in|from|(?<!according )to|into|of|across|near|outside|via|through) )\bankara\b(?! (?:ceasefire|truce|agreement|accord|deal|talks|process|summit|memorandum|pact)\b)|\b(?:authorities|officials|government|${MINISTRY}) in ankara\b|${PLACE_WORD_BEFORE}turkey\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b|${WHICH_SAYS})`,
      "gi",
    ),
  },
  {
    keys: ["russia", "kremlin", "moscow"],
    name: "Russian government",
    re: new RegExp(
      String.raw`\brussian (?:defen[cs]e ministry|military|government|officials)\b|\bthe russian side\b|\brussia's (?:defen[cs]e ministry|military)\b|\b(?:russian|russia's) ${OFFICIAL_TITLE}\b|\bthe kremlin\b|\b${MINISTRY} in moscow\b|${PLACE_WORD_BEFORE}moscow\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)|${PLACE_WORD_BEFORE}russia\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)`,
      "gi",
    ),
  },
  // a neighbour speaking of the refugees it hosts: "Jordan says it shelters …"
  {
    keys: ["jordan", "amman"],
    name: "Jordanian government",
    re: new RegExp(
      // ("according to Amman": the capital for its government, as Ankara is Turkey's)
      String.raw`\bjordanian (?:(?:local |security |border )?(?:government|officials?|authorities)|army|military|figures|statistics)\b|\b(?:jordanian|jordan's) ${OFFICIAL_TITLE}\b|${PLACE_WORD_BEFORE}jordan\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b|${WHICH_SAYS})|(?<=\baccording to )amman\b|(?<!\b(?:in|from|to|into|of|across|near|outside) )\bamman\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b)`,
      "gi",
    ),
  },
  {
    keys: ["leban"],
    name: "Lebanese government",
    re: new RegExp(
      String.raw`\blebanese (?:(?:local |security |border )?(?:government|officials?|authorities)|army|military|figures|statistics)\b|\b(?:lebanese|lebanon's) ${OFFICIAL_TITLE}\b|${PLACE_WORD_BEFORE}lebanon\b(?=(?:,[^,]{1,80},)?\s+(?:says|said|has said|reported|reports|estimates|announced)\b|${WHICH_SAYS})`,
      "gi",
    ),
  },
  ...OTHER_GOVERNMENTS.map(([demonym, country, name]) => foreignGovernment(demonym, country, name)),
  {
    keys: ["national coalition", "opposition coalition"],
    name: "Syrian National Coalition",
    re: /\b(?:syrian )?national coalition(?: (?:for|of) syrian revolution(?:ary)? and opposition forces)?\b|\b(?:syrian |main )?opposition coalition\b/gi,
  },
  // the opposition's first body in exile (2011–2012), before the National Coalition
  { keys: ["syrian national council"], name: "Syrian National Council", re: /\bsyrian national council\b/gi },
  { keys: ["snc"], name: "Syrian National Council", re: /\bSNC\b/g },
  {
    keys: ["opposition"],
    name: "Syrian opposition",
    re: /\b(?:the )?(?:syrian )?opposition (?:groups?|figures|leaders|officials|spokes(?:man|woman|person))\b/gi,
  },
  {
    keys: ["coalition"],
    name: "US-led coalition",
    re: /\b(?:u\.?\s?s\.?-led |international )?(?<!(?:national|opposition|ruling|governing|electoral) )coalition\b/gi,
  },
  // ("U.S. Central Command said", "a US military spokesman, Colonel …": the American forces, not the coalition)
  {
    keys: ["u.s. military", "us military", "central command", "centcom", "pentagon"],
    name: "US military",
    re: /\b(?:the )?u\.?\s?s\.? military\b|\b(?:u\.?\s?s\.? )?central command\b|\bCENTCOM\b|\b(?:the )?pentagon\b/gi,
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
  // ("the UN's humanitarian chief, who was in Damascus at the time, said": the title is the UN's, named as the text
  // names it; OCHA is for the office, its spokespeople, its aid chief and its Emergency Relief Coordinator)
  {
    keys: ["u.n", "un"],
    name: "UN",
    re: /\b(?:U\.\s?N\.|UN)(?:['’]s?)? [Hh]umanitarian (?:chief|coordinators?)\b|\bU\.\s?N\.|\bUN\b/g,
  },
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
      "pillay",
      "world body",
      "secretary-general",
      "dujarric",
      "commissioner for human rights",
      "independent international",
    ],
    name: "UN",
    // ("the Secretary-General's spokesman", "the UN High Commissioner for Human Rights, Zeid Ra'ad Al Hussein")
    re: /\b(?:the )?independent international commission of inquiry\b|\bunited nations\b|\bu\.?\s?n\.? (?:secretary-general|chief|envoy|commission|human rights|rights office|officials?|agencies|monitors|investigators)\b|\bthe world body(?:['’]s)?\b|\bban ki-moon\b|\bguterres\b|\bde mistura\b|\bbrahimi\b|\bkofi annan\b|\bpinheiro\b|\bzeid ra'?ad al[- ]hussein\b|\b(?:michelle )?bachelet\b|\b(?:navi )?pillay\b|\bthe secretary-general['’]s (?:deputy )?(?:spokes(?:man|woman|person)|office)\b|\b(?:st[eé]phane )?dujarric\b|\bhigh commissioner for human rights\b/gi,
  },
  // ("the activist network" is a body named by description, not a crowd of activists)
  {
    keys: ["activist", "citizen journalist", "campaigners"],
    name: "activists",
    // ("the activist network" names one body, which may be named elsewhere; "activist networks" do not)
    // (a citizen journalist and campaigners on the ground report as activists do)
    // ("An opposition activist network reported", opening its sentence: one not named is as activists are, unless
    // named next: "A second activist network, the Syrian Revolution General Commission, …")
    re: /\bactivists?\b(?! (?:network\b|committees?|coordination|collective))|\bactivist groups?\b|(?<=(?:^|[-–•]\s)\s*(?:an?|one|the main|the largest|the leading) (?:[\w-]+ )?)activist network\b(?!\s*,)|\bcitizen journalists?\b|\b(?:local |rights )?campaigners\b/gi,
  },
  // Groups of people who speak as a body, named the way "activists" is: the report says who gave the
  // number, even without an organisation. One unnamed person ("a military source") stays null, but for one
  // doctor, resident or witness who speaks (below).
  { keys: ["medics"], name: "medics", re: /\bmedics\b/gi },
  // "rights groups say more than 1,400 civilians have been killed": groups left unnamed, counted as one voice
  {
    keys: ["rights groups", "rights organisations", "rights organizations"],
    name: "rights groups",
    re: /\b(?:human )?rights (?:groups|organi[sz]ations)\b/gi,
  },
  // (and one doctor who speaks: "a doctor in the town told a visiting journalist", "Mohammad Lakhini, a
  // doctor at a hospital in Azaz, said")
  {
    keys: ["doctor", "physician", "surgeon"],
    name: "doctors",
    re: new RegExp(
      String.raw`\bdoctors\b|\b(?:a|one) ${ONE_DOCTOR}(?= (?:(?:in|at|from|of) [^,.;"]{1,50} )?(?:said|says|told|tells|reported))|(?<=, )(?:a|the) ${ONE_DOCTOR}(?: (?:in|at|from|of) [^,.;"]{1,50})?(?=, (?:said|says|told|tells)\b)`,
      "gi",
    ),
  },
  // ("Those rescuers have now identified 95 of the dead": the rescue service named before, not rescuers at large)
  {
    keys: ["rescuers", "rescue workers"],
    name: "rescuers",
    re: /(?<!\b(?:those|these|the same|the) )\brescuers\b|\brescue workers\b/gi,
  },
  // Residents and witnesses are as often the people counted, so only one who speaks names them: "residents
  // said", "a resident who reached reporters by telephone said", "one resident told a news agency".
  {
    keys: ["resident"],
    name: "residents",
    re: new RegExp(String.raw`\b(?:(?:a|one|two|several) )?residents?${CROWD_SPEAKS}`, "gi"),
  },
  {
    keys: ["witness"],
    name: "witnesses",
    re: new RegExp(String.raw`\b(?:(?:a|one|two|several) )?witness(?:es)?${CROWD_SPEAKS}`, "gi"),
  },
];

const SPEECH_VERBS =
  "(?:was|were|is|are) citing|said|says|say|saying|putting|reported|reports|report|told|tells|estimated|estimates|estimate|estimating|put|puts|documented|documents|recorded|records|counted|counts|claimed|claims|claiming|arrived at|arrives at|suggested|suggests|announced|announces|confirmed|confirms|added|adds|stated|states|tallied|gave|gives|giving|reporting|describe|describes|described|warned|noted|notes|showed|shows|registered|registers|listed|lists|believes|logged|logs|identified|raised|raises|revised|revises|lowered|lowers|compiled|attributes|reckons|reckon|offered|offers|published|publishes|released|releases|issued|accused|accuses|given|tracked|tracks|verified|verifies|calculated|calculates|reckoned|cited|cites|numbered|tallies|found|finds|knew of|knows of|spoke of|speaks of|speak of|speaking of|spoken of|spoke|telling|counting|mentioned|referred to|broke|breaks|keeps|kept|circulated|circulates|acknowledged|acknowledges|admitted|admits|conceded|concedes|recalls|recalled";
const AFTER_SOURCE = new RegExp(
  `^(?:['’]s?)?(?:\\s*\\([^)]*\\))?(?:\\s*,(?:[^,.;]|(?<=\\d)[,.](?=\\d)){0,160},)?(?:[\\s,]+[\\w.'’-]+){0,8}?(?:\\s*,[^,.;]{1,80},)?[\\s,]+(?:also |has |had |have |had earlier |earlier |later |on \\w+ |\\w+day |previously )?(?:${SPEECH_VERBS})\\b`,
);
// "members of the Syrian army died in the retaliation, he added": the verb has a subject of its own
const OTHER_SUBJECT = /[\s,](?:he|she|they|it|we|i)\s+(?:\w+\s+)?\w+$/;
// "which the UN counts among its sources": to count as, not to count up
const NOT_A_COUNT = /^\s+(?:among|as|on|upon)\b/;
// ("claimed the lives of", "claimed the attack": a claim that is no count)
const LIVES_NOT_SPEECH =
  /^\s*(?:the )?(?:lives|life|attacks?|bombings?|blasts?|explosions?|killings?|assault|raid|ambush)\b/;
// ("figures released on Thursday by the Observatory": the release may be dated before its source)
const BEFORE_SOURCE_ACCORDING =
  /\b(?:according to|citing|quoted|quoting|figures from|data from|estimates from|(?:an?|its|their|the) (?:new |latest |fresh |updated |revised )?(?:estimate|count|tally|figure) from|a count by|a tally by|by the (?:count|tally|reckoning|figures|records?) of|(?:came|comes|come) from|(?:compiled|collected|gathered|provided|supplied|published|released|issued)(?:\s+(?:on|in|last|late on|early on)\s+[\w.'’-]+(?:\s+\d{1,4})?)?\s+by|(?:figures|data|numbers|estimates|statistics|tall(?:y|ies)|counts?)\s+(?:[\w-]+\s+){0,2}?(?:used|cited|kept|relied on)\s+by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}$/;
// "put the number of Hezbollah fighters killed at …": a body inside what is counted is not who counted
// ("puts the dead among the SDF at 730": nor is a body whose dead are counted)
const COUNTED_IN =
  /\b(?:number|toll|count|tally|total|figure)s? of\s+(?:[\w.'’-]+\s+){0,3}$|\b(?:dead|deaths|killed|victims|casualties|losses|wounded|injured)\s+(?:among|in the ranks of)\s+(?:the\s+)?$/;
const BEFORE_SOURCE_INVERTED = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,3}$`);
// "'We documented 85 summarily executed,' said Abu Ahmad al-Rabi, an activist in …": a speaker named, then
// what the speaker is
const SAID_NAME_THEN_WHO = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\s+(?:[\\w.'’-]+\\s+){1,4}?[\\w.'’-]+,\\s+(?:an?|the|one)\\s+(?:[\\w-]+\\s+)?$`,
);
/** "…, said Jens Laerke, a spokesman for OCHA", "…, said a spokesman for the UN humanitarian office": a body named last. */
const SAID_SPOKESMAN_FOR = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\s+(?:(?:[\\w.'’-]+\\s+){0,4}?[\\w.'’-]+,\\s+)?(?:an?\\s+|the\\s+|one\\s+)?(?:[\\w-]+\\s+)?(?:spokes(?:man|woman|person)|head|director|chief|official|representative|coordinator)\\s+(?:for|of|at|with)\\s+(?:the\\s+)?$`,
);
// "UNHCR's figures", "the agency's latest tallies": the numbers are that source's
const OPENS_CLAUSE = /(?:,|;)\s*(?:and|while|but|whereas)?\s*(?:the\s+)?$/;
const FIGURES_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?:latest|new|newest|own|last|official|final|updated|revised|recent|most recent|monthly|weekly|daily|annual)\s+){0,2}(?:(?:civilian|death|casualty|overall|national|nationwide|countrywide)\s+)?(?:figures?|data|estimates?|tally|tallies|count|counts(?!\s+(?:among|as|on|upon)\b)|statistics|toll|totals?|numbers?|reckoning|accounting|ledgers?|calculations?|${REGISTER_NOUN})\b`,
);

// "The UN refugee agency counts 6.6 million": the word is the body's verb, not its figures
const COUNTS_A_NUMBER =
  /^\s+(?:counts|estimates|tallies|records|lists|numbers|registers|logs|documents|reports)\s+(?:(?:some|about|around|nearly|almost|over|more|than|at|least|roughly|just|under|close|to)\s+){0,3}\d/;

/** Each rule's keys, by their first two characters: one pass over a sentence finds the rules worth trying. */
const KEY_INDEX: ReadonlyMap<number, ReadonlyArray<{ key: string; rule: number }>> = (() => {
  const index = new Map<number, { key: string; rule: number }[]>();
  for (const [rule, { keys }] of SOURCES.entries())
    for (const key of keys) {
      const pair = key.charCodeAt(0) * 65536 + key.charCodeAt(1);
      index.set(pair, [...(index.get(pair) ?? []), { key, rule }]);
    }
  return index;
})();

/** A letter or a digit (ASCII or not), which a key may not follow. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)))
  );
}

/** The indexes of the rules (in SOURCES) one of whose keys the lower-cased text holds. */
function rulesHeld(lower: string): Set<number> {
  const held = new Set<number>();
  for (let at = 0; at < lower.length - 1; at++) {
    // (keys start words: "said" holds no rule keyed "aid")
    if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    const candidates = KEY_INDEX.get(lower.charCodeAt(at) * 65536 + lower.charCodeAt(at + 1));
    if (!candidates) continue;
    for (const { key, rule } of candidates) if (!held.has(rule) && lower.startsWith(key, at)) held.add(rule);
  }
  return held;
}

// Sources the list does not know, kept as written: "Kurdish officials said", "Airwars, a monitoring
// group based in London, estimates", "OHCHR said". A bare capitalised word is usually a person
// speaking for someone else, so it needs an appositive naming an organisation.
/** A speech verb ahead, after what `between` matches (nothing by default). */
// ("Kurdish officials at the time put the number at …": past a word or two on when they spoke)
const verbAhead = (between = "") =>
  `(?=${between}(?:\\s+(?:at the time|at first|later|then|now|earlier|initially))?\\s+(?:also\\s+|have\\s+|has\\s+|had\\s+)?(?:${SPEECH_VERBS})\\b)`;
const VERB_AHEAD = verbAhead();
// ("Fuat Oktay, who heads the AFAD disaster agency, put the number at 100,000": past an aside on who the person is)
const PERSON_VERB_AHEAD = verbAhead("(?:, (?:who|a|an|the) [^,.;]{1,80},)?");
// "according to the Syrian Center for Policy Research", "according to estimates circulated by the opposition Qalamoun
// Media Center": a named organisation, not a person
const ACCORDING_TO_ORGANISATION =
  /(?<=\b(?:[Aa]ccording to|(?:circulated|compiled|gathered|published|issued|released) by) (?:(?:estimates|figures|data|counts?|tallies) (?:circulated|compiled|gathered|published|issued|released) by )?(?:the )?(?:(?:opposition|activist|local|pro-government|rebel)(?:-run)? )?)(?:[A-Z][\w'-]+ ){0,4}(?:Center|Centre|Network|Committee|Council|Group|Organi[sz]ation|Institute|Office|Ministry|Agency|Foundation|Society|Union|Commission|Project|Watch|Coalition|Monitor|Directorate|Authority|Association|Federation|League|Alliance|Mission)\b(?: (?:for|of|on) (?:the )?[A-Z][\w'-]+(?: (?:and )?[A-Z][\w'-]+){0,3})?/g;
const CREDITED_BY = /\b(?:circulated|compiled|gathered|published|issued|released) by /;
// "a tally published by the EA Worldview site": an outlet or group a count is credited to, named before what it is
const PUBLISHED_BY_OUTLET =
  /(?<=\b(?:published|compiled|kept|released|issued|gathered|collected) by the )[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}(?= (?:news )?(?:site|website|blog|outlet|monitor|network|group|project)\b)/g;
// "compiled by Action on Armed Violence (AOAV)", "Action on Armed Violence (AOAV) said": an
// organisation the list does not know, named in full with the abbreviation it goes by after.
const ABBREVIATED_ORGANISATION =
  /\b(?!(?:The|A|An)\b)[A-Z][\w'-]+(?: (?:(?:on|of|for|and|the|in|against) )*[A-Z][\w'-]+){1,7} \(([A-Z][A-Za-z]{1,7})\)/g;
// "Lebanese security sources said", "according to local sources": unnamed, but of a kind the report names
const SOURCES_OF_A_KIND =
  /\b(?:security|military|medical|hospital|opposition|rebel|local|government|diplomatic|humanitarian|police|army) sources\b/gi;
// "aid workers say", "local journalists said", "camp managers reckon": people of a kind who speak as one, named
// as the report names them (not a body's own: "the UN's humanitarian agencies", "the United Nations' two senior
// humanitarian officials"; nor the second of two who
// speak: "Rescue workers and local aid groups put the count")
const OF_A_KIND = "local|aid|camp|hospital|humanitarian|relief|monitoring|international";
const PEOPLE_HEADS =
  "journalists|reporters|workers|managers|agencies|groups|organi[sz]ations|officials|volunteers|administrators";
const PEOPLE_OF_A_KIND = new RegExp(
  String.raw`\b(?=(?:${OF_A_KIND}) )(?<!['’]s? (?:[\w-]+ ){0,2}|\band |\b(?:${OF_A_KIND}) )(?:(?:${OF_A_KIND}) ){1,2}(?:${PEOPLE_HEADS})\b`,
  "gi",
);
// Each with a cheap test of the sentence first: most sentences hold none, and a pattern scanned at every
// position (lookbehinds especially) is what costs.
const BODY_NOUNS =
  "Council|Committee|Commission|Organi[sz]ation|Union|Federation|Association|Institute|Society|Foundation|Centre|Center|Front|League|Observatory|Watch|Clinic|Hospital|Directorate|Department|Post|Times|Office|Room|Coordinators";
const BODY_NOUN = new RegExp(`\\b(?:${BODY_NOUNS})\\b|'s office\\b`);
// "the General Commission of the Syrian Revolution said", "the Palestinian Liberation Front in Syria,
// said", "the Fraternity Foundation for Human Rights, a local group, recorded": what the body is of or
// for belongs to its name; where it works, or what it is, does not (but a local office is named by its
// place: "the Martyrs Documentation Office in Daraa, a local monitoring group, counted").
const BODY_NAMED = new RegExp(
  `\\b(?!The\\b)(?:[A-Z][\\w'-]+ ){1,4}(?:${BODY_NOUNS})\\b(?:(?<=Office) in [A-Z][\\w'-]+)?(?: (?:of|for) (?:the )?[A-Z][\\w'-]+(?: (?:of |for |and )?[A-Z][\\w'-]+){0,3})?${verbAhead("(?: in [A-Z][\\w'-]+)?(?:, (?:which|who|an?|the|citing|quoting) [^,.;]{1,80},|,)?")}`,
  "g",
);
// "the Mardin governor's office said": a regional office of a government, named by its place
const OFFICE_NAMED = new RegExp(`\\b[A-Z][\\w'-]+ (?:governor|governorate|mayor)'s office\\b${VERB_AHEAD}`, "g");
/** What a body or an outlet is described as before its name is set off by commas: "a news site, Yekiti Media,". */
const DESCRIPTION_NOUN =
  "(?:group|organi[sz]ation|charity|monitor|NGO|watchdog|network|collective|body|campaigners|think tank|project|(?:news )?site|website|outlet|broadcaster|channel|newspaper|daily)";
// ("a relief group working in the northwest, the Syrian Response Coordination Group, said": where it works may
// come between)
const WORKING_IN = String.raw`(?: (?:working|based|active|operating) in [^,.;]{1,40})?`;
const DESCRIBED_THEN_NAMED = new RegExp(`\\b${DESCRIPTION_NOUN}${WORKING_IN}, (?:the )?[A-Z]`);
/** What an appositive after a name says the name is: "Kurdistan 24, a Kurdish broadcaster, reported". */
const APPOSITIVE_NOUN =
  "(?:group|faction|organi[sz]ation|monitor|agency|charity|NGO|watchdog|network|collective|project|body|institute|centre|center|broadcaster|channel|station|newspaper|(?:news )?site|outlet)";
/** The words of a name after its first: capitalised, or opening with an Arabic article ("Zaman al-Wasl"). */
const NAME_REST = String.raw`(?: (?:[A-Z]|(?:al|el|ad|ar|as|ash)-)[\w'-]+){0,3}`;
/** The same, with the small words a body's long name links its words by: "Coordinators of Interventions in Syria". */
const NAME_WITH_LINKS = String.raw`(?: (?:(?:of|for|in|on|and)(?: the)? )?(?:[A-Z]|(?:al|el|ad|ar|as|ash)-)[\w'-]+){0,4}`;
// "Khan Sheikhoun's opposition-run local council said", "a local council official said", "the opposition-run
// Hama provincial council put the number at", "the opposition-run Idlib health directorate put the death toll
// at", "the health directorate in opposition-held Idlib gave": a town's or province's council or health
// directorate, named by its place when given
const LOCAL_COUNCIL =
  /(?:\b(?!The\b)([A-Z][a-z][\w'-]*(?: [A-Z][\w'-]+)?)(?:['’]s)? )?(?:(?:opposition-run|opposition|rebel-run|revolutionary) )?\b(?:([Ll]ocal|[Pp]rovincial|[Tt]own|[Cc]ity) council|[Hh]ealth [Dd]irectorate(?: in (?:(?:opposition|rebel)-(?:held|run) )?([A-Z][a-z][\w'-]*))?)\b/g;
/** How a town's or province's body is named: "Khan Sheikhoun local council", "local council", "Idlib Health Directorate". */
function councilName(m: RegExpMatchArray): string | null {
  const place = (m[1] ?? m[3])?.replace(/['’]s$/, "");
  if (!m[2]) return place ? `${place} Health Directorate` : null;
  const level = /^provincial$/i.test(m[2]) ? "provincial council" : "local council";
  return place ? `${place} ${level}` : level;
}
/** Peoples an agency may be described by before its name, which are not its name: "the Turkish news agency". */
const NATIONALITIES =
  "Kurdish|Turkish|Syrian|French|German|Iranian|Iraqi|Chinese|Russian|Lebanese|Jordanian|Israeli|Indonesian|Egyptian|Saudi|Qatari|Emirati|American|British|Italian|Spanish|Arab|Palestinian|Official|State";
// "the DIHA news agency reported", "the Kurdish Hawar news agency reported": an agency by its one-word name
const NEWS_AGENCY_NAMED = new RegExp(
  String.raw`(?<=\b[Tt]he (?:(?:${NATIONALITIES}) )?)(?!(?:${NATIONALITIES})\b)[A-Z][\w'-]+${verbAhead(" news agency(?:, [^,.;]{1,80},)?")}`,
  "g",
);
/**
 * "according to Turkish media", "according to KurdWatch", "according to ACAPS": a country's media, or a body by a
 * name of one word in capitals or of two words run together. (Not an outlet after what it is, "according to the
 * news site Syria Direct": that cost as many sources as it gave.)
 */
const ACCORDING_TO_OUTLET = new RegExp(
  String.raw`(?<=\b[Aa]ccording to )(?:(?:${NATIONALITIES}) (?:state(?:-run)? )?media\b|[A-Z]{3,6}\b(?! [A-Z])|[A-Z][a-z]+[A-Z]\w+)`,
  "g",
);
const UNKNOWN_SOURCES: ReadonlyArray<{ re: RegExp; may: (text: string) => boolean }> = [
  {
    re: new RegExp(
      `\\b[A-Z][a-z]+ (?:officials|(?:state(?:-run)? )?media|authorities|military|army|police|government|ministry|commanders|forces|health officials|rebels|militants)\\b${VERB_AHEAD}`,
      "g",
    ),
    may: (text) => BODY_OF_A_PLACE.test(text),
  },
  // ("… taken to hospitals in Hatay, the agency said": no appositive, but the agency named before speaking)
  {
    re: new RegExp(
      `\\b(?!(?:The|A|An)\\b)(?<!-)[A-Z][\\w-]+(?: (?:(?:for|of|on|and) (?:the )?)?(?:[A-Z]|(?:al|el|ad|ar|as|ash)-)[\\w-]+){0,4}(?: \\d{1,3})?(?!, the (?:[\\w'’-]+ ){0,2}${APPOSITIVE_NOUN}\\s+(?:(?:also|later|then|earlier|first)\\s+)?(?:${SPEECH_VERBS})\\b)(?=, (?:a|an|the) (?!(?:[\\w'’-]+ ){0,2}(?:spokes(?:man|woman|person)|head|director|member|official|leader|chief|founder|coordinator|representative|envoy|officer|manager|worker|employee|activist(?! (?:collective|network|group))|doctor)\\b)[^,]{0,60}?\\b${APPOSITIVE_NOUN}\\b[^,]{0,60},?\\s+(?:(?:also|later|then|earlier|first)\\s+)?(?:${SPEECH_VERBS})\\b)`,
      "g",
    ),
    may: (text) => (text.includes(", a") || text.includes(", the")) && APPOSITIVE_BODY.test(text),
  },
  { re: new RegExp(`\\b[A-Z]{3,6}\\b${VERB_AHEAD}`, "g"), may: (text) => /[A-Z]{3}/.test(text) },
  // "the Hama Revolutionary Council said": a body's capitalised name, ending in what kind of body it is
  { re: BODY_NAMED, may: (text) => BODY_NOUN.test(text) },
  { re: OFFICE_NAMED, may: (text) => text.includes("'s office") },
  // "the campaign group Avaaz put the number at …": a name its description introduces
  {
    re: new RegExp(
      `(?<=\\b${DESCRIPTION_NOUN} )[A-Z][\\w'-]+${NAME_REST}${verbAhead("(?:, (?:which|who) [^,.;]{1,80},)?")}`,
      "g",
    ),
    may: (text) => DESCRIBED_NAME.test(text),
  },
  // "a local Kurdish news site, Yekiti Media, had reported": a name its description introduces, set off by commas
  // ("A local monitoring group, the Coordinators of Interventions in Syria, said")
  {
    re: new RegExp(
      `(?<=\\b${DESCRIPTION_NOUN}${WORKING_IN}, (?:the )?)[A-Z][\\w'-]+${NAME_WITH_LINKS}(?=, (?:had |has |have |also )?(?:${SPEECH_VERBS})\\b)`,
      "g",
    ),
    may: (text) => DESCRIBED_THEN_NAMED.test(text),
  },
  // ("A local monitoring group, the Coordinators of Interventions in Syria, kept its own ledger": named, for what
  // points back to it)
  {
    re: new RegExp(
      `(?<=\\b[Aa]n? (?:[\\w-]+ ){0,3}${DESCRIPTION_NOUN}${WORKING_IN}, (?:the )?)[A-Z][\\w'-]+${NAME_WITH_LINKS}(?=,)`,
      "g",
    ),
    may: (text) => DESCRIBED_THEN_NAMED.test(text),
  },
  { re: NEWS_AGENCY_NAMED, may: (text) => text.includes(" news agency") },
  { re: ACCORDING_TO_ORGANISATION, may: (text) => text.includes("ccording to") || CREDITED_BY.test(text) },
  { re: ACCORDING_TO_OUTLET, may: (text) => text.includes("ccording to") },
  { re: PUBLISHED_BY_OUTLET, may: (text) => / by the [A-Z]/.test(text) },
  { re: ABBREVIATED_ORGANISATION, may: (text) => text.includes(" (") },
  { re: LOCAL_COUNCIL, may: (text) => /council|directorate/i.test(text) },
  { re: SOURCES_OF_A_KIND, may: (text) => text.includes(" sources") },
  { re: PEOPLE_OF_A_KIND, may: (text) => PEOPLE_OF_A_KIND_HEAD.test(text) },
];
/** The nouns a place's officials, media or forces are named by: the first unknown source needs one. */
const BODY_OF_A_PLACE =
  /\b(?:officials|media|authorities|military|army|police|government|ministry|commanders|forces|rebels|militants)\b/;
const DESCRIBED_NAME = new RegExp(`\\b${DESCRIPTION_NOUN} [A-Z]`);
/** What the appositive naming a body must hold: ", a … group", ", the … agency". */
const APPOSITIVE_BODY = new RegExp(`, (?:a|an|the) [^,]{0,60}?\\b${APPOSITIVE_NOUN}\\b`);
const PEOPLE_OF_A_KIND_HEAD = new RegExp(`(?:${PEOPLE_HEADS})\\b`);
const PEOPLE_OF_A_KIND_NAME = new RegExp(`^${PEOPLE_OF_A_KIND.source}$`);

/** First words that make a kind of speaker, not a name: "Local officials", "Security officials", "Official media". */
const KIND_NOT_NAME =
  /^(?:Local|Security|Official|Government|Military|Senior|Other|Rebel|Opposition|Medical|Hospital|Health|Church|Regional|Provincial|State|Some) [a-z]/;

/** Words an appositive may follow that are never the speaker: days and months ("on Sunday, a monitoring group said"). */
const NOT_A_SPEAKER =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Dates, weekdays, filler and the dateline's city a byline may carry beside the organisation's
 * name: "…, 6 October 2017", "UNHCR press release, Beirut, 3 April 2014".
 */
const BYLINE_FILLER =
  /\b(?:\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|updated|published|(?:issued|released)(?: (?:in|on|from|at))?|(?:(?:press|news|documentation|monthly|weekly|daily|annual|situation|flash) ){0,2}(?:release|report|update|bulletin|statement|summary)|(?:(?:monthly|weekly|daily|annual) )?documentation|briefing notes?|geneva|new york|beirut|amman|ankara|damascus|gaziantep|istanbul|cairo|baghdad|erbil|brussels|london|paris|washington|moscow|doha)\b/gi;

/**
 * The organisation a line of its own names as the report's maker: a byline
 * ("Syrian Observatory for Human Rights, 6 October 2017") or a source line
 * ("Source: United Nations Office for the Coordination of Humanitarian Affairs
 * (OCHA)."). Null unless the line is that name and nothing else but a date.
 */
export function publisherNamed(line: string): string | null {
  if (line.length > 160) return null;
  const rest = line
    // ("Statement of the Syrian Observatory for Human Rights, 8 August 2013")
    .replace(
      /^\s*(?:(?:[\w-]+ ){0,2}?(?:statement|release|report|update|bulletin) (?:of|by|from)|source|sources|by|from|published by|issued by|released by)\s*[:\-–—]?\s*/i,
      "",
    )
    .replace(BYLINE_FILLER, " ")
    .replace(/\(\s*[A-Z]{2,8}\s*\)/g, " ")
    .replace(/[\s,.:;–—()/-]+/g, " ")
    .trim()
    .replace(/^the /i, "");
  if (rest.length === 0) return null;
  const lower = rest.toLowerCase();
  const held = rulesHeld(lower);
  for (const [index, rule] of SOURCES.entries()) {
    if (CROWD_NAMES.has(rule.name) || !held.has(index)) continue;
    rule.re.lastIndex = 0;
    const m = rule.re.exec(rest);
    rule.re.lastIndex = 0;
    // the whole line, or the name after the UN's ("United Nations Office for the Coordination …")
    if (m && m.index + m[0].length === rest.length && UN_PREFIX.test(rest.slice(0, m.index))) return rule.name;
  }
  return datelinedMaker(line);
}

/**
 * A dateline that names the one body whose release or briefing follows: "LONDON, 4 August 2012 —
 * Syrian Observatory for Human Rights, monthly documentation statement (summary)", "GENEVA, 23 November
 * 2012 - summary of the UNHCR press briefing". A place and a date open it; it holds no number but the
 * date's, no verb of telling, and names no other body.
 */
function datelinedMaker(line: string): string | null {
  const dated = DATELINE.exec(line);
  if (!dated) return null;
  const rest = line.slice(dated[0].length);
  if (
    /\d/.test(rest.replace(/\b\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\b\d{4}\b/g, "")) ||
    NOT_A_MAKER.test(rest.replace(RELEASE_NAMED, ""))
  )
    return null;
  const names = new Set<string>();
  for (const rule of SOURCES) {
    if (CROWD_NAMES.has(rule.name)) continue;
    rule.re.lastIndex = 0;
    if (rule.re.test(rest)) names.add(rule.name);
    rule.re.lastIndex = 0;
  }
  // (not the UN as a whole: a UN briefing gives its agencies' figures, each in its own name)
  const one = theOneBody(names);
  return one === "UN" ? null : one;
}

/**
 * The one body among `names`, if there is one; the UN named beside one of its agencies is that agency
 * ("UN refugee agency", "the UN's humanitarian office, OCHA").
 */
function theOneBody(names: ReadonlySet<string>): string | null {
  const bodies = names.size > 1 ? [...names].filter((n) => n !== "UN") : [...names];
  return bodies.length === 1 ? bodies[0]! : null;
}

/**
 * A dateline's place and date: "LONDON, 4 August 2012", "Al-Hasakah province, 23 April 2016", "PARIS, November 1,
 * 2021"; or its date alone, "March 1, 2016".
 */
const DATELINE =
  /^(?:[A-Z][\w'/ -]{1,40}, )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\b/;
/** The kind of release a dateline ends by naming, a noun and no verb of telling: "…, monthly death toll report". */
const RELEASE_NAMED = /\s(?:report|release|statement|update|bulletin)\s*(?:\([^)]*\))?\s*$/i;
/** A dateline that tells of several bodies' counts or of a speaker: "compiled from UN, aid-agency and monitor reports". */
const NOT_A_MAKER = new RegExp(`\\b(?:compiled from|according to|fixture|and others|${SPEECH_VERBS})\\b`, "i");

const UN_PREFIX = /^(?:(?:united nations|u\.?\s?n\.?)(?:'s)?\s)?$/i;

/**
 * People who speak for themselves, not for an organisation a report can go on
 * quoting: crowds ("activists") and unnamed sources of a kind ("security sources").
 */
export function speaksForItself(name: string): boolean {
  return CROWD_NAMES.has(name) || / sources$/.test(name) || PEOPLE_OF_A_KIND_NAME.test(name);
}

/** Whether a number right before a crowd's name counts its people: "three doctors", "12 local activists". */
function countedByNumber(a: SentenceAnalysis, at: number): boolean {
  return a.mentions.some((m) => {
    const { end } = mentionSpan(a, m);
    return end <= at && at - end <= 30 && /^\s+(?:[a-z-]+\s+)?$/.test(a.norm.slice(end, at));
  });
}
/** What a crowd a number counts goes on with: "three doctors were among the dead". */
const COUNTED_AFTER = /^\s+(?:were|was|are|is|have been|had been|died|killed|among)\b/;
const CROWD_NAMES: ReadonlySet<string> = new Set([
  "activists",
  "rights groups",
  "medics",
  "doctors",
  "rescuers",
  "residents",
  "witnesses",
]);

export interface AttributionCandidate {
  name: string;
  start: number;
  end: number;
  /** "according": applies to numbers on either side; "speech": X said …; "trailing": …, X said. */
  kind: "according" | "speech" | "trailing";
}

/** An organisation the sentence names in any role: speaking, spoken of, or in a relative clause. */
export interface OrganisationMention {
  name: string;
  /** The words as written: "the monitor", "Syrian Observatory for Human Rights". */
  text: string;
}

/** What a report has said so far that later sentences lean on. */
export interface ReportContext {
  /** Receives every organisation a sentence names in any role ("the group said", "the Monitor lists"). */
  mentioned: OrganisationMention[];
  /** People tied to an organisation where they were introduced: "Numan Kurtulmus" → Turkish government. */
  people: Map<string, string>;
  /** Bodies the lists do not know, as the report first named them ("Zaman al-Wasl"): named again bare later. */
  named?: Set<string>;
}

// A person's name: two or three capitalised words ("Numan Kurtulmus", "Rami Abdel Rahman").
const PERSON = String.raw`[A-Z][\p{Ll}'’-]+(?: (?:al-|el-|de |van )?[A-Z][\p{L}'’-]+){1,2}`;
/**
 * A source's words that are all a person's name ("Mark Lowcock", "Rami Abdel Rahman"), as a rule matched them:
 * capitalised words none of which names a body ("Free Syrian Army", "Syrian National Council" do).
 */
const NAMED_PERSON = new RegExp(`^${PERSON}$`, "u");
const BODY_WORD =
  /\b(?:Army|Council|Cent(?:er|re)|Committees?|Network|Forces|State|Front|Observatory|Coalition|Commission|Office|Agency|Crescent|Cross|Helmets|Defen[cs]e|Ministry|Government|Nations|Union|Party|Brigades?|Movement|Media|News|Organi[sz]ation|Group|Watch|Syrian|Kurdish|Turkish|Russian)\b/;
// "Turkey's deputy prime minister, Numan Kurtulmus,": the name right after the organisation's title
/** A title before a person's name: "Ms Pillay", "Dr. Tedros". */
const HONORIFIC = String.raw`(?:Mr|Ms|Mrs|Dr|Prof)\.? `;
// ("the United Nations High Commissioner for Human Rights, Navi Pillay,": past the organisation's title; "a UNHCR
// spokeswoman in Turkey, Selin Unal,")
const PERSON_AFTER = new RegExp(
  `^(?: (?:[Hh]igh [Cc]ommissioner|[Ss]ecretary-[Gg]eneral|[Ss]pecial [Ee]nvoy|[Ee]nvoy|[Cc]hief|[Hh]ead|[Ss]pokes(?:man|woman|person)|[Dd]irector|[Rr]epresentative|[Cc]oordinator)(?: (?:for|on|to|in) (?:the )?[A-Z][\\w'’-]+(?: (?:and )?[A-Z][\\w'’-]+){0,3})?)?(?:,\\s*|\\s)(${PERSON})(?=,|\\s+\\(|\\s+(?:${SPEECH_VERBS})\\b)`,
  "u",
);
// "Rami Abdulrahman, who runs the Syrian Observatory", "Jan Egeland, the UN's adviser": the name before it
// ("Antonio Guterres of UNHCR")
const PERSON_BEFORE = new RegExp(
  `(${PERSON})(?= of (?:the )?$)|(${PERSON}), (?:who (?:runs|heads|leads|directs|founded|chairs|coordinates) |(?:the |a |an )?(?:[\\w'’-]+ ){0,3}(?:of|at|for) |(?:of|from|with) (?:the |a |an )?(?:[a-z][\\w'’-]* ){0,2})?(?:the |a |an )?$`,
  "u",
);

const TITLED = /spokes(?:man|woman|person)|\b(?:head|chief|director|representative|envoy)\b/;
const TITLE = String.raw`(?:[\w-]+ ){0,2}(?:spokes(?:man|woman|person)|head|chief|director|representative|envoy)`;
const BODY = String.raw`(?:office|agency|group|organi[sz]ation|ministry|monitor|observatory|network|commission|charity)`;
// "Rupert Colville, a spokesman for the office,"
const PERSON_THEN_TITLE = new RegExp(`(${PERSON}), (?:a|an|the) ${TITLE} (?:for|of|at) the (${BODY})\\b`, "gu");
// "Its chief spokeswoman, Melissa Fleming,", "the agency's head, Filippo Grandi,"
const TITLE_THEN_PERSON = new RegExp(`\\b(?:[Ii]ts|[Tt]heir|[Tt]he (${BODY})(?:'s|’s)) ${TITLE}, (${PERSON}),`, "gu");
// "… UNHCR told reporters on Friday. Spokesman Adrian Edwards said …": a title opening a sentence, before a name, is
// a post in the body just named
const BARE_TITLE_THEN_PERSON = new RegExp(`^\\s*Spokes(?:man|woman|person) (${PERSON})\\b`, "u");

/**
 * People a sentence introduces by their title in an organisation named
 * before, not by name: "Rupert Colville, a spokesman for the office" speaks
 * for the office last named ("Colville said …" later); "its chief
 * spokeswoman, Melissa Fleming" for the organisation just spoken of.
 */
export function tiePeopleByTitle(
  a: SentenceAnalysis,
  recent: readonly OrganisationMention[],
  people: Map<string, string>,
): void {
  if (!TITLED.test(a.norm)) return;
  const tie = (person: string, name: string | null) => {
    if (!name || NOT_A_SPEAKER.test(person.split(" ")[0]!)) return;
    speaksFor(people, person, name);
  };
  const last = () => recent.findLast((m) => !speaksForItself(m.name))?.name ?? null;
  const opening = BARE_TITLE_THEN_PERSON.exec(a.text);
  if (opening) tie(opening[1]!, last());
  if (!a.text.includes(", ")) return;
  for (const m of a.text.matchAll(PERSON_THEN_TITLE)) tie(m[1]!, referent(m[2]!, recent));
  for (const m of a.text.matchAll(TITLE_THEN_PERSON)) tie(m[2]!, m[1] ? referent(m[1], recent) : last());
}

/**
 * "Rahmi Dogan, the governor of Turkey's Hatay province, was the first official to speak": a person set beside a
 * post that speaks for a body the lists know, in a sentence that has them say nothing yet. Ties the person to it
 * ("he told NTV", "Dogan said" later) and gives the body, or null.
 */
export function tiePersonByPost(a: SentenceAnalysis, people: Map<string, string>): string | null {
  if (!POST_WORD.test(a.norm) || !a.text.includes(", ")) return null;
  let body: string | null = null;
  for (const m of a.text.matchAll(PERSON_THEN_POST)) {
    if (NOT_A_SPEAKER.test(m[1]!.split(" ")[0]!)) continue;
    const name = findAttributions(analyzeForSources(`The ${m[2]} said`))[0]?.name;
    if (!name || CROWD_NAMES.has(name)) continue;
    speaksFor(people, m[1]!, name);
    body = name;
  }
  return body;
}
const POST_WORD = /\b(?:governor|minister|spokes(?:man|woman|person)|head|chief|director|envoy|mayor|coordinator)\b/;
// ("Rahmi Dogan, the governor of Turkey's Hatay province,", "Ahmet Davutoglu, Turkey's prime minister,")
const PERSON_THEN_POST = new RegExp(
  String.raw`(${PERSON}), (?:a |an |the )?((?:[\w'’-]+ ){0,6}?(?:governor|minister|spokes(?:man|woman|person)|head|chief|director|envoy|mayor|coordinator)(?: (?:of|for|at|in) [^,]{2,60})?),`,
  "gu",
);

/**
 * Records who the people the lists know by name speak for ("Mark Lowcock" → OCHA), in a sentence read for
 * nothing else: "Yesterday, Emergency Relief Coordinator Mark Lowcock marked the 80th day …" then "he said".
 */
export function tieNamedPeople(a: SentenceAnalysis, people: Map<string, string>): void {
  for (const index of rulesHeld(a.norm)) {
    const rule = SOURCES[index]!;
    for (const m of a.text.matchAll(rule.re))
      if (NAMED_PERSON.test(m[0]) && !BODY_WORD.test(m[0])) speaksFor(people, m[0], rule.name);
  }
}

/** Records who the person named beside an organisation speaks for. */
function tiePerson(a: SentenceAnalysis, start: number, end: number, name: string, people: Map<string, string>): void {
  const found =
    PERSON_AFTER.exec(a.text.slice(end, end + 60))?.[1] ??
    PERSON_BEFORE.exec(a.text.slice(Math.max(0, start - 80), start))
      ?.slice(1)
      .find((x) => x !== undefined);
  // ("On 21 September Fuat Oktay, who heads …": a month or a day before the name is not part of it)
  const words = found?.split(" ") ?? [];
  if (words.length > 2 && NOT_A_SPEAKER.test(words[0]!)) words.shift();
  if (words.length === 0 || NOT_A_SPEAKER.test(words[0]!)) return;
  const person = words.join(" ");
  // (not a place: "… fled their homes in Eastern Ghouta, the United Nations said")
  if (findPlaces(a).some((p) => p.name === person || a.text.slice(p.start, p.end) === person)) return;
  speaksFor(people, person, name);
}

/** Ties a person, by full name and by surname ("Lowcock said"), to the organisation they speak for. */
function speaksFor(people: Map<string, string>, person: string, name: string): void {
  people.set(person, name);
  people.set(person.split(" ").at(-1)!, name);
}

/**
 * The patterns a person introduced earlier is read with ("Kurtulmus said", "According to Ms Pillay"), built
 * once per name: a report names the same few people again and again.
 */
const personPatterns = new Map<string, { speaks: RegExp; according: RegExp }>();
function patternsFor(person: string): { speaks: RegExp; according: RegExp } {
  let patterns = personPatterns.get(person);
  if (!patterns) {
    // (names come from every report read; the cache is let go of once it has grown large)
    if (personPatterns.size >= PERSON_PATTERNS_KEPT) personPatterns.clear();
    const name = escapeRegExp(person);
    patterns = {
      speaks: new RegExp(`\\b${name}\\b${PERSON_VERB_AHEAD}`, "g"),
      according: new RegExp(`\\b[Aa]ccording to (?:${HONORIFIC})?${name}\\b`, "g"),
    };
    personPatterns.set(person, patterns);
  }
  return patterns;
}
const PERSON_PATTERNS_KEPT = 2000;

/**
 * The sources a sentence credits with its numbers. `context`, when given,
 * gathers the organisations and people the report names, and lets a person
 * introduced earlier speak for their organisation ("Kurtulmus said …").
 */
/** A body's own count named right after it: "'s running total", "'s latest figures", "'s tally", "'s running count". */
const OWN_COUNT_AFTER =
  /^['’]s (?:(?:own|latest|last|new|running|revised|updated|provisional|preliminary|first|initial|final|monthly|weekly|daily|official) ){0,2}(?:total|tally|toll|figures?|estimates?|data|records|numbers|count|register|database)\b/;

/** What a count is measured against: "below the UN total", "higher than UNHCR's figure". */
const MEASURED_AGAINST =
  /\b(?:below|above|than|beside|short of|compared (?:with|to)|against|exceeding)\s+(?:the\s+|a\s+|an\s+)?$/;

/**
 * A body named as who did something, then another body that tells of it: "air raids by the US-led coalition,
 * the Observatory said" (the verb is the Observatory's).
 */
const AGENT_BY = /\bby (?:the )?$/;
/**
 * A body's official, named after the title, after a plural's apostrophe: "the United Nations' emergency relief
 * coordinator, Mark Lowcock, said" (the person speaks, for the body the lists tie them to; with "'s" the body
 * speaks through its official: "UNICEF's executive director, Anthony Lake, said").
 */
const POSSESSIVE = /^['’]\s/;
const NAMED_PERSON_SET_OFF = /,\s+[A-Z][\p{Ll}'’-]+\s+[A-Z][\p{L}'’-]+,/u;
const NAMED_SUBJECT_AFTER = /^,\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|says|reported|added|stated)\b/;

const WITH_A_COUNT = /^[^,;.]{0,80}?\bwith (?:a|an|its|their) (?:[\w-]+ )?(?:count|toll|tally|total|figure) of\b/;

/** Whether the text at `at` is inside a relative clause set off by a comma: ", which relies on …". */
function inDescription(norm: string, at: number): boolean {
  const opens = Math.max(norm.lastIndexOf(", which ", at), norm.lastIndexOf(", who ", at));
  // ("Our network of activists, medical sources and correspondents inside the country recorded …": what a
  // network is made of)
  return (
    (opens >= 0 && !norm.slice(opens + 2, at).includes(",")) || NETWORK_OF.test(norm.slice(Math.max(0, at - 80), at))
  );
}
const NETWORK_OF = /\bnetwork of (?:[\w'’-]+,? ){0,6}(?:and )?$/;

/** How a name the lists do not know gives a count: "according to" it, as the speaker, or not at all. */
function roleOfName(a: SentenceAnalysis, start: number, end: number): "according" | "speech" | null {
  if (BEFORE_SOURCE_ACCORDING.test(a.norm.slice(Math.max(0, start - 60), start))) return "according";
  return AFTER_SOURCE.test(a.norm.slice(end, end + 200)) ? "speech" : null;
}

export function findAttributions(a: SentenceAnalysis, context?: ReportContext): AttributionCandidate[] {
  const taken: Array<[number, number]> = [];
  const out: AttributionCandidate[] = [];
  const mentioned = context?.mentioned;
  // (in the lists' order: a rule earlier in SOURCES takes the words it matches first)
  const held = [...rulesHeld(a.norm)].sort((x, y) => x - y);
  for (const index of held) {
    const rule = SOURCES[index]!;
    for (const m of a.text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // ("The Syrian National Council, the main opposition coalition abroad, said": a description of the body
      // named before it)
      if (describesNamedBody(a.text, start, end)) continue;
      // ("Antonio Guterres of UNHCR …" then "Mr. Guterres said": a person the report has tied to another body
      // speaks for that one, whatever the lists know of the name)
      const tied = context?.people.get(m[0]);
      if (tied !== undefined && tied !== rule.name) continue;
      // ("Three doctors were among the dead, MSF said": people a number counts do not speak for it)
      // (not "one activist said", "three witnesses told Reuters")
      if (CROWD_NAMES.has(rule.name) && countedByNumber(a, start) && COUNTED_AFTER.test(a.norm.slice(end, end + 20)))
        continue;
      // ("Civil Defence rescuers put the dead at 12", "SOHR activists report": a body's own people, right after its
      // name, speak for it)
      if (
        CROWD_NAMES.has(rule.name) &&
        taken.some(([, e]) => e <= start && start - e <= 2 && !a.text.slice(e, start).trim())
      )
        continue;
      taken.push([start, end]);
      if (!CROWD_NAMES.has(rule.name)) {
        mentioned?.push({ name: rule.name, text: m[0] });
        // ("Britain's deputy envoy to the UN, Philip Parham,": not the body an envoy is sent to)
        if (context && !ACCREDITED_TO.test(a.norm.slice(Math.max(0, start - 60), start)))
          tiePerson(a, start, end, rule.name, context.people);
      }
      const before = a.norm.slice(Math.max(0, start - 60), start);
      const after = a.norm.slice(end, end + 200);
      let kind: AttributionCandidate["kind"] | null = null;
      const onRegister = (ON_BEFORE.test(before) && BOOKS_AFTER.test(after)) || REGISTERED_WITH.test(before);
      if (BEFORE_SOURCE_ACCORDING.test(before)) kind = "according";
      // "6,000 Syrians were on UNHCR's books", "37,740 had registered with UNHCR", "when UNHCR had 230,671
      // people on its books": the register a count is read from is its keeper's
      else if (onRegister || HAD_ON_BOOKS.test(after)) kind = "according";
      // "- Syrian Observatory for Human Rights, 17 August: six NDF members killed": a line labelled with the
      // body that counted (not "- Islamic State: 129 civilians", a party the line blames)
      else if (OPENS_LINE.test(a.norm.slice(0, start)) && LABEL_AFTER.test(after) && keepsCounts(rule.name))
        kind = "according";
      // "- Civilians killed since mid-March, main activist network (12 June): more than 1,300": the body that
      // closes a list line's label, after a comma, gives the line's number
      else if (
        BULLET_LINE.test(a.norm) &&
        LABEL_SOURCE_BEFORE.test(a.norm.slice(0, start)) &&
        LABEL_SOURCE_AFTER.test(after)
      )
        kind = "according";
      // "- Syrian refugees worldwide (UNHCR, spring 2021): 6.6 million": the body a list line's label names in
      // brackets, with its time or alone, gives the line's number
      else if (
        BULLET_LINE.test(a.norm) &&
        LABEL_BRACKET_BEFORE.test(a.norm.slice(0, start)) &&
        LABEL_BRACKET_AFTER.test(after) &&
        // (not a party the line blames, by its short form: "- Syrian Democratic Forces (SDF): 9")
        keepsCounts(rule.name) &&
        !shortFormOfName(m[0], a.text.slice(Math.max(0, start - 40), start))
      )
        kind = "according";
      // "- 29 October: 595 dead, of whom 185 were civilians (Observatory)": a source in brackets closing
      // its clause gives what came before (not "the Syrian Observatory for Human Rights (SOHR) said")
      else if (
        (CLOSING_BRACKET_BEFORE.test(before) ||
          PERSON_OF_BRACKET_BEFORE.test(a.text.slice(Math.max(0, start - 80), start))) &&
        CLOSING_BRACKET_AFTER.test(after) &&
        // (not a name's short form: "21 members of the Syria Democratic Forces (SDF), mostly …")
        !shortFormOfName(m[0], a.text.slice(Math.max(0, start - 40), start)) &&
        !taken.some(([, e]) => e <= start && e >= start - 3)
      )
        kind = "trailing";
      // "UN figures show …" speaks for numbers on either side; opening a clause of its own
      // ("…, and the UN refugee agency counts 4.8 million") only for what follows
      // (not a count the number is measured against: "132,920, a little below the UN total")
      else if (FIGURES_AFTER.test(after) && !COUNTS_A_NUMBER.test(after)) {
        if (!MEASURED_AGAINST.test(before)) kind = OPENS_CLAUSE.test(before) ? "speech" : "according";
      }
      // "OCHA's running total … stood at about 284,000": a body's own count is its word
      // ("the Observatory marked the anniversary with a count of more than 350,000 dead")
      else if (OWN_COUNT_AFTER.test(after) || WITH_A_COUNT.test(after)) kind = "speech";
      else {
        const speech = AFTER_SOURCE.exec(after);
        if (
          speech &&
          !(AGENT_BY.test(before) && NAMED_SUBJECT_AFTER.test(a.text.slice(end, end + 80))) &&
          !(POSSESSIVE.test(after) && NAMED_PERSON_SET_OFF.test(a.text.slice(end, end + speech[0].length))) &&
          !(/claim/.test(speech[0]) && LIVES_NOT_SPEECH.test(after.slice(speech[0].length))) &&
          !OTHER_SUBJECT.test(speech[0]) &&
          !(/count(?:s|ed)?$/.test(speech[0]) && NOT_A_COUNT.test(after.slice(speech[0].length)))
        ) {
          // ", the Observatory said." closes the sentence: it speaks for what came before
          const lead = a.norm.slice(Math.max(0, start - 8), start);
          kind =
            /,\s*(?:the\s+)?$/.test(lead) &&
            /^[\s\w.'’()-]*?(?:said|says|reported|added|stated)\s*[.,]?\s*$/.test(after.slice(0, 40))
              ? "trailing"
              : "speech";
        } else if (
          (BEFORE_SOURCE_INVERTED.test(before) || SAID_NAME_THEN_WHO.test(before) || SAID_SPOKESMAN_FOR.test(before)) &&
          !COUNTED_IN.test(before)
        )
          kind = "trailing";
      }
      // "Britain's deputy envoy to the UN, …, told reporters": the body an envoy is sent to does not speak (nor
      // a side others fight for: "gunmen loyal to the SDF")
      // (a counting body cited is still the count's: "Spanish media, citing sources in the Observatory, reported")
      if (
        ACCREDITED_TO.test(before) ||
        FIGHTS_FOR.test(before) ||
        QUOTED_BY.test(before) ||
        (CITED.test(before) && !keepsCounts(rule.name)) ||
        MATERIAL_OF.test(before) ||
        // ("The Observatory, drawing on its network of activists and sources, documented 547 deaths": the people a
        // body counts through are not its voice)
        (CROWD_NAMES.has(rule.name) && COUNTS_THROUGH.test(before))
      )
        kind = null;
      // "Syrian government forces and forces the Network believes to be Russian were responsible for 791":
      // a party's forces act in the war; they do not give its count
      if (ITS_FORCES.test(after)) kind = null;
      // ("registered with the UN as refugees", "on the UN's books": the UN's register of refugees is UNHCR's)
      const keeper = rule.name === "UN" && onRegister ? "UNHCR" : rule.name;
      // (a register is no description of another's: "The count, which covers Syrians registered with UNHCR, …")
      if (kind && (onRegister || !describesAnother(a.norm, start, end))) out.push({ name: keeper, start, end, kind });
    }
  }
  // "Speaking to reporters, Kurtulmus said …": a person introduced earlier speaks for their organisation
  for (const [person, name] of context?.people ?? []) {
    if (!a.text.includes(person)) continue;
    for (const m of a.text.matchAll(patternsFor(person).speaks)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      out.push({ name, start, end, kind: "speech" });
    }
    // ("According to Ms Pillay, at least 12,400 Syrians have sought refuge")
    for (const m of a.text.matchAll(patternsFor(person).according)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      out.push({ name, start, end, kind: "according" });
    }
  }
  // "Zaman al-Wasl also gave a much lower figure": a body the report named before, named again bare
  for (const name of context?.named ?? []) {
    for (let start = a.text.indexOf(name); start >= 0; start = a.text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const kind = roleOfName(a, start, end);
      if (!kind) continue;
      taken.push([start, end]);
      mentioned?.push({ name, text: name });
      out.push({ name, start, end, kind });
    }
  }
  const known = [...taken];
  // "killed 31 people in Idlib, a monitoring group said": a place before an appositive is not its name
  // read only when an unknown name turns up: most sentences have none
  let places: ReturnType<typeof findPlaces> | undefined;
  for (const { re, may } of UNKNOWN_SOURCES) {
    if (!may(a.text)) continue;
    for (const m of a.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (
        taken.some(([s, e]) => start < e && end > s) ||
        /^(?:The|A|An|He|She|It|They|We|Officials|Citing|Quoting|By|On|In|Inside|Outside|Across|Throughout|Within|Since|Until|Before|After|Last|Earlier|Late|Early|From|At|With|For|As)\b/.test(
          m[0],
        )
      )
        continue;
      // (nor a name that opens or closes on a day or month: "Sunday police", "… of Aleppo on Wednesday, a
      // monitoring group said")
      const words = m[0].split(" ");
      if (NOT_A_SPEAKER.test(words[0]!) || NOT_A_SPEAKER.test(words.at(-1)!)) continue;
      // Named by what they are ("security sources", lower-cased) or by their abbreviation ("AOAV"):
      // remembered for later references whatever their role, credited only as speaker or source.
      const ofAKind = re === SOURCES_OF_A_KIND || re === PEOPLE_OF_A_KIND;
      const lead = a.norm.slice(Math.max(0, start - 60), start);
      if (QUOTED_BY.test(lead) || (ofAKind && CITED.test(lead))) {
        const quoted = re === ABBREVIATED_ORGANISATION ? m[1]! : ofAKind ? m[0].toLowerCase() : m[0];
        mentioned?.push({ name: quoted, text: m[0] });
        continue;
      }
      if (ofAKind || re === ABBREVIATED_ORGANISATION || re === LOCAL_COUNCIL) {
        const name = re === LOCAL_COUNCIL ? councilName(m) : ofAKind ? m[0].toLowerCase() : m[1]!;
        if (!name) continue;
        mentioned?.push({ name, text: m[0] });
        // ("The Britain-based group, which relies on a wide network of activists and medical sources inside
        // Syria, had earlier spoken of 32 dead": sources a body relies on describe it; they do not speak)
        if (inDescription(a.norm, start)) continue;
        const kind = roleOfName(a, start, end);
        if (!kind) continue;
        taken.push([start, end]);
        out.push({ name, start, end, kind });
        continue;
      }
      places ??= findPlaces(a);
      // (a body may carry a place in its name: "the Hama Revolutionary Council")
      // (or a name of several words a place is only part of: "The Syria Response Coordinators, a local monitoring group,")
      if (
        re !== BODY_NAMED &&
        places.some(
          (p) =>
            start < p.end &&
            end > p.start &&
            ((p.start <= start && p.end >= end) || !/ /.test(m[0]) || m[0].includes(" and ")),
        )
      )
        continue;
      // "…12,000 Armenia, the UN refugee agency said": when the appositive is itself a known source,
      // that source speaks and the word before it is only the end of the clause.
      const appositive = a.text.slice(end, end + 110).match(/^, [^,]*/)?.[0] ?? "";
      if (appositive && known.some(([s]) => s > end && s < end + appositive.length)) continue;
      taken.push([start, end]);
      // ("Its Joint Crisis Coordination Centre said": the body's own name, past the possessive)
      // ("Local officials said", "Security officials told": a kind of speaker capitalised at the sentence's
      // start, named as "local sources" is)
      const plain = m[0].replace(/^(?:Its|Their|His|Her) /, "");
      const name = KIND_NOT_NAME.test(plain) ? plain.toLowerCase() : plain;
      mentioned?.push({ name, text: m[0] });
      // ("Ammar Qorabi, who leads the National Organisation for Human Rights, counted …": the person named
      // beside a body the lists do not know speaks for it later too)
      if (context && name === plain) tiePerson(a, start, end, name, context.people);
      if (name === plain && / /.test(name)) context?.named?.add(name);
      out.push({
        name,
        start,
        end,
        kind: re === ACCORDING_TO_ORGANISATION || re === PUBLISHED_BY_OUTLET ? "according" : "speech",
      });
    }
  }
  if (BARE_OFFICIALS_MAY.test(a.norm)) {
    for (const m of a.norm.matchAll(BARE_OFFICIALS)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const name = officialsGovernment(a.norm);
      const kind = name ? roleOfName(a, start, end) : null;
      if (!name || !kind) continue;
      taken.push([start, end]);
      mentioned?.push({ name, text: a.text.slice(start, end) });
      out.push({ name, start, end, kind });
    }
  }
  // "Turkey, which accuses the YPG of driving Arabs out, already shelters more than 1.8 million Syrians by its own
  // count": a host country the sentence opens on, counting by its own reckoning, is its government
  const ownCount = HOST_OWN_COUNT.exec(a.norm);
  if (ownCount) {
    const end = ownCount.index + ownCount[0].length;
    const start = end - ownCount[2]!.length;
    if (!taken.some(([s, e]) => start < e && end > s)) {
      taken.push([start, end]);
      out.push({ name: HOST_GOVERNMENT[ownCount[1]!]!, start, end, kind: "according" });
    }
  }
  out.sort((x, y) => x.start - y.start);
  // "UNHCR had 976,002 refugees on its register in Lebanon, and the government … puts the real number at
  // 1.5 million": a government named bare, after a host country, is that country's
  for (const c of out) {
    if (c.name !== "Syrian government" || /syria/i.test(a.text.slice(c.start, c.end))) continue;
    // "… the government says some 142,000 Syrians have sought refuge in Jordan": or the host of the
    // refugees it speaks of, later in its clause
    const after = a.norm.slice(c.end).split(";")[0]!;
    const host =
      [...a.norm.slice(0, c.start).matchAll(HOST_COUNTRY)].at(-1)?.[1] ??
      (TAKEN_IN.test(after) ? [...after.matchAll(HOST_COUNTRY)][0]?.[1] : undefined);
    if (host) c.name = HOST_GOVERNMENT[host]!;
  }
  // "The Syrian Human Rights Committee (SHRC), a London-based monitoring group, has documented …": the
  // appositive describes the body just named, it is not a second source
  // (unless the second is the subject of its own verb: "files supplied … by the Syrian government, the UN human
  // rights office arrived at a number", where the first is no speaker)
  const keep = out.map(() => true);
  for (let i = 1; i < out.length; i++) {
    if (!APPOSITIVE_OF.test(a.norm.slice(out[i - 1]!.end, out[i]!.start))) continue;
    if (SUBJECT_OF_VERB.test(a.norm.slice(out[i]!.end, out[i]!.end + 60))) keep[i - 1] = false;
    else keep[i] = false;
  }
  // "a senior UN humanitarian official, Ursula Mueller, told the Security Council": the UN official named is
  // of the agency the lists know the name by
  for (let i = 1; i < out.length; i++) {
    const [first, second] = [out[i - 1]!, out[i]!];
    if (first.name !== "UN" || !UN_AGENCIES.has(second.name)) continue;
    if (UN_TITLE_THEN_NAME.test(a.norm.slice(first.end, second.start))) keep[i - 1] = false;
  }
  // "… sheltering in Turkish Red Crescent tent camps along the border, Turkish officials said": the verb right
  // after a second body set off by a comma is that body's, not the first's
  for (let i = 1; i < out.length; i++) {
    const [first, second] = [out[i - 1]!, out[i]!];
    if (first.kind !== "speech" || second.kind !== "speech") continue;
    const between = a.norm.slice(first.end, second.start);
    if (!SET_OFF_BEFORE.test(between) || SPEECH_WORD.test(between)) continue;
    if (SPOKE_RIGHT_AFTER.test(a.norm.slice(second.end, second.end + 30))) keep[i - 1] = false;
  }
  return out.filter((_, i) => keep[i]);
}
const SET_OFF_BEFORE = /,\s*(?:the\s+)?$/;
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
const SPOKE_RIGHT_AFTER = new RegExp(`^\\s+(?:also |on \\w+ |\\w+day )?(?:${SPEECH_VERBS})\\b`);
const SUBJECT_OF_VERB = new RegExp(`^(?:(?!\\b(?:that|which|who|whose)\\b)[^,;.]){0,30}?\\b(?:${SPEECH_VERBS})\\b`);

// "Opposition activists quoted by the pro-opposition site EA WorldView gave …": the outlet that quoted the
// speaker carries the number, it does not give it
// (not a count the body quotes: "Tolls quoted by activists … ranged from 217 to 260")
const QUOTED_BY =
  /(?<!\b(?:tolls?|figures?|numbers?|estimates?|counts?|tall(?:y|ies)|data|statistics) )\bquoted by (?:the )?(?:[\w'’-]+ ){0,4}$/;

// "Anadolu news agency, citing local sources, put the dead at 14", "the Observatory said, citing doctors": the body
// that cites gives the number; what it cites is where the body had it from
const CITED = /(?:^|,\s*)citing\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,3}$/;

// "between 700 and 850 people may have been killed, a toll built from activists' lists": the material a
// count was made from is not who gave it
/** Before the people a body counts through: "drawing on its network of", "which relies on a web of". */
const COUNTS_THROUGH =
  /\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:network|web|team|teams|array|contacts)\s+of\s+(?:[\w-]+\s+)?$|\b(?:drawing|drew|draws|relying|relies|relied|rely)\s+on\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?$/;
const MATERIAL_OF =
  /,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:built|drawn|compiled|assembled|put together)\s+(?:up\s+)?from\s+(?:the\s+)?$|\b(?:data|figures|numbers|counts)\s+(?:supplied|provided|furnished|shared)\s+by\s+(?:the\s+)?$/;

// ("66 YPG and allied fighters have been killed": with its allies)
const ITS_FORCES =
  /^\s*(?:'s\s+|’s\s+)?(?:and\s+(?:its\s+|their\s+)?(?:allied|other)\s+)?(?:forces|troops|army|aircraft|jets|warplanes|planes|militias?|soldiers|artillery|air force|helicopters|gunmen|raids|air ?strikes|strikes|bombs|bombing|shelling|members|fighters|militants|militiamen|loyalists|supporters|prisoners|captives|detainees)\b/;

// "Officials later said more than 50 people died in clashes with 'armed gangs'", "…, and officials said four of the
// armed men had been killed": officials or authorities no word names, set off as the subject of their clause
const BARE_OFFICIALS =
  /(?:^|[,;(]\s*|\b(?:and|but|while)\s+)((?:the\s+)?(?:officials|authorities))(?=(?:\s+(?:later|also|now|then|first))?\s+(?:said|say|says|put|reported|added|gave)\b)/g;
const BARE_OFFICIALS_MAY = /\b(?:officials|authorities)\b/;
// (the forces a government commands, or the gangs and gunmen the Syrian government blames)
const OWN_FORCES_OR_GANGS =
  /\b(?:security forces|security personnel|soldiers|police(?:men)?|troops|armed (?:gangs|groups|men)|gunmen|terrorists|saboteurs?)\b/;
const BORDER_PROVINCE = new RegExp(`\\b(?:${TURKISH_BORDER_PROVINCES})\\b`);

/**
 * The government unnamed officials speak for: Turkey's where the count is in one of its border provinces ("…
 * injured taken to hospitals in Hatay, officials said"), Syria's where the count is of forces or of the gangs it
 * blames; else null (not a country only named as where people went: "15,000 fled to Turkey, officials said").
 */
function officialsGovernment(norm: string): string | null {
  if (BORDER_PROVINCE.test(norm)) return "Turkish government";
  return OWN_FORCES_OR_GANGS.test(norm) ? "Syrian government" : null;
}

const HOST_GOVERNMENT: Record<string, string> = {
  lebanon: "Lebanese government",
  jordan: "Jordanian government",
  turkey: "Turkish government",
  iraq: "Iraqi government",
  egypt: "Egyptian government",
};
/** A host country a sentence opens on, then "by its own count" in its clause. */
const HOST_OWN_COUNT = new RegExp(
  String.raw`^\W*(?:[\w'’-]+\s+){0,2}?(${Object.keys(HOST_GOVERNMENT).join("|")})\b[^.;]{0,200}?\b(by its (?:own )?(?:count|figures|tally|reckoning))\b`,
);
/** Words of people arriving in, or kept by, another country. */
const TAKEN_IN = /\b(?:refuge|refugees|crossed|entered|arrived|arrivals|hosts?|hosting|sheltering|registered)\b/;
const HOST_COUNTRY = new RegExp(`\\b(${Object.keys(HOST_GOVERNMENT).join("|")})\\b`, "g");

const ON_BEFORE = /\bon\s+(?:the\s+)?$/;
const BOOKS_AFTER = new RegExp(String.raw`^(?:'s|’s)\s+${REGISTER_NOUN}\b`);
const REGISTERED_WITH = /\b(?:registered|registering|register)\s+with\s+(?:the\s+)?$/;
const HAD_ON_BOOKS = new RegExp(String.raw`^\s+(?:had|has|then had|now has)\s+[^.;]{1,40}?\bon its ${REGISTER_NOUN}\b`);
const OPENS_LINE = /^\s*(?:[-•*–]\s*)?(?:the\s+)?$/;
// ("- Syrian Observatory for Human Rights, from the start of the offensive in December to mid-February: …")
const LABEL_AFTER = /^(?:\s*\([^)]*\))?[^:.;()]{0,90}:\s/;
/** A list line's label up to the body that closes it: "- Civilians killed since mid-March, main …". */
const LABEL_SOURCE_BEFORE = /^[^:;.]{3,120},\s*(?:(?:the|a|an|main|same|local)\s+)?$/;
/** After the body closing a list line's label: its day in brackets, if any, then the colon and the number. */
const LABEL_SOURCE_AFTER = /^\s*(?:\([^)]{1,30}\))?\s*:\s*(?:[a-z]+\s+){0,3}\d/;
/** A list line's label up to a bracket that opens on a body: "- Syrian refugees worldwide (". */
const LABEL_BRACKET_BEFORE = /^[^:;.()]{3,120}\(\s*(?:the\s+)?$/;
/** After that body: what else the bracket holds, then the colon and the number ("…, spring 2021): 6.6 million"). */
const LABEL_BRACKET_AFTER = /^(?:,[^():;]{1,40})?\)\s*:\s*(?:[a-z]+\s+){0,3}\d/;
const CLOSING_BRACKET_BEFORE = /\(\s*(?:the\s+)?$/;
// "… and 9 civilians (Wissam Tarif of the campaign group Avaaz)": the person in the bracket speaks for their body
const PERSON_OF_BRACKET_BEFORE = new RegExp(
  String.raw`\(\s*${PERSON},? (?:of|from|at|with) (?:the\s+)?(?:[a-z-]+\s+){0,3}$`,
  "u",
);
const NAME_BEFORE_BRACKET = /\b[A-Z][\w'’-]+\s*\(\s*$/;
/**
 * Whether `abbreviation` in brackets is the short form of the name just before it ("Syria Democratic Forces (SDF)"),
 * one of whose capitalised words it begins with; not a body closing a clause that ends on a place ("… in Idlib
 * (UNICEF)").
 */
function shortFormOfName(abbreviation: string, before: string): boolean {
  if (!/^[A-Z]{2,8}$/.test(abbreviation) || !NAME_BEFORE_BRACKET.test(before)) return false;
  return (before.match(/\b[A-Z][\w'’-]*/g) ?? []).some((word) => word[0] === abbreviation[0]);
}
// ("(Syrian Network for Human Rights, SNHR)": or its name, then its short form)
const CLOSING_BRACKET_AFTER = /^\s*(?:,\s*[a-z]{2,8}\s*)?(?:figures?|data|count|estimates?|tally)?\s*\)\s*(?:[.;,]|$)/;

const APPOSITIVE_OF = /^\s*(?:\([^)]*\))?\s*,\s*(?:a|an|the)\s+[^,;.]{0,40}$/;
/** An official's title between "UN" and the name of the official: " humanitarian official, ". */
const UN_TITLE_THEN_NAME =
  /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}(?:official|spokes(?:man|woman|person)|chief|head|coordinator|representative|envoy)\s*,\s*$/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A verb of telling anywhere in a text: "said", "reported", "put", "counted"… */
export const SPEECH_IN = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);

/**
 * Whether the source at [start, end) only describes something else, in a
 * relative clause that closes without its own speech: "The Observatory,
 * which relies on a web of activists, said …" (the activists are not who
 * spoke), unlike "…, where the UN says more than 70,000 have been killed".
 */
function describesAnother(norm: string, start: number, end: number): boolean {
  // ", which relies on …" or an appositive with its own relative clause, ", a group that relies on …"; the
  // clause may list several ("which tracks the war through activists, doctors and lawyers, said")
  if (!RELATIVE_CLAUSE_SO_FAR.test(norm.slice(Math.max(0, start - 150), start))) return false;
  const rest = /^[^,.;]*,/.exec(norm.slice(end, end + 60));
  // (a source that speaks in the clause is one: "…, where the UN says more than 70,000 have been killed"; not the
  // noun its possessive owns: "which relied on local activists' lists,")
  return rest !== null && !SPEECH_IN.test(rest[0].replace(/^\s*['’]s?\s+[\w-]+/, ""));
}

/**
 * "The Syrian National Council, the main opposition coalition abroad, said": an appositive that says what a body
 * named before it is, not another body.
 */
function describesNamedBody(text: string, start: number, end: number): boolean {
  return (
    NAMED_BODY_THEN_APPOSITIVE.test(text.slice(Math.max(0, start - 120), start)) &&
    /^[^,.;]{0,40},/.test(text.slice(end, end + 41))
  );
}
const NAMED_BODY_THEN_APPOSITIVE = new RegExp(
  String.raw`\b(?:[A-Z][\w'’-]+ ){1,5}(?:${BODY_NOUNS}|Network|Observatory|Coalition),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}$`,
);

/** A relative clause opened and not yet closed: at most three commas of a list since its opening word. */
// (or an appositive's "with": "the Observatory, a Britain-based group with a network of activists inside the
// country, said")
const RELATIVE_CLAUSE_SO_FAR =
  /,\s*(?:(?:(?:a|an|the)\s[^,]{0,60}?\b)?(?:which|who|whose|that|where)|(?:a|an|the)\s[^,]{0,60}?\b(?:group|organi[sz]ation|monitor|network|body|charity|watchdog|ngo)\s+(?:with|founded by|run by|set up by|made up of))\b(?:[^.;,]*,){0,3}[^.;,]*$/;

/**
 * The one body a line names, spoken or not, or null for none or several: "How the count has grown in
 * OCHA's updates:", "Attacks reported in the latest period, as listed by OCHA:". Read as
 * findAttributions reads names, so one name inside another ("UN" in "UN refugee agency") counts once.
 */
const BLAMED_BY =
  /\b(?:killed|caused|committed|carried out|perpetrated|blamed on|attributed to|wounded|injured|displaced|deaths? at the hands of)(?: by)? (?:the )?(?:[a-z-]+ ){0,2}$/;

/** Another body's figures gathered by the one named next: "figures as compiled by". */
const COMPILED_BY =
  /\b(?:figures|data|numbers|counts) (?:as )?(?:compiled|collated|gathered|put together) by (?:the )?$/;

export function onlyBodyNamed(a: SentenceAnalysis): string | null {
  const mentioned: OrganisationMention[] = [];
  findAttributions(a, { mentioned, people: new Map() });
  // ("Killed by the Islamic State group": the party a header blames is no source; nor are the "medical
  // sources" a network is made of)
  const blamed = (m: OrganisationMention): boolean => {
    const at = a.norm.indexOf(m.text.toLowerCase());
    return (
      at >= 0 &&
      (BLAMED_BY.test(a.norm.slice(0, at)) ||
        inDescription(a.norm, at) ||
        // ("UNHCR figures as compiled by Amnesty International": whose figures they are, not who compiled them)
        COMPILED_BY.test(a.norm.slice(Math.max(0, at - 40), at)))
    );
  };
  const names = new Set(mentioned.filter((m) => !blamed(m)).map((m) => m.name));
  // ("Counts gathered from local sources by the UN's humanitarian office, OCHA": the body, not the sources
  // it gathers from)
  return (
    theOneBody(new Set([...names].filter((n) => !speaksForItself(n)))) ?? (names.size === 1 ? [...names][0]! : null)
  );
}

/** The source of the number at character offset `at` of the sentence `text`, or null. */
export function attributeFigure(candidates: readonly AttributionCandidate[], at: number, text: string): string | null {
  // "X said N …, according to Y": Y is where the number comes from
  const according = candidates.find((c) => c.start >= at && c.kind === "according");
  // (but not over a body whose own count the sentence tells: "the Red Crescent's register listed more than 38,600
  // internally displaced people, according to an OCHA update")
  const owner = according
    ? candidates.findLast((c) => c.end <= at && OWN_COUNT_AFTER.test(text.slice(c.end, c.end + 40)))
    : undefined;
  if (owner) return owner.name;
  if (
    according &&
    !candidates.some((c) => c.kind === "speech" && c.start >= at && c.start < according.start) &&
    // ("Local activists spoke of 22 dead, and a news site quoting the Observatory had 18": the next
    // clause's, when a speaker before the figure tells it)
    !(NEXT_CLAUSE.test(text.slice(at, according.start)) && candidates.some((c) => c.kind === "speech" && c.end <= at))
  )
    return according.name;
  // X said … N / According to X, … N
  let best: AttributionCandidate | null = null;
  for (const c of candidates) if (c.end <= at && c.kind !== "trailing" && (!best || c.start > best.start)) best = c;
  // ("The Observatory's count excludes the missing, and estimates of everyone killed run to 500,000": another
  // voice, unnamed, between the body and the number)
  if (best && ANOTHER_VOICE.test(text.slice(best.end, at))) return null;
  // ("Data gathered by UNHCR and the Turkish government put the figure at 5,008,473": of two named together,
  // the first)
  const first =
    best &&
    candidates.find(
      (c) =>
        c.end <= best!.start &&
        (JOINED.test(text.slice(c.end, best!.start)) ||
          (JOINED_CROWD.test(text.slice(c.end, best!.start)) && !speaksForItself(c.name))),
    );
  if (first) return first.name;
  // ("The Syrian American Medical Society … said doctors there had recorded 40 casualties": a crowd inside what a
  // body says is that body's word)
  const teller =
    best && CROWD_NAMES.has(best.name)
      ? candidates.findLast(
          (c) =>
            c.end <= best!.start &&
            c.kind === "speech" &&
            !CROWD_NAMES.has(c.name) &&
            TELLS_OF_CROWD.test(text.slice(c.end, best!.start)),
        )
      : undefined;
  if (teller) return teller.name;
  if (best) return best.name;
  // N …, X said.
  for (const c of candidates) if (c.start >= at) return c.name;
  return null;
}

/** How a report names the Observatory without naming it, and so may name another monitor it spoke of. */
export const GENERIC_MONITOR =
  /^(?:(?:the )?(?:war )?monitor(?:ing group| group)?|(?:britain|uk|u\.k\.|british|london|england)[- ]based (?:war )?(?:monitor(?:ing group| group)?|watchdog|group))$/i;

const KINDS: ReadonlyArray<[RegExp, (name: string, text: string) => boolean]> = [
  // "A few hours later the governor raised the count to 22": the body of the governor named before, by the words it
  // was named in
  [/\bgovernor\b/, (_, text) => /\bgovernor/i.test(text)],
  [/\bsources\b/, (n) => / sources$/.test(n)],
  [/\bministry\b|\bgovernment\b|\bauthorities\b/, (n) => /government|ministry/i.test(n)],
  // ("When the agency last set out its country figures": an agency, not the UN as a whole named since)
  [
    /\bagency\b/,
    (n) =>
      /^(?:UNHCR|OCHA|OHCHR|UNICEF|WFP|WHO|IOM|UNRWA|SANA|AFP|Reuters|Associated Press|Anadolu)$/.test(n) ||
      /agency/i.test(n),
  ],
  [/\boffice\b/, (n) => /^(?:UN|UNHCR|OCHA|OHCHR|UNICEF|WFP|WHO|IOM|UNRWA|SANA)$/.test(n) || /agency|office/i.test(n)],
  [
    /\bcharity\b|\baid (?:group|agency|organi[sz]ation)\b/,
    (n) =>
      /^(?:MSF|SAMS|ICRC|SARC|White Helmets|Kurdish Red Crescent|Turkish Red Crescent|IRC|NRC|Save the Children|Oxfam|CARE)$/.test(
        n,
      ) || !KNOWN_NAMES.has(n),
  ],
  [/\b(?:monitor|observatory|watchdog)\b/, (n) => MONITORING.test(n) || !KNOWN_NAMES.has(n)],
  // "the Committees said": the Local Coordination Committees, or a committee named before
  [/\bcommittees?\b/, (n) => n === "LCC" || n === "SHRC" || /committee/i.test(n)],
  // "the council said": a local council named before, by its own name
  [/\bcouncil\b/, (n) => /council/i.test(n)],
  // "the Center documented", "the centre said": the centre named before ("the Damascus Center for Human Rights
  // Studies (DCHRS)", "the Kurdistan Regional Government's crisis centre"), by the words it was named in
  [/\bcent(?:er|re)\b/, (_, text) => /\bcent(?:er|re)\b/i.test(text)],
  // "those rescuers": the rescue service named before
  [/\brescuers\b/, (n) => n === "White Helmets" || /rescue|civil defen/i.test(n)],
  // "the broadcaster added": the station or channel named before
  [
    /\b(?:broadcaster|channel)\b/,
    (n) =>
      /^(?:Syrian state television|Al-Ikhbariya|Al Jazeera|Al-Arabiya|Al-Mayadeen)$/.test(n) || !KNOWN_NAMES.has(n),
  ],
  // ("the network attributes:" after "civil defence personnel" were counted: a network is a monitor's kind of body,
  // not an aid group's)
  [/\bnetwork\b/, (n) => MONITORING.test(n) || !KNOWN_NAMES.has(n)],
  [
    /\b(?:group|organi[sz]ation|committees?)\b/,
    (n) => MONITORING.test(n) || /^(?:MSF|White Helmets|SAMS)$/.test(n) || !KNOWN_NAMES.has(n),
  ],
];

const MONITORING = /^(?:SOHR|SNHR|SHRC|VDC|LCC|Human Rights Watch|Amnesty International|Landmine Monitor)$/;

const KNOWN_NAMES: ReadonlySet<string> = new Set(SOURCES.map((r) => r.name));

/** Parties to the war, governments and their media: they speak of losses, but keep no count of others'. */
const PARTY =
  /government|ministry|^(?:SANA|Syrian state television|US State Department|Syrian National Coalition|Syrian opposition|US-led coalition|al-Qaeda|Islamic State|Nusra Front|Hezbollah|HTS|Free Syrian Army|SDF|YPG)$/;

/**
 * Whether an organisation keeps counts as its work (the UN's agencies, monitors, aid groups, and
 * bodies the list does not know, named by their abbreviation): its voice goes on past the sentence
 * that names it. A party to the war, a government or its media speaks for the sentence it is named in.
 */
export function keepsCounts(name: string): boolean {
  return !speaksForItself(name) && !PARTY.test(name);
}

/**
 * The organisation a definite description refers back to: "the ministry" is
 * the last government body named, "his group" or "the monitor" the last
 * monitoring group, "the charity" the last charity. `recent` is every
 * organisation named so far, oldest first. Null when none fits.
 */
export function referent(description: string, recent: readonly OrganisationMention[]): string | null {
  // "UNHCR and UNICEF said … The two agencies also estimate …": of the two bodies named last, the first, as a joint
  // statement is read
  if (TWO_BODIES.test(description)) {
    const names = [
      ...new Set(
        recent
          .filter((m) => !speaksForItself(m.name))
          .map((m) => m.name)
          .reverse(),
      ),
    ];
    return names[1] ?? null;
  }
  const kind = KINDS.find(([re]) => re.test(description));
  if (!kind) return null;
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i]!;
    if (GENERIC_MONITOR.test(m.text)) continue;
    if (!kind[1](m.name, m.text)) continue;
    // ("The UN High Commissioner for Human Rights, Navi Pillay, … Her office said": the office of the UN's human
    // rights chief is OHCHR)
    if (m.name === "UN" && /\boffice\b/.test(description) && HUMAN_RIGHTS_CHIEF.test(m.text)) return "OHCHR";
    return m.name;
  }
  return null;
}
const HUMAN_RIGHTS_CHIEF = /\bhuman rights\b|\bpillay\b|\bbachelet\b|\bzeid\b/i;

/**
 * "The Monitor lists 583 casualties" after the Landmine Monitor was named:
 * in a report that never names the Observatory, a generic "the monitor" is
 * the monitoring group last named in full. Where the Observatory was named,
 * it stays the Observatory, as wire copy uses the word.
 */
export function resolveGenericMonitors(
  a: SentenceAnalysis,
  candidates: AttributionCandidate[],
  recent: readonly OrganisationMention[],
): void {
  if (recent.some((m) => m.name === "SOHR" && !GENERIC_MONITOR.test(m.text))) return;
  for (const c of candidates) {
    if (c.name !== "SOHR" || !GENERIC_MONITOR.test(a.text.slice(c.start, c.end))) continue;
    const named = referent("monitor", recent);
    if (named) c.name = named;
  }
}

/** Words that hand a count to voices the sentence does not name: "other estimates", "widely believed". */
export const ANOTHER_VOICE =
  /\b(?:other|some|outside|independent|informal) (?:estimates|accounts|counts|tallies|reports)\b|\bestimates of (?:everyone|all|the (?:war's )?(?:true|real|full|total))\b|\bwidely (?:believed|estimated|thought|reported)\b/;

/** Between a body and a crowd in what it says: ", which supports hospitals in the enclave, said ". */
const TELLS_OF_CROWD =
  /^(?:,[^,;.]{1,80},)?\s+(?:also\s+)?(?:said|says|reported|reports|added|told [\w ]{1,30}?)\s+(?:that\s+)?(?:local\s+|its\s+|the\s+)?$/;

/** Two bodies named before, pointed back to together: "the two agencies", "both organisations". */
export const TWO_BODIES = /\b(?:the two|both) (?:agencies|organi[sz]ations|bodies|groups)\b/;

/** What joins two sources named together: "UNHCR and the Turkish government". */
const JOINED = /^\s+and\s+(?:the\s+)?$/;
// ("The Syrian Network for Human Rights and local activists put the dead at 104": a crowd named after a body)
const JOINED_CROWD = /^\s+and\s+(?:local|other|opposition)\s+$/;

/** Where the next clause of a sentence begins. */
const NEXT_CLAUSE = /, (?:and|while|but|whereas)\b|;/;
