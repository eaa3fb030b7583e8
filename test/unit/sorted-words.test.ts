import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SortedWords } from "../../src/text/sorted-words.js";

const dir = mkdtempSync(join(tmpdir(), "cis-words-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function list(words: string[]): string {
  const file = join(dir, `${words.length}-${words[0]}.txt`);
  writeFileSync(file, `${[...words].sort().join("\n")}\n`);
  return file;
}

describe("a Cyrillic word list held one byte a letter", () => {
  const words = ["Абакан", "а", "абажур", "бондарев", "ф-1", "щит", "яблоко", "ящик", "c-300"];
  const packed = SortedWords.loadCyrillic(list(words));
  const plain = SortedWords.load(list(words));

  it("finds every word it holds and no other, as the plain list does", () => {
    for (const word of [...words, "аба", "ящики", "я", "Ящик", "bondarev", ""]) {
      expect(packed.has(word), word).toBe(plain.has(word));
    }
    expect(packed.has("щит")).toBe(true);
  });

  it("finds the first word of a list that opens with an empty line, as the Russian dictionary does", () => {
    const opening = SortedWords.loadCyrillic(list(["", "а", "абажур"]));
    expect(opening.has("а")).toBe(true);
    expect(opening.has("аб")).toBe(false);
    expect(SortedWords.load(list(["", "a", "ab"])).has("a")).toBe(true);
  });

  it("lists the words that start with a prefix, written as they were", () => {
    expect([...packed.startingWith("аба")]).toEqual(["абажур"]);
    expect([...packed.startingWith("я")]).toEqual(["яблоко", "ящик"]);
    expect([...packed.startingWith("ф")]).toEqual(["ф-1"]);
  });

  it("holds no letter outside А–я: a Latin é is not the й it would be packed as", () => {
    expect(packed.has("é")).toBe(false);
    expect([...packed.startingWith("é")]).toEqual([]);
  });

  it("refuses a file with a letter it cannot pack", () => {
    expect(() => SortedWords.loadCyrillic(list(["ёлка"]))).toThrow(/outside А–я at byte 0/);
  });
});
