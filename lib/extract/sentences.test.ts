import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, splitParagraphs, splitSentences } from "./sentences";

describe("sentence splitting", () => {
  it("keeps abbreviations and initials inside a sentence", () => {
    const text =
      "The U.N. Security Council met on Feb. 3 in New York. Gen. Ali Mayhoub spoke later. Steve A. Goose said nothing.";
    expect(splitSentences(text)).toEqual([
      "The U.N. Security Council met on Feb. 3 in New York.",
      "Gen. Ali Mayhoub spoke later.",
      "Steve A. Goose said nothing.",
    ]);
  });

  it("treats lines without a full stop as sentences of their own", () => {
    expect(splitSentences("Shelling hits Aleppo\n\nAt least 12 people died. Rescuers dug for hours.")).toEqual([
      "Shelling hits Aleppo",
      "At least 12 people died.",
      "Rescuers dug for hours.",
    ]);
  });

  it("reads a numbered line as a line of a list, its number no sentence of its own", () => {
    expect(splitSentences("The toll by party:\n1. Civilians: 1,528.\n2. Syrian government forces: 1,503.")).toEqual([
      "The toll by party:",
      "- Civilians: 1,528.",
      "- Syrian government forces: 1,503.",
    ]);
  });

  it("keeps a label and its number together across dot leaders, but ends a sentence at an ellipsis", () => {
    expect(splitSentences("Jordan ........ 142,664\nThey waited... Then the gate opened.")).toEqual([
      "Jordan ........ 142,664",
      "They waited...",
      "Then the gate opened.",
    ]);
  });

  it("joins hard-wrapped lines that continue in lower case", () => {
    expect(splitSentences("Rebels said 30 people\nwere killed in the raid.\nTroops withdrew.")).toEqual([
      "Rebels said 30 people were killed in the raid.",
      "Troops withdrew.",
    ]);
  });

  it("ends a sentence after a closing quote", () => {
    expect(splitSentences('He said "we will stay." The army advanced.')).toEqual([
      'He said "we will stay."',
      "The army advanced.",
    ]);
  });
});

describe("a run with no sentence end", () => {
  it("is read in pieces of bounded length, cut at spaces, losing no word", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const pieces = splitSentences(words.join(" "));
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(" ").split(" ")).toEqual(words);
  });

  it("leaves ordinary sentences whole", () => {
    const sentence = `${"word ".repeat(150)}end.`;
    expect(splitSentences(sentence)).toEqual([sentence]);
  });

  it("numbers paragraphs by their blank lines, or by lines where a text has none", () => {
    expect(
      splitParagraphs("Shelling hits Aleppo\n\nAt least 12 died. Rescuers dug.\nThe count:\n\n- Aleppo: 12"),
    ).toEqual({
      sentences: ["Shelling hits Aleppo", "At least 12 died.", "Rescuers dug.", "The count:", "- Aleppo: 12"],
      paragraphs: [0, 1, 1, 1, 2],
    });
    // a hard-wrapped line goes on in its paragraph
    expect(splitParagraphs("At least 12 people\ndied. Rescuers dug.\n\nSchools shut.").paragraphs).toEqual([0, 0, 1]);
    expect(splitParagraphs("Shelling hits Aleppo\nAt least 12 died. Rescuers dug.\nSchools shut.").paragraphs).toEqual([
      0, 1, 1, 2,
    ]);
  });
});
