/**
 * Where a figure belongs: a gazetteer of Syria's governorates, cities, towns,
 * districts and regions and of its neighbours, general rather than drawn from
 * any one report, and the rules for national against local scope.
 */
import type { SentenceAnalysis } from "./analysis";

/** How specific a place is; lower is more specific. */
export type PlaceKind = "district" | "town" | "province" | "region" | "country";
const RANK: Record<PlaceKind, number> = { district: 0, town: 1, province: 2, region: 3, country: 4 };

// kind|canonical|variants… (variants are matched with flexible hyphens, apostrophes and "al-"/"el-")
const GAZETTEER = `
town|Aleppo|Halab
town|Damascus|Dimashq
town|Homs
town|Hama|Hamah
town|Idlib|Idleb
town|Latakia|Lattakia|Latakiya
town|Tartus|Tartous|Tartoos
town|Daraa|Deraa|Dara'a|Dera'a
town|Quneitra|Kuneitra
town|Sweida|Suwayda|Suwaida|As-Suwayda
town|Deir ez-Zor|Deir el-Zour|Deir al-Zor|Deir Ezzor|Deir ez-Zour|Deir Ez Zor|Deir al-Zour
town|Raqqa|Raqa|Rakka|Al-Raqqa
town|Hasakah|Hasaka|Hassakeh|Al-Hasakah|Hasakeh
town|Qamishli|Qamishly|Kamishli
town|Kobani|Kobane|Ayn al-Arab|Ain al-Arab
town|Manbij|Menbij
town|Afrin|Efrin
town|al-Bab
town|Azaz|A'zaz|Aazaz
town|Jarablus|Jarabulus
town|Tal Abyad|Tell Abyad
town|Ras al-Ain|Ras al-Ayn|Serekaniye
town|Tabqa|al-Tabqa
town|Palmyra|Tadmur|Tadmor
town|Mayadin|Mayadeen|al-Mayadin
town|Albu Kamal|Abu Kamal|Bukamal|Al-Bukamal
town|Hajin
town|Baghouz|al-Baghouz
town|Shaddadi|al-Shaddadi
town|Ain Issa
town|Douma|Duma
town|Harasta
town|Zamalka
town|Arbin|Irbin
town|Saqba
town|Kafr Batna
town|Hamouriyeh|Hamouria|Hammouriyeh
town|Ain Tarma
town|Misraba
town|Daraya|Darayya
town|Moadamiyeh|Moadamiya|Muadamiyat al-Sham|Moadhamiya
town|Zabadani
town|Madaya
town|Yarmouk|Yarmuk
town|Qusair|Qusayr|al-Qusayr
town|Talkalakh|Tal Kalakh
town|Rastan|al-Rastan
town|Talbiseh|Talbisa
town|Houla|Hula|al-Houla
town|Maaret al-Numan|Maarat al-Numan|Maaret el-Numan|Marat an-Numan|Maarrat al-Numan|Maarat al-Nouman|Maarat al-Nu'man|Maarrat Al-Nu'man|Ma'arat al-Nu'man|Maaret al-Nouman|Maarat Numan
town|Saraqeb|Saraqib
town|Khan Sheikhoun|Khan Shaykhun|Khan Sheikhun
town|Jisr al-Shughour|Jisr al-Shughur|Jisr ash-Shughur
town|Ariha
town|Binnish|Binnsh
town|Sarmada
town|Atmeh|Atma
town|Maarat Misrin|Maaret Misrin
town|Kafranbel|Kafr Nabl|Kfar Nabl
town|Hish
town|Morek|Murak
town|Latamneh|al-Lataminah
town|Kafr Zita|Kafr Zeita
town|Suran|Souran
town|Mhardeh|Mahardah
town|Salamiyeh|Salamiyah
town|Kasab|Kessab|Kassab
town|Qardaha
town|Haffa|al-Haffa
town|Jableh|Jabla
town|Baniyas|Banias
town|Yabroud|Yabrud
town|Nabk|al-Nabk
town|Qara
town|Deir Attiyeh
town|Rankous|Rankus
town|Flita|Fleita
town|Ras al-Maara|Ras al-Maarra
town|Bosra|Busra|Bosra al-Sham|Busra al-Sham
town|Busra al-Harir|Bosra al-Harir
town|Nawa
town|Inkhil
town|Jassem|Jasim
town|Sanamein|al-Sanamayn|Sanamayn
town|Tafas
town|Mzeireeb|Muzayrib
town|Nassib|Nasib
town|Tal Rifaat|Tal Refaat|Tell Rifaat
town|Nubl
town|Zahraa|al-Zahraa
town|Anadan
town|Hreitan|Haritan
town|Khanasser
town|Safira|al-Safira
town|al-Qaryatain|Qaryatain
town|Sukhna|al-Sukhnah
town|Manbij
town|Dumayr|Dmeir
town|Nashabiyeh
town|Kafr Nubl
town|Ain al-Fijeh|Ain al-Fija
town|Wadi Barada
town|Beit Jinn
town|Aziza
town|Bahloulieh
town|Sheikh Miskin
town|Khan Arnabeh
town|Hader
town|Al-Hol|al-Hawl
town|Rukban
town|Tel Tamer|Tal Tamr
town|Derbasiyeh
town|Amuda
town|Ras al-Ain
district|Baba Amr|Bab Amr|Baba Amro
district|Khalidiya|Khaldiyeh|al-Khalidiya
district|Bab Sbaa|Bab al-Sebaa|Bab al-Sibaa
district|Karm al-Zeitoun
district|Waer|al-Waer
district|Inshaat
district|Bab Touma
district|Jobar
district|Qaboun
district|Barzeh|Barzah
district|Tadamon|Tadamun
district|Mezzeh|Mazzeh
district|Midan|al-Midan
district|Kafr Souseh|Kafr Sousa
district|Rukn al-Din
district|Qadam|al-Qadam
district|Hajar al-Aswad
district|Babbila
district|Beit Sahem
district|Yalda
district|Sheikh Maqsoud|Sheikh Maksoud
district|Salaheddine|Salah al-Din|Salaheddin
district|Bustan al-Qasr
district|Sukkari|al-Sukkari
district|Hanano|Masaken Hanano
district|Ansari|al-Ansari
district|Sakhour|al-Sakhour
district|Kalaseh|al-Kalaseh|Kalasa
district|Ramouseh|Ramousa|al-Ramouseh
district|Layramoun
district|Bani Zeid
district|Bustan al-Basha
district|Dubait
district|Bustan Ghanoum
district|Old City
region|Qalamoun|Qalamun
region|Eastern Ghouta|East Ghouta|Ghouta|Eastern Ghuta
region|Western Ghouta
region|Jabal al-Zawiya|Jebel al-Zawiya|Jabal Zawiya
region|Jabal al-Akrad
region|Jabal Turkman
region|Hauran|Houran
region|Ghab Plain|al-Ghab|Sahl al-Ghab
region|Jazira|Jazeera
region|Golan Heights|Golan
region|Rif Dimashq|Damascus countryside|rural Damascus|Reef Dimashq
region|Rojava
region|Badia
country|Turkey
country|Lebanon
country|Jordan
country|Iraq
country|Israel
country|Egypt
country|Armenia
country|Germany
country|Sweden
country|Austria
country|Netherlands|the Netherlands
country|Denmark
country|Italy
country|Bulgaria
country|Hungary
country|Serbia
country|Syria
`;

export interface PlaceMention {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
  /** A reference point ("near Homs", "fled to Turkey"), not where the count happened. */
  reference: boolean;
}

interface Entry {
  name: string;
  kind: PlaceKind;
}

// Transliterations write the Arabic article many ways ("al-", "el-", "an-", "ez-").
const ARTICLES = new Set(["al", "el", "an", "ar", "as", "ash", "ad", "az", "at", "en", "es", "ez", "ed", "ul"]);

function wordKey(word: string): string {
  const w = word.toLowerCase().replace(/['’ʼ`]/g, "");
  return ARTICLES.has(w) ? "al" : w;
}

interface Variant {
  words: string[];
  entry: Entry;
}

// Variants indexed by their first word, longest first, so matching is one pass over the tokens.
const BY_FIRST_WORD = new Map<string, Variant[]>();
for (const line of GAZETTEER.trim().split("\n")) {
  const [kind, name, ...variants] = line.split("|");
  if (!kind || !name) continue;
  for (const v of [name, ...variants]) {
    const words = v
      .split(/[\s-]+/)
      .filter(Boolean)
      .map(wordKey);
    const first = words[0];
    if (!first) continue;
    const list = BY_FIRST_WORD.get(first) ?? [];
    if (!list.some((x) => x.words.join(" ") === words.join(" ")))
      list.push({ words, entry: { name, kind: kind as PlaceKind } });
    list.sort((x, y) => y.words.length - x.words.length);
    BY_FIRST_WORD.set(first, list);
  }
}

interface RawPlace {
  entry: Entry;
  start: number;
  end: number;
}

/** Gazetteer names in the tokens: proper names (capitalised, or an article before a capitalised word). */
function matchGazetteer(a: SentenceAnalysis): RawPlace[] {
  const { tokens } = a;
  const out: RawPlace[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const capital = /^\p{Lu}/u.test(t.text);
    const articleLead =
      !capital &&
      ARTICLES.has(t.lower) &&
      /^\p{Lu}/u.test(tokens[i + 1]?.text === "-" ? (tokens[i + 2]?.text ?? "") : (tokens[i + 1]?.text ?? ""));
    if (!capital && !articleLead) continue;
    const candidates = BY_FIRST_WORD.get(wordKey(t.text));
    if (!candidates) continue;
    for (const v of candidates) {
      let k = i;
      let ok = true;
      let last = i;
      for (const w of v.words) {
        while (tokens[k]?.text === "-") k += 1;
        const tk = tokens[k];
        if (!tk || tk.kind !== "word" || wordKey(tk.text) !== w) {
          ok = false;
          break;
        }
        last = k;
        k += 1;
      }
      if (ok) {
        out.push({ entry: v.entry, start: t.start, end: tokens[last]?.end ?? t.end });
        i = last;
        break;
      }
    }
  }
  return out;
}

const PROVINCE_AFTER = /^\s+(?:province|governorate|countryside)\b/i;
const PROVINCE_BEFORE = /\b(?:province|governorate|countryside) of\s+$/i;
const DIRECTION_BEFORE = /\b(eastern|western|northern|southern|east|west|north|south|rural|central)\s+$/i;
const REFERENCE_BEFORE =
  /\b(?:near|outside|close to|toward|towards|to|into|across|with|border with|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|miles from|kilometers from|kilometres from|km from|km \(\d+ miles\) from|neighbou?ring|in neighbou?ring|between)\s+(?:the\s+)?(?:\w+\s+)?$/i;

/** The broadcaster, named as the region is: "Al Jazeera", but not "the Al Jazeera region". */
const BROADCASTER = /\bAl Jazeera\b(?! (?:region|canton|province|area))/;
const NOT_A_PLACE_AFTER = /^(?:'s)?\s+(?:regime|government|authorities|administration|officials)\b/i;
const REGIONS =
  /\b(north|south|east|west|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+(?:syria|part of the country|(?:region|regions|provinces) of (?:the country|syria))\b|\bthe\s+(north|south|east|west|north-?west|north-?east|south-?west|south-?east)(?:ern)?\s+(?:part|region|corner) of (?:the country|syria)\b/gi;
const DEMONYM_TERRITORY =
  /\b(iraqi|turkish|lebanese|jordanian|israeli)\s+(?:territory|soil|side of the border|side)\b/gi;
const COUNTRY_OF_DEMONYM: Record<string, string> = {
  iraqi: "Iraq",
  turkish: "Turkey",
  lebanese: "Lebanon",
  jordanian: "Jordan",
  israeli: "Israel",
};

const GROUP_NAMED_BEFORE = /\bIslamic State (?:of|in) (?:the )?$/i;

// the places of each sentence read, found once however many rules ask (the reader, metrics, attribution)
const PLACES_OF = new WeakMap<SentenceAnalysis, readonly PlaceMention[]>();

/** The places a sentence names, in order (found once per analysis). */
export function findPlaces(a: SentenceAnalysis): readonly PlaceMention[] {
  let found = PLACES_OF.get(a);
  if (!found) {
    found = readPlaces(a);
    PLACES_OF.set(a, found);
  }
  return found;
}

function readPlaces(a: SentenceAnalysis): PlaceMention[] {
  const out: PlaceMention[] = [];
  const { text } = a;
  for (const raw of matchGazetteer(a)) {
    const { entry } = raw;
    const matched = text.slice(raw.start, raw.end);
    // "the Damascus regime", "Ankara's forces": a government named by its seat, not a place
    if (NOT_A_PLACE_AFTER.test(text.slice(raw.end, raw.end + 16))) continue;
    // "the Islamic State of Iraq and the Levant": a group's name, not a place
    if (GROUP_NAMED_BEFORE.test(text.slice(Math.max(0, raw.start - 20), raw.start))) continue;
    // "Activists quoted by Al Jazeera": the broadcaster, not the Jazira region
    if (BROADCASTER.test(text.slice(Math.max(0, raw.start - 3), raw.end + 16))) continue;
    let start = raw.start;
    let end = start + matched.length;
    let name = entry.name;
    let kind = entry.kind;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    if (kind === "town" && (PROVINCE_AFTER.test(after) || PROVINCE_BEFORE.test(before))) {
      name = `${name} province`;
      kind = "province";
      if (PROVINCE_AFTER.test(after)) end += PROVINCE_AFTER.exec(after)?.[0].length ?? 0;
    } else {
      const dir = DIRECTION_BEFORE.exec(before);
      if (dir?.[1] && kind === "town") {
        const d = dir[1].toLowerCase();
        const adjective = d.endsWith("ern") || d === "rural" || d === "central" ? d : `${d}ern`;
        name = `${adjective} ${name}`;
        start -= dir[0].length;
      }
    }
    const reference = REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    out.push({ name, kind, start, end, reference });
  }
  for (const m of text.matchAll(REGIONS)) {
    const dir = (m[1] ?? m[2] ?? "").toLowerCase().replace("-", "");
    out.push({ name: `${dir} Syria`, kind: "region", start: m.index, end: m.index + m[0].length, reference: false });
  }
  for (const m of text.matchAll(DEMONYM_TERRITORY)) {
    const country = COUNTRY_OF_DEMONYM[(m[1] ?? "").toLowerCase()];
    if (country)
      out.push({ name: country, kind: "country", start: m.index, end: m.index + m[0].length, reference: false });
  }
  // "northwestern Syria" is one place, not also "Syria"
  const kept = out.filter(
    (p) => !out.some((q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start),
  );
  return kept.sort((x, y) => x.start - y.start);
}

/**
 * The place a count belongs to: the named place (not a reference point like
 * "near Homs") nearest to `at`, within [from, to). Given the sentence's
 * `text`, a place past a comma after the count is the next item's, taken only
 * when there is no other.
 */
export function pickPlace(
  places: readonly PlaceMention[],
  at: number,
  from = 0,
  to = Number.POSITIVE_INFINITY,
  text?: string,
): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const p of places) {
    if (p.reference || p.start < from || p.end > to || p.name === "Syria") continue;
    // ("Idleb governorate alone accounted for 386,900 of them, Ar-Raqqa for 295,823": a place past a comma after the
    // count is the next item's, farther than any before it)
    const past = text !== undefined && p.start > at && pastAComma(text, at, p.start) ? PAST_A_COMMA : 0;
    const d = (p.end <= at ? at - p.end : Math.max(0, p.start - at)) + past;
    if (d < bestDistance) {
      best = p;
      bestDistance = d;
    }
  }
  return best;
}

const PAST_A_COMMA = 1000;

/**
 * Whether a comma or semicolon parts the count at `at` from a place at `end`: not one inside a number, one closing
 * the count set off between commas ("the largest number, 92,812, from Deir Ezzor"), or one going on with its people
 * ("executed 47 ISIL members, most of them in Idlib province").
 */
function pastAComma(text: string, at: number, end: number): boolean {
  let between = text.slice(at, end);
  if (/,\s$/.test(text.slice(Math.max(0, at - 2), at)))
    between = between.replace(/^[\d.,]*\d(?:\s+(?:million|thousand))?,\s/, "");
  return /[,;]\s(?!(?:most|many|all|some|nearly all|almost all|mostly|the majority|the bulk)\b)/.test(between);
}

/** The place an earlier sentence is about: its most specific Syrian place, else any place it names. */
export function mainPlace(places: readonly PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  for (const p of places) {
    if (p.name === "Syria") continue;
    const score = RANK[p.kind] + (p.reference ? 0.5 : 0);
    const bestScore = best ? RANK[best.kind] + (best.reference ? 0.5 : 0) : Number.POSITIVE_INFINITY;
    if (score < bestScore) best = p;
  }
  return best;
}

export const NATIONAL_CUES =
  /\b(?:across|throughout|all over|around) (?:the country|syria)\b|\bnationwide\b|\bcountry-?wide\b|\bnational (?:death )?toll\b|\bin syria as a whole\b|\bacross the nation\b/;
export const INSIDE_COUNTRY = /\b(?:within|inside|in) (?:the country|syria)\b/;

/** Local Syrian places (not neighbours, not "Syria" itself) in a span. */
export function hasLocalPlace(places: readonly PlaceMention[], from = 0, to = Number.POSITIVE_INFINITY): boolean {
  return places.some((p) => !p.reference && p.start >= from && p.end <= to && p.kind !== "country");
}
