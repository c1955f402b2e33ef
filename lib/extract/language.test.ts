import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, MIN_LETTERS, readableLanguage } from "./language";

const fixtures = path.join(__dirname, "fixtures");
const englishReports = [
  "heldout",
  "heldout2",
  "heldout3",
  "heldout4",
  "heldout5",
  "heldout6",
  "heldout7",
  "heldout8",
  "heldout9",
  "heldout10",
  "heldout11",
  "heldout12",
  "heldout13",
  "heldout14",
  "heldout15",
  "heldout16",
].flatMap((set) =>
  fs
    .readdirSync(path.join(fixtures, set))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(fixtures, set, f)),
);

// Ours, one short paragraph in each language.
const OTHERS: [code: string, name: string, text: string][] = [
  [
    "ar",
    "Arabic",
    "قالت منظمة حقوقية إن أكثر من أربعين مدنياً قتلوا يوم الثلاثاء في غارات جوية على الأحياء الشرقية من مدينة حلب، وإن آلاف العائلات نزحت نحو الحدود التركية.",
  ],
  [
    "fr",
    "French",
    "Une organisation de surveillance a indiqué mardi que plus de quarante civils avaient péri dans des raids aériens sur l'est d'Alep, tandis que des milliers de familles partaient vers la frontière turque.",
  ],
  [
    "tr",
    "Turkish",
    "Bir insan hakları örgütü, salı günü Halep'in doğu mahallelerine düzenlenen hava saldırılarında kırktan fazla sivilin hayatını kaybettiğini ve binlerce ailenin Türkiye sınırına doğru göç ettiğini açıkladı.",
  ],
  [
    "ru",
    "Russian",
    "Правозащитная организация сообщила во вторник, что более сорока мирных жителей погибли при авиаударах по восточным кварталам Алеппо, а тысячи семей бежали к турецкой границе.",
  ],
];

describe("detectLanguage", () => {
  it("reads every English fixture report as English", () => {
    expect(englishReports.length).toBeGreaterThan(5);
    for (const file of englishReports) {
      expect([path.basename(file), detectLanguage(fs.readFileSync(file, "utf8")).code]).toEqual([
        path.basename(file),
        "en",
      ]);
    }
  });

  it.each(OTHERS)("names %s (%s)", (code, name, text) => {
    expect(detectLanguage(text)).toEqual({ code, name });
  });

  it("reads English with markup or a foreign name in it as English", () => {
    const markup = `<script>window.x = "script"</script><img src=x onerror="window.x = 'img'">`;
    expect(
      detectLanguage(`${markup}\n\nAt least 12 people were killed in Hama on Monday, ${markup} activists said.`).code,
    ).toBe("en");
  });

  it("does not guess on a line of Latin letters, but knows a script at any length", () => {
    const line = "Syria: 2,000 displaced";
    expect(line.replace(/[^a-z]/gi, "").length).toBeLessThan(MIN_LETTERS);
    expect(detectLanguage(line)).toEqual({ code: null, name: null });
    expect(detectLanguage("400 مدني قتلوا في حلب").code).not.toBe("en");
    expect(detectLanguage("400 مدني قتلوا في حلب").code).not.toBeNull();
  });
});

describe("readableLanguage", () => {
  const english = fs.readFileSync(englishReports[0]!, "utf8");

  it("gives en for English, and for a line too short to tell", () => {
    expect(readableLanguage(english)).toBe("en");
    expect(readableLanguage(english, "en")).toBe("en");
    expect(readableLanguage("Syria: 2,000 displaced")).toBe("en");
  });

  it("refuses another language, found or declared, in one line naming it", () => {
    expect(() => readableLanguage(OTHERS[0]![2])).toThrow("language: ar (Arabic); only English is read for now");
    expect(() => readableLanguage(english, "ar")).toThrow("language: ar; only English is read for now");
    // Declaring English does not make Arabic readable.
    expect(() => readableLanguage(OTHERS[0]![2], "en")).toThrow(/^language: ar \(Arabic\)/);
  });
});
