import { createTextFinder } from "../text/finder.js";
import { foldSpaces, normaliseText } from "../text/normalise.js";
import { shorten } from "../text/shorten.js";
import { stemPhrase } from "../text/stem.js";
import type { KnowledgeIssue } from "./issues.js";
import { relationWordLists } from "./relation-words.js";
import { type KnowledgeFile, TRANSLATED_LANGUAGES } from "./schema.js";
import { checkTranslations } from "./translations.js";
import type { PathKey } from "./yaml-source.js";

type Where = (path: readonly PathKey[]) => string;
/** The names an unquoted `[…]` item makes with a neighbour it was parted from by a comma. */
export type CommaJoined = (path: readonly PathKey[]) => string[];

/**
 * The checks a schema cannot make: ids are unique, references point at things that exist, evidence is
 * really in the article, and no name or question word means two different things.
 */
export function validateKnowledge(
  file: KnowledgeFile,
  articleText: string,
  where: Where,
  commaJoined: CommaJoined = () => [],
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const report = (path: PathKey[], message: string) => issues.push({ where: where(path), message });

  checkUniqueIds(file, report);
  checkReferences(file, report);
  checkEvidence(file, foldSpaces(articleText), report);
  checkAliases(file, report, commaJoined);
  checkRelationWords(file, report);
  checkSynonyms(file, report);
  checkTypes(file, report);
  checkTranslations(file, report);
  return issues;
}

type Report = (path: PathKey[], message: string) => void;

function checkUniqueIds(file: KnowledgeFile, report: Report): void {
  // Entities and facts share one namespace: an answer lists the ids it used, whichever kind they are.
  const seen = new Map<string, string>();
  const claim = (id: string, path: PathKey[]) => {
    const first = seen.get(id);
    if (first) report(path, `duplicate id '${id}' (already used at ${first})`);
    else seen.set(id, path.join("."));
  };
  file.entities.forEach((e, i) => {
    claim(e.id, ["entities", i, "id"]);
  });
  file.facts.forEach((f, i) => {
    claim(f.id, ["facts", i, "id"]);
  });
  const relations = new Set<string>();
  file.relations.forEach((r, i) => {
    if (relations.has(r.id)) report(["relations", i, "id"], `duplicate relation id '${r.id}'`);
    relations.add(r.id);
  });
}

function checkReferences(file: KnowledgeFile, report: Report): void {
  const entities = new Set(file.entities.map((e) => e.id));
  const relations = new Set(file.relations.map((r) => r.id));
  file.relations.forEach((relation, i) => {
    for (const field of ["related", "contrary"] as const) {
      relation[field].forEach((ref, j) => {
        if (!relations.has(ref) || ref === relation.id) {
          report(["relations", i, field, j], `'${ref}' is not another relation of this file`);
        }
      });
    }
  });
  file.facts.forEach((fact, i) => {
    // A count closes what the fact lists; a partial list leaves it open: the two contradict.
    if (fact.partial && fact.quantity !== undefined)
      report(["facts", i, "partial"], "a fact with a 'quantity' counts all it lists: it cannot be 'partial'");
    if (fact.partial && fact.object.length + fact.mentions.length === 0)
      report(["facts", i, "partial"], "'partial' marks a fact's lists as examples: this fact lists nothing");
    // A list of every party cannot also be examples, nor leave one open.
    if (fact.complete && (fact.partial || fact.leavesOpen))
      report(
        ["facts", i, "complete"],
        "a 'complete' fact lists every party: it cannot be 'partial' or 'leavesOpen'",
      );
    if (fact.complete && fact.subject.length + fact.object.length < 2)
      report(["facts", i, "complete"], "'complete' closes a list of parties: this fact lists fewer than two");
    if (!relations.has(fact.relation)) {
      report(
        ["facts", i, "relation"],
        `unknown relation '${fact.relation}' (known: ${[...relations].join(", ")})`,
      );
    }
    for (const role of ["subject", "object", "mentions"] as const) {
      fact[role].forEach((ref, j) => {
        if (!entities.has(ref)) report(["facts", i, role, j], `unknown entity '${ref}'`);
      });
    }
  });
}

function checkEvidence(file: KnowledgeFile, article: string, report: Report): void {
  const finder = createTextFinder(article);
  const check = (evidence: string, path: PathKey[]) => {
    if (finder.indexOf(foldSpaces(evidence)) < 0) {
      report(
        path,
        `evidence not found in the article: "${shorten(evidence, 80)}" (it must be copied exactly)`,
      );
    }
  };
  file.entities.forEach((e, i) => {
    check(e.evidence, ["entities", i, "evidence"]);
  });
  file.facts.forEach((f, i) => {
    check(f.evidence, ["facts", i, "evidence"]);
  });
}

function checkAliases(file: KnowledgeFile, report: Report, commaJoined: CommaJoined): void {
  const owner = new Map<string, { entity: string; name: string; path: PathKey[] }>();
  file.entities.forEach((entity, i) => {
    const names: [string, PathKey[]][] = [
      [entity.name, ["entities", i, "name"]],
      ...entity.aliases.map((a, j): [string, PathKey[]] => [a, ["entities", i, "aliases", j]]),
    ];
    for (const language of TRANSLATED_LANGUAGES) {
      const translated = entity[language];
      if (!translated) continue;
      names.push([translated.name, ["entities", i, language, "name"]]);
      translated.aliases.forEach((a, j) => {
        names.push([a, ["entities", i, language, "aliases", j]]);
      });
    }
    for (const [name, path] of names) {
      // Stemmed, as the engine compares them: 'SAM' and 'SAMs' are one name.
      const key = stemPhrase(name);
      if (key === "") {
        report(path, `the name '${name}' has no letters or digits`);
        continue;
      }
      const other = owner.get(key);
      if (other !== undefined && other.entity !== entity.id) {
        // "California State University, Chico" unquoted in a flow list is two names, one of them shared.
        const split = [...commaJoined(path), ...commaJoined(other.path)][0];
        const hint =
          split === undefined
            ? ""
            : `. In a [...] list a comma parts items, so '${split}' was read as two names: ` +
              `if it is one, quote it ("${split}") or write the list one item a line`;
        report(
          path,
          `alias collision: '${name}' and '${other.name}' of entity '${other.entity}' are one name to the engine${hint}`,
        );
      } else if (!other) owner.set(key, { entity: entity.id, name, path });
    }
  });
}

function checkRelationWords(file: KnowledgeFile, report: Report): void {
  // A question word must point at one relation, or "who gets X" could mean either; the engine reads
  // verbs and nouns by their stem alike, so "a supply" and "to supply" are one word here too.
  const owner = new Map<string, string>();
  file.relations.forEach((relation, i) => {
    for (const [words, path] of relationWordLists(relation, i)) {
      words.forEach((word, j) => {
        const key = stemPhrase(word);
        const other = owner.get(key);
        if (other !== undefined && other !== relation.id) {
          report([...path, j], `'${word}' is already a word of relation '${other}'`);
        } else owner.set(key, relation.id);
      });
    }
  });
}

function checkTypes(file: KnowledgeFile, report: Report): void {
  const declared = new Map<string, number>();
  const wordOwner = new Map<string, string>();
  file.types.forEach((type, i) => {
    if (declared.has(type.id)) report(["types", i, "id"], `duplicate type id '${type.id}'`);
    declared.set(type.id, i);
    type.words.forEach((word, j) => {
      const key = normaliseText(word);
      const other = wordOwner.get(key);
      if (other !== undefined && other !== type.id)
        report(["types", i, "words", j], `'${word}' already asks for type '${other}'`);
      else wordOwner.set(key, type.id);
    });
  });
  // A file that declares its types declares every one its entities use.
  if (file.types.length === 0) return;
  file.entities.forEach((entity, i) => {
    if (!declared.has(entity.type))
      report(
        ["entities", i, "type"],
        `unknown type '${entity.type}' (declared: ${[...declared.keys()].join(", ")})`,
      );
  });
}

function checkSynonyms(file: KnowledgeFile, report: Report): void {
  const group = new Map<string, number>();
  file.synonyms.forEach((words, i) => {
    words.forEach((word, j) => {
      const key = stemPhrase(word);
      const other = group.get(key);
      if (other !== undefined && other !== i) {
        report(["synonyms", i, j], `'${word}' is already in synonym group ${other + 1}`);
      } else group.set(key, i);
    });
  });
}
