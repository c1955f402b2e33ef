import { describe, expect, it } from "vitest";
import { findNumberMentions } from "./numbers";
import { tokenize } from "./tokens";

function read(text: string) {
  return findNumberMentions(tokenize(text)).map((m) => ({ value: m.value, high: m.high, vague: m.vague }));
}
const values = (text: string): number[] => read(text).map((m) => m.value);

describe("number parsing", () => {
  it("reads digits with separators and decimals with scale words", () => {
    expect(values("about 7,500 dead")).toEqual([7500]);
    expect(values("some 1.5 million people")).toEqual([1_500_000]);
    expect(values("a total of 4,013,000 registered")).toEqual([4_013_000]);
    expect(values("3.6m refugees")).toEqual([3_600_000]);
    expect(values("10 thousand residents")).toEqual([10_000]);
  });

  it("reads numbers written as words", () => {
    expect(values("eight soldiers")).toEqual([8]);
    expect(values("Forty-nine bodies")).toEqual([49]);
    expect(values("a million people")).toEqual([1_000_000]);
    expect(values("three million Syrians")).toEqual([3_000_000]);
    expect(values("two hundred and fifty families")).toEqual([250]);
    expect(values("half a million refugees")).toEqual([500_000]);
    expect(values("some one and a half million people")).toEqual([1_500_000]);
    expect(values("a further four and a quarter million people")).toEqual([4_250_000]);
    expect(values("six and a half million displaced and two and a half thousand wounded")).toEqual([6_500_000, 2_500]);
    expect(values("a dozen wounded")).toEqual([12]);
    expect(values("two dozen bodies")).toEqual([24]);
    // "a" for "one" before a scale, with the rest of the number after it
    expect(values("a hundred and twenty civilians")).toEqual([120]);
    expect(values("a hundred and sixty thousand people")).toEqual([160_000]);
    expect(values("a thousand and forty bodies")).toEqual([1_040]);
    // a comma inside one number written out, but not before a share of it
    expect(values("a hundred and sixty-one thousand, eight hundred and thirteen people")).toEqual([161_813]);
    expect(values("two thousand, forty of them children")).toEqual([2_000, 40]);
    // decimals in words, before the scale they belong to
    expect(values("three point six million refugees")).toEqual([3_600_000]);
    expect(values("one point two five million people")).toEqual([1_250_000]);
    // a million and a count of thousands after it, but not a count of anything else
    expect(values("four million and thirteen thousand Syrians")).toEqual([4_013_000]);
    expect(values("two million and five hundred thousand people")).toEqual([2_500_000]);
    expect(values("two million and five people")).toEqual([2_000_000, 5]);
  });

  it("reads words of magnitude as vague floors", () => {
    expect(read("dozens of people")).toEqual([{ value: 24, high: null, vague: true }]);
    expect(values("hundreds died")).toEqual([200]);
    expect(values("several thousand fled")).toEqual([3000]);
    expect(values("tens of thousands fled")).toEqual([20_000]);
    expect(values("hundreds of thousands displaced")).toEqual([200_000]);
    expect(values("millions uprooted")).toEqual([2_000_000]);
    expect(values("thousands fled")).toEqual([2000]);
    expect(values("several hundred wounded")).toEqual([300]);
    expect(values("scores of victims")).toEqual([40]);
  });

  it("reads ranges with their upper end", () => {
    expect(read("2,000 to 3,000 people")).toEqual([{ value: 2000, high: 3000, vague: false }]);
    expect(read("between 50 and 60 people")).toEqual([{ value: 50, high: 60, vague: false }]);
    expect(read("five or six people")).toEqual([{ value: 5, high: 6, vague: false }]);
    expect(read("40-45 people")).toEqual([{ value: 40, high: 45, vague: false }]);
    expect(read("10 to 15 thousand people")).toEqual([{ value: 10_000, high: 15_000, vague: false }]);
    expect(read("between one thousand and two thousand people")).toEqual([{ value: 1000, high: 2000, vague: false }]);
    // (a one-word hedge on either end: "ran from around 75 to nearly 140"; not a change: "rose from around 75 to …")
    expect(read("estimates ran from around 75 to nearly 140 dead")).toEqual([{ value: 75, high: 140, vague: false }]);
    expect(read("between some 50 and about 60 people")).toEqual([{ value: 50, high: 60, vague: false }]);
    expect(values("the toll rose from around 75 to nearly 140")).toEqual([75, 140]);
    // "and" inside one number in words still joins it
    expect(values("one thousand and two people")).toEqual([1002]);
    expect(values("two hundred and fifty thousand people")).toEqual([250_000]);
  });

  it("reads no range from a day of a month to the number after it", () => {
    expect(read("raised its toll since Nov. 15 to 1,134 dead")).toEqual([
      { value: 15, high: null, vague: false },
      { value: 1134, high: null, vague: false },
    ]);
    expect(read("since they began on September 23 to 900 dead")).toEqual([
      { value: 23, high: null, vague: false },
      { value: 900, high: null, vague: false },
    ]);
    // (a modal "may" is no month)
    expect(read("may 15 to 20 people")).toEqual([{ value: 15, high: 20, vague: false }]);
  });

  it("does not read a change as a range, nor two coordinated counts as one", () => {
    expect(read("rose from 70 to 90")).toEqual([
      { value: 70, high: null, vague: false },
      { value: 90, high: null, vague: false },
    ]);
    expect(values("killing 12 and wounding 30")).toEqual([12, 30]);
  });

  it("is not fooled by words that look like table keys", () => {
    expect(values("the constructor of the dam")).toEqual([]);
  });

  it("reads 'hundred' opening a number in words without 'a' or 'one'", () => {
    expect(values("some hundred and twenty thousand people")).toEqual([120_000]);
    expect(values("some two hundred and twenty thousand people")).toEqual([220_000]);
    expect(values("hundreds of families")).toEqual([200]);
  });

  it("reads a parent and their children as one count", () => {
    expect(values("killed a man and his two daughters")).toEqual([3]);
    expect(values("a woman and her 4 children were killed")).toEqual([5]);
    expect(values("a man and a boy")).toEqual([1, 1]);
  });

  it("reads a fraction as no count, but a fraction of a million as a number", () => {
    expect(values("one third is displaced and two thirds of them are children")).toEqual([]);
    expect(values("three quarters of a million people")).toEqual([750_000]);
    // (its article taken by a hedge)
    expect(values("an estimated quarter of a million people")).toEqual([250_000]);
  });
});
