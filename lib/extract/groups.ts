/**
 * Who a figure counts, when the text narrows it: read from the head noun and
 * its modifiers ("eight Turkish military personnel" → Turkish soldiers), or
 * from who "suffered" the losses.
 */
import type { SentenceAnalysis } from "./analysis";
import type { HeadNoun } from "./distractors";
import type { NumberMention } from "./numbers";
import { SHARE_VERB } from "./lexicon";
import { joinTokens } from "./tokens";

const FOREIGN_ARMIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  turkish: "Turkish soldiers",
  russian: "Russian soldiers",
  iraqi: "Iraqi soldiers",
  israeli: "Israeli soldiers",
  american: "US soldiers",
  us: "US soldiers",
  lebanese: "Lebanese soldiers",
  iranian: "Iranian soldiers",
  jordanian: "Jordanian soldiers",
  british: "British soldiers",
  french: "French soldiers",
});
const GOVERNMENT_WORDS =
  /\b(?:regime|government|pro-government|pro-regime|loyalist|loyalists|army|syrian|pro-assad|assad)\b/;
const REBEL_WORDS =
  /\b(?:rebel|rebels|opposition|fsa|free syrian army|free army|insurgent|insurgents|anti-government|anti-regime)\b/;
/** The Kurdish-led forces, which are neither the government's nor the rebels' (and "Syrian" in their name is no army). */
const SDF_WORDS = /\b(?:syrian democratic forces|democratic forces|sdf)\b/;
const KURDISH_WORDS = /\b(?:ypg|ypj|kurdish|asayish|people's protection units)\b/;
/** "158 members of the Syrian Democratic Forces", "Kurdish fighters": the Kurdish-led forces' own group, if they are named. */
const kurdishLed = (context: string): string | null =>
  SDF_WORDS.test(context) ? "SDF fighters" : KURDISH_WORDS.test(context) ? "Kurdish fighters" : null;

const SIMPLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    civilians: "civilians",
    civilian: "civilians",
    children: "children",
    child: "children",
    kids: "children",
    kid: "children",
    minors: "children",
    boys: "children",
    boy: "children",
    girls: "children",
    girl: "children",
    babies: "children",
    baby: "children",
    infants: "children",
    infant: "children",
    toddlers: "children",
    teenagers: "children",
    women: "women",
    woman: "women",
    journalists: "journalists",
    journalist: "journalists",
    reporters: "journalists",
    reporter: "journalists",
    photographers: "journalists",
    photographer: "journalists",
    cameraman: "journalists",
    cameramen: "journalists",
    rebels: "rebels",
    rebel: "rebels",
    insurgents: "rebels",
    insurgent: "rebels",
    protesters: "protesters",
    protester: "protesters",
    demonstrators: "protesters",
    doctors: "medical workers",
    doctor: "medical workers",
    medics: "medical workers",
    medic: "medical workers",
    nurses: "medical workers",
    nurse: "medical workers",
    paramedics: "medical workers",
    rescuers: "rescue workers",
    rescuer: "rescue workers",
    volunteers: "aid workers",
    volunteer: "aid workers",
    students: "students",
    student: "students",
    policemen: "police",
    policeman: "police",
    police: "police",
    detainees: "detainees",
    prisoners: "detainees",
    // (soldiers who left the army, counted apart from it: "6,163 soldiers and 1,051 defectors")
    defectors: "defectors",
    defector: "defectors",
    deserters: "defectors",
    deserter: "defectors",
  }),
);
const FIGHTER_WORDS = new Set([
  "fighters",
  "fighter",
  "militants",
  "militant",
  "jihadists",
  "jihadist",
  "jihadis",
  "combatants",
  "combatant",
  "gunmen",
  "gunman",
  "militiamen",
  "militiaman",
  "extremists",
  "terrorists",
  "members",
  "member",
  "loyalists",
]);
const SOLDIER_WORDS = new Set([
  "soldiers",
  "soldier",
  "servicemen",
  "serviceman",
  "officers",
  "officer",
  "conscripts",
  "recruits",
]);
const FORCE_WORDS = new Set(["troops", "trooper", "troopers", "personnel", "forces", "guards"]);

function groupFromNoun(word: string, modifiers: readonly string[], after: string): string | null {
  const mods = modifiers.join(" ");
  const foreign = modifiers.map((w) => FOREIGN_ARMIES[w]).find((g) => g !== undefined);
  const simple = SIMPLE.get(word);
  if (simple) return simple;
  if (SOLDIER_WORDS.has(word)) return foreign ?? "soldiers";
  if (FORCE_WORDS.has(word))
    return foreign ?? kurdishLed(mods) ?? (REBEL_WORDS.test(mods) ? "rebels" : "government forces");
  if (FIGHTER_WORDS.has(word)) {
    // "members of regime forces", "pro-government fighters", "rebel fighters"
    const context = `${mods} ${word === "members" || word === "member" ? after : ""}`;
    const theirs = kurdishLed(context);
    if (theirs) return theirs;
    if (REBEL_WORDS.test(context)) return "rebels";
    if (GOVERNMENT_WORDS.test(context)) return "government forces";
    if (word === "members" || word === "member") return null;
    return "fighters";
  }
  return null;
}

/** The body whose members a count is of, as written: "410 members of Iraqi militias" → "Iraqi militias". */
const MEMBERS_OF = /^(?:[A-Z][\w'-]*|militias?|groups?|forces|units?|brigades?|battalions?|factions?|the|pro-[\w-]+)$/;

function membersOf(a: SentenceAnalysis, word: string, index: number): string | null {
  if (word !== "members" && word !== "member") return null;
  if (a.tokens[index + 1]?.lower !== "of") return null;
  const words: string[] = [];
  for (let k = index + 2; k < index + 6; k++) {
    const t = a.tokens[k];
    if (!t || t.kind !== "word" || !MEMBERS_OF.test(t.text)) break;
    words.push(t.text);
  }
  while (words[0]?.toLowerCase() === "the") words.shift();
  return words.length > 0 ? words.join(" ") : null;
}

const NON_COMBATANT = /^(?:civilians?|non-?combatants?|noncombatants?)$/;
const COMBATANT = /^(?:fighters?|combatants?|soldiers?|troops|rebels?|militants?|insurgents?|servicemen|militiamen)$/;

/**
 * "civilians and fighters", "combatants and non-combatants": both sides of
 * the war together are everyone, not a group. ("women and children" stays a group.)
 */
function isEveryone(word: string, after: string): boolean {
  const joined = after.replace(/ - /g, "-");
  const other = /^(?:and|or) (?:(?:pro-government|government|rebel|regime|armed|opposition) )?([\w-]+)/.exec(
    joined,
  )?.[1];
  if (!other) return false;
  return (NON_COMBATANT.test(word) && COMBATANT.test(other)) || (COMBATANT.test(word) && NON_COMBATANT.test(other));
}

const SUFFERED_BY_GOVERNMENT =
  /\b(?:regime|government|army|troops|loyalists|pro-government forces)\b.{0,80}\b(?:suffered|lost|sustained)$/;
const SUFFERED_BY_REBELS = /\b(?:rebels|insurgents|opposition|jihadists)\b.{0,80}\b(?:suffered|lost|sustained)$/;

/** "<people> account for N", "<people> made up N": the noun before the verb of a share. */
const SHARE_OF = new RegExp(String.raw`(?:^|\s)([\w-]+) ${SHARE_VERB}$`);
/** A share told before in the sentence, whose next item gives only its subject: "…, and women 19". */
const SHARED_BEFORE = new RegExp(String.raw`\b${SHARE_VERB}\b`);

export function findGroup(a: SentenceAnalysis, m: NumberMention, head: HeadNoun, hedgeStart: number): string | null {
  if (m.family) return null;
  let word = head.word;
  let modifiers = head.modifiers;
  let index = head.index;
  // subgroup "of whom 205 were fighters": the noun follows the verb
  if (!word || word === "others") {
    const after = a.tokens.slice(m.end, m.end + 5);
    const k = after.findIndex((t) => /^(?:were|was|are|is|them|whom)$/.test(t.lower));
    if (k >= 0) {
      const next = after[k + 1];
      if (next && next.kind === "word") {
        word = next.lower;
        modifiers = [];
        index = m.end + k + 1;
      }
    }
  }
  if (word) {
    const after = joinTokens(a.tokens, index + 1, index + 6);
    if (isEveryone(word, after)) return null;
    const g = groupFromNoun(word, modifiers, after) ?? membersOf(a, word, index);
    if (g) return g;
  }
  const before = joinTokens(a.tokens, hedgeStart - 14, hedgeStart);
  // "Civilians account for 112,623 of them": the group is the subject of the share
  const share = SHARE_OF.exec(before);
  if (share) {
    const g = groupFromNoun(share[1]!, [], "");
    if (g) return g;
  }
  // "Children made up 37 of that number, and women 19": the next share's subject, just before its number
  const nextShare = SHARED_BEFORE.test(before) ? /(?:,|\band) (?:the )?([\w-]+)$/.exec(before) : null;
  if (nextShare) {
    const g = groupFromNoun(nextShare[1]!, [], "");
    if (g) return g;
  }
  if (SUFFERED_BY_GOVERNMENT.test(before)) return "government forces";
  if (SUFFERED_BY_REBELS.test(before)) return "rebels";
  return null;
}
