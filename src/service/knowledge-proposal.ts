import { stringify } from "yaml";
import type { Knowledge } from "../knowledge/schema.js";
import { english } from "../qa/lang/en.js";
import { russian } from "../qa/lang/ru.js";
import type { Engine } from "../qa/types.js";
import type { InsightsData } from "../storage/question-store.js";
import { normaliseText } from "../text/normalise.js";
import { dayLabel } from "./insights-report.js";
import { guessLanguage } from "./question-groups.js";

const LANGUAGES = { en: english, ru: russian } as const;

/** One group of unanswered questions, and what the knowledge could add to answer it. */
export interface Proposal {
  asked: number;
  examples: string[];
  /** The fact the engine ranked first for the group's example, with its relation and entities. */
  closest: { fact: string; relation: string; entities: string[]; score: number } | null;
  /** Words the questions used that the knowledge never does: the candidates to add. */
  missingWords: string[];
  /** Missing words one or two letters away from a name: likely misspellings to add as aliases. */
  aliasCandidates: { entity: string; words: string[] }[];
}

/**
 * For each group of unanswered questions: the fact, relation and entities the engine found closest,
 * and the words people used that the knowledge lacks. A starting point for a moderator, never applied
 * on its own: each word may belong in a relation's verbs or nouns, an entity's aliases or keywords,
 * or a synonym group, and only a person can tell which.
 */
export function proposeKnowledge(data: InsightsData, knowledge: Knowledge, engine: Engine): Proposal[] {
  const vocabulary = knowledgeStems(knowledge);
  const names = nameWords(knowledge);
  return data.unanswered.map((group) => {
    const examples = group.examples.length > 0 ? group.examples : [group.example];
    const top = engine.explain(examples[0] ?? "").ranked[0];
    const fact = top ? knowledge.facts.find((f) => f.id === top.id) : undefined;
    const missing = new Set<string>();
    for (const example of examples) {
      const language = LANGUAGES[guessLanguage(example) as keyof typeof LANGUAGES] ?? english;
      for (const word of normaliseText(example).split(" ")) {
        if (!word || language.filler.has(word) || /^\d+$/.test(word)) continue;
        if (!vocabulary.has(language.stem(word))) missing.add(word);
      }
    }
    const aliasCandidates = new Map<string, Set<string>>();
    for (const word of missing) {
      for (const [name, entity] of names) {
        if (word.length >= 4 && withinTwoEdits(word, name)) {
          const words = aliasCandidates.get(entity) ?? new Set<string>();
          words.add(word);
          aliasCandidates.set(entity, words);
        }
      }
    }
    return {
      asked: group.count,
      examples,
      closest: fact
        ? {
            fact: fact.id,
            relation: fact.relation,
            entities: [...new Set([...fact.subject, ...fact.object])],
            score: Math.round((top?.score ?? 0) * 1000) / 1000,
          }
        : null,
      missingWords: [...missing],
      aliasCandidates: [...aliasCandidates].map(([entity, words]) => ({ entity, words: [...words] })),
    };
  });
}

/** The proposal as a YAML document a moderator reads, edits and merges by hand. */
export function proposalYaml(proposals: Proposal[], data: InsightsData, knowledgeFile: string): string {
  const header = [
    `# Proposed knowledge changes from ${proposals.length} group(s) of questions the article could not`,
    `# answer, ${dayLabel(data.fromDay)} to ${dayLabel(data.toDay)} (UTC). Nothing here is applied.`,
    "# For each group: the fact the engine found closest, and the words people used that the",
    `# knowledge lacks. Add the right ones to ${knowledgeFile} (a relation's verbs or nouns, an entity's`,
    "# aliases or keywords, a synonym group, or a new fact with its evidence), then run",
    "# `npm run check-knowledge` and /reload.",
  ].join("\n");
  const body = {
    generated: new Date().toISOString(),
    from: dayLabel(data.fromDay),
    to: dayLabel(data.toDay),
    proposals: proposals.map((p) => ({
      asked: p.asked,
      examples: p.examples,
      closest: p.closest,
      missing_words: p.missingWords,
      ...(p.closest && p.missingWords.length > 0
        ? { relation_words: { relation: p.closest.relation, candidates: p.missingWords } }
        : {}),
      ...(p.aliasCandidates.length > 0 ? { alias_candidates: p.aliasCandidates } : {}),
    })),
  };
  return `${header}\n${stringify(body, { lineWidth: 0 })}`;
}

/** Every stem the knowledge uses anywhere a question's word could match. */
function knowledgeStems(knowledge: Knowledge): Set<string> {
  const texts: string[] = [];
  for (const e of knowledge.entities) texts.push(e.name, ...e.aliases, ...e.keywords, e.description);
  for (const r of knowledge.relations) texts.push(r.label, ...r.verbs, ...r.inverseVerbs, ...r.nouns);
  for (const f of knowledge.facts) {
    texts.push(f.answer, f.question, ...f.keywords, f.detail ?? "", f.when ?? "", f.where ?? "", f.why ?? "");
  }
  for (const group of knowledge.synonyms) texts.push(...group);
  const stems = new Set<string>();
  for (const text of texts) {
    for (const word of normaliseText(text).split(" ")) {
      if (!word) continue;
      stems.add(english.stem(word));
      stems.add(russian.stem(word));
    }
  }
  return stems;
}

/** Single words of names and aliases → their entity. */
function nameWords(knowledge: Knowledge): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of knowledge.entities) {
    for (const name of [e.name, ...e.aliases]) {
      for (const word of normaliseText(name).split(" ")) if (word.length >= 4) out.set(word, e.id);
    }
  }
  return out;
}

function withinTwoEdits(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return (previous[b.length] ?? 99) <= 2;
}
