import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadKnowledgeFile, parseKnowledge } from "../../src/knowledge/load.js";
import { knowledgeFileSchema, REQUIRED_FIELDS } from "../../src/knowledge/schema.js";
import {
  editedKnowledge,
  KNOWLEDGE_FILE,
  KNOWLEDGE_TEXT,
  type KnowledgeData,
  parseWithArticle,
} from "../support/knowledge.js";

async function errorsOf(yamlText: string, article?: string) {
  const result = await parseWithArticle(yamlText, article);
  if (result.ok) throw new Error("expected the knowledge to be refused");
  return result.errors;
}

describe("loading the project's knowledge file", () => {
  it("accepts it and keeps the article it cites", async () => {
    const result = await loadKnowledgeFile(KNOWLEDGE_FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.knowledge.facts.length).toBeGreaterThanOrEqual(20);
    expect(result.knowledge.articleText).toContain("Col. Gen. Viktor Bondarev");
    expect(result.knowledge.source).toBe(KNOWLEDGE_FILE);
  });

  it("covers each of the five recipients with a supply fact", async () => {
    const result = await loadKnowledgeFile(KNOWLEDGE_FILE);
    if (!result.ok) throw new Error("knowledge refused");
    const recipients = result.knowledge.facts
      .filter((f) => f.relation === "supplies")
      .flatMap((f) => f.object);
    for (const country of ["kazakhstan", "kyrgyzstan", "tajikistan", "armenia", "belarus"]) {
      expect(recipients).toContain(country);
    }
  });

  it("says so when the file does not exist", async () => {
    const result = await loadKnowledgeFile("/nonexistent/knowledge.yaml");
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          where: "knowledge.yaml",
          message: "cannot read the knowledge file: no such file",
          detail: expect.stringContaining("/nonexistent/knowledge.yaml"),
        },
      ],
    });
  });
});

describe("refusing broken knowledge files, each problem named with where it is", () => {
  it("bad YAML, with its line", async () => {
    const errors = await errorsOf(`${KNOWLEDGE_TEXT}\nfacts: [unclosed\n`);
    expect(errors[0]?.where).toMatch(/^line \d+, column \d+$/);
    expect(errors[0]?.message).toMatch(/^not valid YAML/);
  });

  it("a key written twice", async () => {
    const errors = await errorsOf(KNOWLEDGE_TEXT.replace("version: 1\n", "version: 1\nversion: 1\n"));
    expect(errors[0]?.message).toMatch(/not valid YAML: .*unique/i);
  });

  it("an empty file", async () => {
    const errors = await errorsOf("");
    expect(errors[0]?.where).toBe("(top level)");
  });

  it("a wrong version", async () => {
    const errors = await errorsOf(KNOWLEDGE_TEXT.replace("version: 1\n", "version: 2\n"));
    expect(errors).toEqual([{ where: "version (line 8)", message: "the only knowledge file version is 1" }]);
  });

  it("a missing field, reported at the fact that lacks it", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        delete k.facts[2].answer;
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toMatch(/^facts\[2\]\.answer \(line \d+\)$/);
  });

  it("a missing field, told as missing and with what it is for", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        delete k.article.publisher;
        delete k.entities[1].type;
        delete k.facts[3].question;
      }),
    );
    expect(errors.map((e) => e.message)).toEqual([
      "article.publisher is missing: the publisher's name, shown as the article's source",
      expect.stringMatching(
        /^entities\[1\]\.type is missing: the entity's kind, by which \/topics groups it/,
      ),
      expect.stringMatching(/^facts\[3\]\.question is missing: a question this fact answers/),
    ]);
    expect(errors.map((e) => e.message).join(" ")).not.toMatch(/received undefined/);
  });

  it("has what every required field is for", () => {
    const missing: string[] = [];
    const walk = (schema: z.ZodType, path: string) => {
      let inner: z.ZodType = schema;
      while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault)
        inner = inner.unwrap() as z.ZodType;
      if (inner instanceof z.ZodArray) return walk(inner.element as z.ZodType, `${path}[]`);
      if (!(inner instanceof z.ZodObject)) return;
      for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        const at = path ? `${path}.${key}` : key;
        if (!field.safeParse(undefined).success && REQUIRED_FIELDS[at] === undefined) missing.push(at);
        walk(field, at);
      }
    };
    walk(knowledgeFileSchema, "");
    expect(missing).toEqual([]);
  });

  it("a field of the wrong type", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.entities[0].aliases = "Russian Federation";
      }),
    );
    expect(errors[0]?.where).toMatch(/^entities\[0\]\.aliases/);
    expect(errors[0]?.message).toMatch(/array/i);
  });

  it("a field the schema does not know (a typo of a field name)", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].evidense = k.facts[0].evidence;
      }),
    );
    expect(errors[0]?.where).toMatch(/^facts\[0\]/);
    expect(errors[0]?.message).toMatch(/evidense/);
  });

  it("an id that is not lower-case words joined by hyphens", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[1].id = "Supply Kyrgyzstan";
      }),
    );
    expect(errors[0]?.where).toMatch(/^facts\[1\]\.id/);
    expect(errors[0]?.message).toMatch(/lower-case words joined by hyphens/);
  });

  it("a reference to an entity that does not exist", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].object = ["uzbekistan"];
      }),
    );
    expect(errors).toEqual([
      {
        where: expect.stringMatching(/^facts\[0\]\.object\[0\] \(line \d+\)$/),
        message: "unknown entity 'uzbekistan'",
      },
    ]);
  });

  it("a reference to a relation that does not exist", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].relation = "sells";
      }),
    );
    expect(errors[0]?.where).toMatch(/^facts\[0\]\.relation/);
    expect(errors[0]?.message).toMatch(/^unknown relation 'sells'/);
  });

  it("evidence that is not in the article", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].evidence = "the supply of nuclear submarines to Kazakhstan";
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toMatch(/^facts\[0\]\.evidence \(line \d+\)$/);
    expect(errors[0]?.message).toMatch(/^evidence not found in the article/);
  });

  it("evidence checked against the article actually cited", async () => {
    const errors = await errorsOf(KNOWLEDGE_TEXT, "A different article altogether.");
    expect(errors.length).toBeGreaterThan(20);
    expect(errors.every((e) => e.message.startsWith("evidence not found"))).toBe(true);
  });

  it("an empty time, place, figure or reason", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].when = "";
      }),
    );
    expect(errors[0]?.where).toMatch(/^facts\[0\]\.when/);
    expect(errors[0]?.message).toBe("must not be empty");
  });

  it("an id used twice", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[1].id = k.facts[0].id;
      }),
    );
    expect(errors[0]?.where).toMatch(/^facts\[1\]\.id/);
    expect(errors[0]?.message).toMatch(/^duplicate id 'supply-kazakhstan' \(already used at facts\.0\.id\)/);
  });

  it("an alias that names two entities", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.entities[1].aliases.push("Kyrgyz Republic");
      }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /alias collision: 'Kyrgyz Republic' and 'Kyrgyz Republic' of entity 'kazakhstan' are one name/,
    );
  });

  it("names both words when two aliases stem alike", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.entities[1].aliases.push("Kyrgyzstans");
      }),
    );
    expect(errors[0]?.message).toMatch(/'Kyrgyzstan' and 'Kyrgyzstans' of entity 'kazakhstan'/);
  });

  it("a question word given to two relations", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.relations[1].verbs.push("deliver");
      }),
    );
    expect(errors[0]?.where).toMatch(/^relations\[1\]\.verbs/);
    expect(errors[0]?.message).toBe("'deliver' is already a word of relation 'supplies'");
  });

  it("a noun of one relation that is a verb of another", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.relations[1].nouns.push("delivery");
      }),
    );
    expect(errors[0]?.message).toBe("'delivery' is already a word of relation 'supplies'");
  });

  it("a related relation that does not exist", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.relations[0].related = ["sells"];
      }),
    );
    expect(errors[0]?.where).toMatch(/^relations\[0\]\.related\[0\]/);
    expect(errors[0]?.message).toBe("'sells' is not another relation of this file");
  });

  it("a word in two synonym groups", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.synonyms[0].push("armoured");
      }),
    );
    // "Armoured" is "armored" spelled the British way: the later group's word is the one named.
    expect(errors[0]?.message).toMatch(/'armou?red' is already in synonym group/);
  });

  it("an article that cannot be read", async () => {
    const missing = Object.assign(new Error("gone"), { code: "ENOENT" });
    const result = await parseKnowledge(KNOWLEDGE_TEXT, () => Promise.reject(missing), "<test>");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/cannot read the article .*: no such file/);
  });

  it("an article path that leaves the knowledge folder", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.article.file = "../../etc/passwd";
      }),
    );
    expect(errors[0]?.where).toMatch(/^article\.file/);
    expect(errors[0]?.message).toMatch(/inside the knowledge file's folder/);
  });

  it("reports every problem at once, not only the first", async () => {
    const errors = await errorsOf(
      editedKnowledge((k) => {
        k.facts[0].object = ["nowhere"];
        k.facts[3].evidence = "not in the article";
        k.facts[4].id = k.facts[5].id;
      }),
    );
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });

  it("reads the article beside the file on disk", async () => {
    const folder = await mkdtemp(join(tmpdir(), "knowledge-"));
    await writeFile(join(folder, "k.yaml"), KNOWLEDGE_TEXT);
    const result = await loadKnowledgeFile(join(folder, "k.yaml"));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(/cannot read the article 'cis-air-defense-article.txt'/);
  });
});

describe("warnings that do not stop a file from loading", () => {
  it("an alias that is an ordinary English word, or stems like one", async () => {
    const result = await parseWithArticle(
      editedKnowledge((k) => {
        k.entities[0].aliases.push("US", "Dos", "Ames");
      }),
    );
    expect(result.ok).toBe(true);
    const messages = result.ok ? (result.warnings?.() ?? []).map((w) => `${w.where}: ${w.message}`) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        // One warning for the entity, naming each such alias.
        expect.stringMatching(
          /^entities\[0\]\.aliases\[\d+\].*aliases 'US', 'Dos' are ordinary English words.*Keep each only if/,
        ),
      ]),
    );
    // "Ames" stems to "am", but the word "am" stems to "be": no question's word meets it.
    expect(messages.some((m) => m.includes("'Ames'"))).toBe(false);
  });
});

describe("warnings of words that stem like other words", () => {
  const messagesOf = async (edit: (k: KnowledgeData) => void) => {
    const result = await parseWithArticle(editedKnowledge(edit));
    expect(result.ok).toBe(true);
    return result.ok ? (result.warnings?.() ?? []).map((w) => `${w.where}: ${w.message}`) : [];
  };

  it("a relation word, keyword or synonym that stems like a grammar word, naming both and the place", async () => {
    const messages = await messagesOf((k) => {
      k.relations[0].nouns.push("use");
      k.facts[0].keywords = [...(k.facts[0].keywords ?? []), "use"];
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^relations\[0\]\.nouns\[\d+\] \(line \d+\): relation word 'use' stems like the grammar word 'us' .*'supplies'/,
        ),
      ]),
    );
    // A question's "us" is skipped before keywords and synonyms are compared: only a relation word meets it.
    expect(messages.some((m) => m.startsWith("facts[0].keywords"))).toBe(false);
    // Forms of one word share their stem as they should: "regards" is "regard", "got" is "get".
    const forms = await messagesOf((k) => {
      k.relations[0].nouns.push("regards");
    });
    expect(forms.some((m) => m.includes("grammar word"))).toBe(false);
  });

  it("a word of a long name that stems like the noun of whoever does it", async () => {
    const messages = await messagesOf((k) => {
      k.entities[0].aliases.push("Federal Administration of Russia");
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^entities\[0\]\.aliases\[\d+\] \(line \d+\): 'Federal Administration of Russia': its word 'administration' stems like 'administrator', 'administrators'.*under 'outside'/,
        ),
      ]),
    );
    // "Nation" beside "national" names the same thing: not reported.
    const same = await messagesOf((k) => {
      k.entities[0].aliases.push("National Republic of Russia");
    });
    expect(same.some((m) => m.includes("National Republic"))).toBe(false);
  });

  it("a keyword asking what a name stands for where no name of the entity spells another out", async () => {
    const messages = await messagesOf((k) => {
      const kyrgyzstan = k.entities.findIndex((e: { id: string }) => e.id === "kyrgyzstan");
      k.entities[kyrgyzstan].keywords = ["stands", "abbreviation"];
      // The CSTO's names spell each other out: its keyword tells no lie.
      const csto = k.entities.findIndex((e: { id: string }) => e.id === "csto");
      k.entities[csto].keywords = ["stands"];
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^entities\[\d+\]\.keywords\[\d+\] \(line \d+\): keyword 'stands' asks what a name stands for, but no name of 'kyrgyzstan'/,
        ),
        expect.stringMatching(
          /keyword 'abbreviation' asks what a name stands for, but no name of 'kyrgyzstan'/,
        ),
      ]),
    );
    expect(messages.some((m) => m.includes("'csto'") && m.includes("stands for"))).toBe(false);
  });
});
