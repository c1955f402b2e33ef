/**
 * A synthetic corpus of report-like text for the throughput benchmark: varied
 * sentences written for this project (figures, distractors and plain prose),
 * drawn with a seeded generator so every run reads the same text.
 */

import { createRandom } from "@/lib/testing/random";

export interface SyntheticArticle {
  published: string;
  text: string;
}

export { createRandom };

const PLACES = [
  "Aleppo",
  "Homs",
  "Hama",
  "Idlib province",
  "Douma",
  "Daraa",
  "Raqqa",
  "Deir ez-Zor",
  "Saraqeb",
  "Jobar",
  "Afrin",
  "Manbij",
  "Eastern Ghouta",
  "Latakia",
  "Qusair",
  "Khan Sheikhoun",
  "Palmyra",
  "Zabadani",
];
const SOURCES = [
  "the Syrian Observatory for Human Rights said",
  "activists said",
  "the Observatory said",
  "state media reported",
  "the United Nations said",
  "the U.N. refugee agency said",
  "according to the Local Coordination Committees",
  "rescue workers said",
  "a local official told reporters",
];
const DAYS = [
  "on Monday",
  "on Tuesday",
  "on Wednesday",
  "on Thursday",
  "on Friday",
  "on Saturday",
  "on Sunday",
  "overnight",
  "last week",
  "over the weekend",
  "on March 3",
  "on Feb. 14",
];
const GROUPS = ["people", "civilians", "children", "rebels", "soldiers", "fighters", "residents", "women"];
const HEDGES = ["", "at least ", "more than ", "nearly ", "some ", "about ", "up to "];
const WORD_NUMBERS = [
  "two",
  "three",
  "four",
  "five",
  "seven",
  "eight",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty-one",
  "forty-nine",
];
const VAGUE = ["dozens of", "hundreds of", "several thousand", "tens of thousands of", "scores of"];

type Pick = <T>(xs: readonly T[]) => T;

const TEMPLATES: ReadonlyArray<(p: Pick, n: () => string) => string> = [
  (p, n) => `Air strikes on ${p(PLACES)} killed ${p(HEDGES)}${n()} ${p(GROUPS)} ${p(DAYS)}, ${p(SOURCES)}.`,
  (p, n) => `${cap(p(HEDGES))}${n()} ${p(GROUPS)} were wounded when shells hit a market in ${p(PLACES)} ${p(DAYS)}.`,
  (p, n) =>
    `Since the offensive began in ${p(["December", "November", "January"])}, ${p(HEDGES)}${n()} people have fled their homes in ${p(PLACES)}, ${p(SOURCES)}.`,
  (p, n) =>
    `${cap(p(SOURCES))} that ${n()} people had crossed into ${p(["Turkey", "Lebanon", "Jordan"])} since the fighting intensified.`,
  (p, n) =>
    `The death toll from the bombing in ${p(PLACES)} rose to ${n()} ${p(DAYS)}, including ${p(WORD_NUMBERS)} children.`,
  (p, n) => `Clashes near ${p(PLACES)} left ${n()} dead and ${n()} wounded, ${p(SOURCES)}.`,
  (p) => `${cap(p(VAGUE))} ${p(GROUPS)} were killed in the fighting around ${p(PLACES)}, ${p(SOURCES)}.`,
  (p, n) => `The town, home to some ${n()} people, lies ${p(WORD_NUMBERS)} kilometers from the border.`,
  (p, n) =>
    `Aid agencies said ${n()} families were receiving food parcels in ${p(PLACES)} and that convoys of ${p(WORD_NUMBERS)} trucks were waiting at the crossing.`,
  (p) => `Diplomats met in Geneva ${p(DAYS)} to discuss a ceasefire, but talks ended without agreement.`,
  (p) =>
    `The government said its forces had captured ${p(WORD_NUMBERS)} villages around ${p(PLACES)} and destroyed several tanks.`,
  (p, n) =>
    `Hundreds of people are crossing into ${p(["Turkey", "Jordan"])} every day, and officials expect up to ${n()} more by the end of the year.`,
  (p, n) =>
    `Across the country, the war has killed more than ${n()} people since the uprising began in 2011, ${p(SOURCES)}.`,
  (p) => `Residents described long queues for bread and fuel as prices rose sharply in ${p(PLACES)}.`,
  (p, n) =>
    `${cap(p(SOURCES))} that ${n()} civilians, ${p(WORD_NUMBERS)} of them children, had been killed in ${p(PLACES)} ${p(DAYS)}.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Articles of about 3 KB each until `bytes` of text have been written. */
export function generateCorpus(bytes: number, seed = 20_110_315): SyntheticArticle[] {
  const random = createRandom(seed);
  const pick: Pick = (xs) => xs[Math.floor(random() * xs.length)] ?? xs[0]!;
  const number = (): string => {
    const r = random();
    if (r < 0.25) return pick(WORD_NUMBERS);
    const n = Math.floor(10 ** (1 + random() * 4.5));
    return r < 0.9 ? n.toLocaleString("en-US") : `${(n / 1000).toFixed(1)} million`;
  };
  const articles: SyntheticArticle[] = [];
  let total = 0;
  while (total < bytes) {
    const year = 2012 + Math.floor(random() * 9);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const published = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const paragraphs: string[] = [`${pick(PLACES)}: fighting continues as aid groups warn of crisis`];
    let size = 0;
    while (size < 3_000) {
      const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TEMPLATES)(pick, number));
      const paragraph = sentences.join(" ");
      paragraphs.push(paragraph);
      size += paragraph.length;
    }
    const text = paragraphs.join("\n\n");
    articles.push({ published, text });
    total += Buffer.byteLength(text, "utf8");
  }
  return articles;
}
