import type { Entity, Fact, Knowledge, Relation } from "../src/knowledge/schema.js";
import { pick, type Random, seededRandom, syllables } from "./generate-knowledge.js";

/**
 * Questions built from a knowledge file itself, in the proportions a busy channel might send them:
 * names and aliases (some mistyped), "who supplies X" and "what does X get", "who is X", the other
 * relations, names the knowledge does not have, junk, 5,000-character pastes and emoji. The same
 * knowledge and seed always give the same questions.
 */

export type QuestionKind =
  | "name"
  | "alias"
  | "typo"
  | "who-supplies"
  | "what-gets"
  | "what-supplies"
  | "who-is"
  | "fact-question"
  | "other-relation"
  | "unknown"
  | "junk"
  | "long"
  | "emoji";

export interface Question {
  kind: QuestionKind;
  text: string;
}

/** Out of every 100 questions. */
const SHARES: Record<QuestionKind, number> = {
  name: 8,
  alias: 7,
  typo: 12,
  "who-supplies": 12,
  "what-gets": 12,
  "what-supplies": 6,
  "who-is": 8,
  "fact-question": 6,
  "other-relation": 7,
  unknown: 8,
  junk: 6,
  long: 4,
  emoji: 4,
};

export const LONG_QUESTION_CHARS = 5000;

/** Places and bodies no knowledge of this project holds: the engine must say so, not guess. */
const OUTSIDE = ["NATO", "Uzbekistan", "Japan", "the European Union", "Brazil", "Turkmenistan", "Canada"];

const FILLER_WORDS =
  "please could you tell me quickly about the report and what it says regarding this matter today".split(" ");

const EMOJI = ["🚀", "🔥", "🤔", "👍", "🇷🇺", "👨‍✈️", "🛡️", "✈️", "😂", "🙏🏽"];

interface Parts {
  random: Random;
  entities: readonly Entity[];
  facts: readonly Fact[];
  supplies: readonly Fact[];
  relations: ReadonlyMap<string, Relation>;
  byId: ReadonlyMap<string, Entity>;
}

export function buildWorkload(knowledge: Knowledge, size: number, seed = 7): Question[] {
  const parts: Parts = {
    random: seededRandom(seed),
    entities: knowledge.entities,
    facts: knowledge.facts,
    supplies: knowledge.facts.filter((f) => f.relation === "supplies" && f.object.length > 0),
    relations: new Map(knowledge.relations.map((r) => [r.id, r])),
    byId: new Map(knowledge.entities.map((e) => [e.id, e])),
  };
  const makers: Record<QuestionKind, (p: Parts) => string> = {
    name: nameQuestion,
    alias: aliasQuestion,
    typo: typoQuestion,
    "who-supplies": whoSupplies,
    "what-gets": whatGets,
    "what-supplies": whatSupplies,
    "who-is": whoIs,
    "fact-question": (p) => pick(p.random, p.facts).question,
    "other-relation": otherRelation,
    unknown: unknownQuestion,
    junk: junkQuestion,
    long: longQuestion,
    emoji: emojiQuestion,
  };
  // Whole shares first, then the questions interleaved, so any prefix of the list has every kind.
  const kinds = Object.keys(SHARES) as QuestionKind[];
  const counts = kinds.map((k) => Math.max(1, Math.round((SHARES[k] / 100) * size)));
  const lists = kinds.map((kind, i) =>
    Array.from({ length: counts[i] ?? 0 }, (): Question => ({ kind, text: makers[kind](parts) })),
  );
  const total = lists.reduce((n, l) => n + l.length, 0);
  const out: Question[] = [];
  for (let round = 0; out.length < total; round++) {
    for (const list of lists) {
      const q = list[round];
      if (q) out.push(q);
    }
  }
  return out;
}

/** Questions in the form people type them: sometimes lower-case, sometimes without the question mark. */
function casual(random: Random, text: string): string {
  let out = text;
  if (random() < 0.3) out = out.toLowerCase();
  if (random() < 0.3) out = out.replace(/\?$/, "");
  return out;
}

function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

function nameQuestion(p: Parts): string {
  const { name } = pick(p.random, p.entities);
  return casual(p.random, pick(p.random, [name, `${name}?`, `Tell me about ${name}`, `What about ${name}?`]));
}

function aliasQuestion(p: Parts): string {
  const entity = pick(p.random, p.entities);
  const alias = entity.aliases.length > 0 ? pick(p.random, entity.aliases) : entity.name;
  return casual(p.random, pick(p.random, [alias, `${alias}?`, `what about ${alias}`, `info on ${alias}`]));
}

/** One slip of the fingers in one long-enough word: a swap, a drop, a doubled or a wrong letter. */
export function misspell(random: Random, text: string): string {
  const words = text.split(" ");
  const long = words.map((w, i) => ({ w, i })).filter(({ w }) => /^[\p{L}]{6,}$/u.test(w));
  if (long.length === 0) return text;
  const { w, i } = pick(random, long);
  const at = 1 + Math.floor(random() * (w.length - 2));
  const [before, letter = "", next = "", after] = [w.slice(0, at), w[at], w[at + 1], w.slice(at + 2)];
  const wrong = pick(
    random,
    [..."aeiourstnlk"].filter((c) => c !== letter),
  );
  const typo = pick(random, [
    before + next + letter + after,
    before + next + after,
    before + letter + letter + next + after,
    before + wrong + next + after,
  ]);
  words[i] = typo;
  return words.join(" ");
}

function typoQuestion(p: Parts): string {
  const entity = pick(p.random, p.entities);
  const name = misspell(p.random, pick(p.random, namesOf(entity)));
  const supply = p.supplies.length > 0 ? pick(p.random, p.supplies) : undefined;
  const recipient = supply ? p.byId.get(supply.object[0] ?? "") : undefined;
  const templates = [name, `Tell me about ${name}`, `who is ${name}?`];
  if (recipient) templates.push(`who supplies ${misspell(p.random, recipient.name)}?`);
  if (recipient) templates.push(`What does ${misspell(p.random, recipient.name)} recieve?`);
  return casual(p.random, pick(p.random, templates));
}

/** "supply" → "supplies", "furnish" → "furnishes", "work out" → "works out". */
export function thirdPerson(verb: string): string {
  const [head = "", ...rest] = verb.split(" ");
  const conjugated = /[^aeiou]y$/.test(head)
    ? `${head.slice(0, -1)}ies`
    : /(s|sh|ch|x|z|o)$/.test(head)
      ? `${head}es`
      : `${head}s`;
  return [conjugated, ...rest].join(" ");
}

function verbOf(p: Parts, relation: string, kind: "verbs" | "inverseVerbs", fallback: string): string {
  const words = p.relations.get(relation)?.[kind] ?? [];
  return words.length > 0 ? pick(p.random, words) : fallback;
}

function nameOf(p: Parts, id: string | undefined): string {
  const entity = p.byId.get(id ?? "");
  if (!entity) return "it";
  return pick(p.random, namesOf(entity));
}

function whoSupplies(p: Parts): string {
  if (p.supplies.length === 0) return unknownQuestion(p);
  const fact = pick(p.random, p.supplies);
  const recipient = nameOf(p, pick(p.random, fact.object));
  const verb = thirdPerson(verbOf(p, "supplies", "verbs", "supply"));
  const equipment = fact.mentions.find((id) => p.byId.get(id)?.type === "equipment");
  const item = equipment ? nameOf(p, equipment) : undefined;
  const templates = [`Who ${verb} ${recipient}?`, `Which country ${verb} ${recipient}?`];
  if (item) templates.push(`Who ${verb} ${item} to ${recipient}?`);
  templates.push(`Who is the supplier of ${recipient}?`);
  return casual(p.random, pick(p.random, templates));
}

function whatGets(p: Parts): string {
  if (p.supplies.length === 0) return unknownQuestion(p);
  const fact = pick(p.random, p.supplies);
  const recipient = nameOf(p, pick(p.random, fact.object));
  const supplier = nameOf(p, fact.subject[0]);
  const verb = verbOf(p, "supplies", "inverseVerbs", "get");
  return casual(
    p.random,
    pick(p.random, [
      `What does ${recipient} ${verb}?`,
      `What does ${recipient} ${verb} from ${supplier}?`,
      `what did ${recipient} ${verb}`,
    ]),
  );
}

function whatSupplies(p: Parts): string {
  if (p.supplies.length === 0) return unknownQuestion(p);
  const fact = pick(p.random, p.supplies);
  const supplier = nameOf(p, fact.subject[0]);
  const recipient = nameOf(p, pick(p.random, fact.object));
  const verb = verbOf(p, "supplies", "verbs", "supply");
  return casual(
    p.random,
    pick(p.random, [`What does ${supplier} ${verb} to ${recipient}?`, `What does ${supplier} ${verb}?`]),
  );
}

function whoIs(p: Parts): string {
  const entity = pick(p.random, p.entities);
  const name = pick(p.random, namesOf(entity));
  const templates =
    entity.type === "person"
      ? [`Who is ${name}?`, `who's ${name}`]
      : [`What is ${name}?`, `What does ${name} stand for?`];
  return casual(p.random, pick(p.random, templates));
}

/** A fact of another relation than supplies, asked from one side or the other with its own words. */
function otherRelation(p: Parts): string {
  const others = p.facts.filter((f) => f.relation !== "supplies");
  if (others.length === 0) return whoIs(p);
  const fact = pick(p.random, others);
  const relation = p.relations.get(fact.relation);
  const verb = relation?.verbs.length ? pick(p.random, relation.verbs) : undefined;
  const noun = relation?.nouns.length ? pick(p.random, relation.nouns) : undefined;
  const subject = nameOf(p, fact.subject[0]);
  const object = fact.object[0] ? nameOf(p, fact.object[0]) : undefined;
  const templates: string[] = [];
  if (verb && object) templates.push(`Who ${thirdPerson(verb)} ${object}?`, `What does ${subject} ${verb}?`);
  if (verb && !object) templates.push(`What did ${subject} ${verb}?`);
  if (noun) templates.push(`Who is the ${noun} of ${object ?? subject}?`);
  if (templates.length === 0)
    templates.push(`What about ${subject} and ${relation?.label ?? fact.relation}?`);
  return casual(p.random, pick(p.random, templates));
}

function unknownQuestion(p: Parts): string {
  const madeUp = `${syllables(p.random, 3)}${pick(p.random, ["ia", "stan", "ov"])}`;
  const name = p.random() < 0.6 ? madeUp.charAt(0).toUpperCase() + madeUp.slice(1) : pick(p.random, OUTSIDE);
  return casual(
    p.random,
    pick(p.random, [
      `Who supplies ${name}?`,
      `What does ${name} get?`,
      `Who is ${name}?`,
      `Tell me about ${name}`,
      `Does ${name} receive missiles?`,
    ]),
  );
}

function junkQuestion(p: Parts): string {
  const { random } = p;
  const mash = (n: number, alphabet: string) =>
    Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  return pick(random, [
    "",
    "   ",
    "?",
    "!!!???...",
    mash(12, "asdfghjkl"),
    mash(30, "qwertyuiopasdfghjklzxcvbnm "),
    mash(20, "0123456789-+*/=%"),
    mash(16, "абвгдежзийклмнопрст"),
    mash(10, "的一是不了人我在有他这中大来上"),
    `<@${mash(18, "0123456789")}> ${mash(8, "abcdefgh")}`,
    `https://example.com/${mash(10, "abcdefghijk")}`,
    "SELECT * FROM facts; --",
    "\u0000\u0007\u001b[31m\ud800",
  ]);
}

/** 5,000 characters: a question buried in filler, a name over and over, or one endless word. */
function longQuestion(p: Parts): string {
  const { random } = p;
  const fill = (seed: string) => {
    const words = [seed];
    while (words.join(" ").length < LONG_QUESTION_CHARS) words.push(pick(random, FILLER_WORDS));
    return words.join(" ").slice(0, LONG_QUESTION_CHARS);
  };
  const entity = pick(random, p.entities);
  switch (Math.floor(random() * 4)) {
    case 0:
      return fill(whoSupplies(p));
    case 1:
      return `${entity.name} `.repeat(LONG_QUESTION_CHARS).slice(0, LONG_QUESTION_CHARS);
    case 2:
      return "a".repeat(LONG_QUESTION_CHARS);
    default:
      return fill(misspell(random, `Tell me everything about ${entity.name}`));
  }
}

function emojiQuestion(p: Parts): string {
  const { random } = p;
  const emoji = () => pick(random, EMOJI);
  const entity = pick(random, p.entities);
  return pick(random, [
    `${emoji()} ${whoSupplies(p)} ${emoji()}${emoji()}`,
    `${emoji()}${emoji()}${emoji()}`,
    `${entity.name} ${emoji()}?`,
    `who is ${emoji()}${entity.name}${emoji()}`,
    `${emoji()} what does ${nameOf(p, entity.id)} get ${emoji()}`,
  ]);
}
