import { stemmer } from "@orama/stemmers/russian";
import { ru as russianMessages } from "../../i18n/ru.js";
import { isRussianWord, prepareRussianDictionary } from "../../text/russian-dictionary.js";
import { wordSet, wordTable } from "../../text/words.js";
import type { Asked, Cue, Mention, Role } from "../question.js";
import { MIN_ASPECT_STEM } from "../weights.js";
import type { AskedReading, Language, RoleContext, WhAsked } from "./types.js";

/**
 * Russian: every Russian word list of the engine, its stemmer (Snowball Russian, from
 * @orama/stemmers) and its sentences. Russian marks who does what to whom with case endings rather
 * than word order, and says "how many" in one word, so this module reads both itself (`readRole`,
 * `readAsked`); everything else goes through the same engine as English.
 *
 * Words are normalised: lower case, е for ё.
 */

const WH_ASKS: Record<string, WhAsked> = wordTable();
const addWh = (asks: WhAsked, words: string) => {
  for (const w of wordSet(words)) WH_ASKS[w] = asks;
};
addWh("who", "кто кого кому кем ком чей чья чье чьи чьей чьего чьему чьим");
addWh("what", "что чего чему чем каков какова каково каковы");
addWh(
  "which",
  `какой какая какое какие каких каким какими какую каком какого какому какой
   который которая которое которые которых которым которую котором которого`,
);
addWh("when", "когда");
addWh("where", "где куда откуда");
addWh("why", "почему зачем отчего");
addWh("how", "как");

/** Wh-words that stand for the one who acts: with them, the acting side of the question is taken. */
const SUBJECT_WH = wordSet("кто какой какая какое какие который которая которое которые чей чья чье чьи");

const FROM_SIDE = wordSet("от у из");
/**
 * Verbs of receiving whose receiver stands in the dative and the thing received is their subject; so do
 * verbs of going ("кому пойдут ЗРК": whom they will go to).
 */
const DATIVE_RECEIVER = wordSet(`
  достанется достанутся достаётся достается достаются досталось достались досталась достался
  достаться доставаться нужно нужен нужна нужны необходимо необходим необходима необходимы
  пойдет пойдут пошел пошла пошло пошли уйдет уйдут ушел ушла ушло ушли
`);
/** "У": the one something is taken from beside a verb ("купить у России"), its holder without one. */
const POSSESSIVE_AT = wordSet("у");
const TO_SIDE = wordSet("в во на к ко для");
const TOPIC_PREPOSITIONS = wordSet("о об обо про насчет касательно относительно");
/** "С", "вместе с": the one a thing is done with, who may stand on either side of it. */
const WITH = wordSet("с со");

const ARTICLES = wordSet(`
  этот эта это эти этого этой этих этому этим эту тот та то те того той тех тому тем
  его ее их свой своя свое свои своего своей своих
`);

/**
 * "По-английски", "на англ", "на английском": words that ask for the answer in English (`answerLanguage`),
 * and those that ask it in Russian, which it is already. Either asks nothing of the facts.
 */
const IN_ENGLISH = wordSet(`
  англ английский английского английском английскому английски англиский англиском англиски инглиш
  english eng engl
`);
const IN_RUSSIAN = wordSet("русский русского русском русскому русски");

const FILLER = wordSet(`
  ${[...IN_ENGLISH, ...IN_RUSSIAN].join(" ")} пишется звучит
  а и но или же ли бы ну вот так также тоже еще уже только просто именно вообще вроде типа короче
  пожалуйста плиз плз плс пжлст пж пжл скажи скажите расскажи расскажите подскажи подскажите объясни объясните
  покажи покажите напомни напомните знаешь знаете хочу хотел хотела хотелось интересно интересует
  можно мне нам вам тебе ему ей им я ты вы мы он она они оно меня тебя нас вас мой моя мое мои твой
  ваш наш это этот эта эти этой этом этого этому этим этих то тот там тут здесь есть был была было были будет будут быть
  статья статье статьи статью текст тексте текста материал материале новость новости говорится
  сказано написано пишут указано в во на с со к ко по за из от до для о об про у при через над под
  перед между после без кроме все всё весь вся всего всех всем какие-то какой-то что-то кто-то
  сейчас щас ща счас теперь тогда потом вообще-то например кстати ок бот ботик bot слушай слушайте подробнее
  подробно кратко коротко вкратце полностью целиком инфа информация информацию данные итак значит то-есть
  кроме прочего т е др т д п чтоли штоли
  сколько всего
  том тем той ту те тех того тому таком такому таким таких самом самой самое самый сама сам
  цель целью целях служит служат служить служили
  перечисли перечислите назови назовите список списком упоминается упоминаются упомянуты упомянуто
  упомянута упомянут названы названо фигурируют упоминает упоминают
`);

/** "Как зовут", "имя": words that ask for a name, which a description gives in full. */
const NAME_WORDS = wordSet(
  "имя имени именем фамилия фамилию фамилии отчество зовут звать величать называется называются назывался называлась",
);

/** "Как переводится X": what a name says in Russian, which its description gives beside it. */
const TRANSLATION_WORDS = wordSet(
  "перевод переводится переводе переводят перевести переводить переведи переведите",
);

const DESCRIPTION_WORDS = wordSet(`
  ${[...NAME_WORDS].join(" ")}
  ${[...TRANSLATION_WORDS].join(" ")}
  такой такая такое такие таков означает означают значит значат расшифровка расшифровывается
  расшифруй аббревиатура сокращение определение полное название кто что
`);

const EXPANSION_WORDS = wordSet(
  "расшифровка расшифровку расшифровывается расшифровываются расшифруй аббревиатура аббревиатуры сокращение",
);

const GREETINGS = wordSet(`
  привет прив приветик здравствуйте здравствуй здрасте хай салют добрый день вечер утро доброе
  пока спасибо спс благодарю ок окей ладно тест хорошо плохо круто понятно ясно
`);

const COMPARE_WORDS = wordSet(
  "разница разницу различие различия отличие отличия отличается отличаются сравни сравнить сравнение",
);

const NEGATIONS = wordSet("не нет никогда ни без");

/** "Сколько": how many or how much, in one word. */
const MEASURE_WORDS = wordSet(`
  сколько стоимость стоит стоят стоили стоимостью цена цену цены число количество сумма сумму
  объем объемы бюджет цифры цифра денег деньги деньгам деньгами деньгах
`);
const QUANTITY_WORDS = wordSet("сколько");
const PLACE_WORDS = wordSet("город города городе место месте адрес здание здании");
const TIME_WORDS = wordSet(
  "год году года дата дату день дня месяц месяце время неделе неделя срок сроки числа",
);

const TYPE_WORDS: Record<string, string> = wordTable();
const addType = (type: string, words: string) => {
  for (const w of wordSet(words)) TYPE_WORDS[w] = type;
};
addType(
  "country",
  "страна страны стран странам стране страну странах государство государства государств государствам республика республики",
);
addType(
  "person",
  "человек люди людей людям людьми людях человека лицо лица лиц офицер генерал генерала персона персоны персон",
);
addType("publication", "газета газеты газете газету издание издания изданию изданий агентство агентства сми");
addType(
  "organisation",
  "организация организации организацию орган органы органа служба службы службу альянс блок группа комитет комитета ведомство ведомства",
);
addType("region", "регион региона регионе регионы область");
addType("system", "система системы систему систем");
addType("equipment", "оборудование оборудования техника техники технику оружие вооружение вооружения");

const SUBTYPE_WORDS = wordSet(
  "тип типы типа типов вид виды вида видов разновидность разновидности разновидностей модель модели моделей марка марки марок вариант варианты версия модификация модификации",
);

/** Chat spellings of question words. */
const CONTRACTIONS: Record<string, string> = wordTable({
  чо: "что",
  че: "что",
  шо: "что",
  чё: "что",
  што: "что",
  скока: "сколько",
  // "Скольким странам", "скольких": "сколько" in its other cases asks the same count.
  скольким: "сколько",
  скольких: "сколько",
  сколькими: "сколько",
  // Transliteration drops the soft sign: "skolko".
  сколко: "сколько",
  // ... and reads a word's first "e" as "е" where "э" was meant: "eto".
  ето: "это",
  ета: "эта",
  ети: "эти",
  етот: "этот",
  етих: "этих",
  етой: "этой",
  етом: "этом",
  етого: "этого",
  скоко: "сколько",
  када: "когда",
  кагда: "когда",
  почиму: "почему",
  пачему: "почему",
  ктo: "кто",
  // "3д", "2д": the Latin "D" of "3D" typed on a Russian keyboard.
  "3д": "3d",
  "2д": "2d",
});

/**
 * Colloquial verbs read as the plain ones they stand for: "перепадёт" (will fall to someone's share) is
 * "достанется", which names its receiver in the dative.
 */
const CHAT_WORDS: Record<string, string> = wordTable({
  перепадет: "достанется",
  перепадут: "достанутся",
  перепадает: "достается",
  перепадают: "достаются",
  перепало: "досталось",
  перепала: "досталась",
  перепал: "достался",
  перепали: "достались",
});

/**
 * "Кому идут запчасти": beside "кому", "идти" says where a thing goes, as "пойти" does; alone, "идёт"
 * says that something goes on ("идёт работа"), so only the pair is read so.
 */
const GOING_TO: (readonly [readonly string[], readonly string[]])[] = ["идет", "идут"].flatMap((verb) => {
  const going = verb === "идет" ? "пойдет" : "пойдут";
  return [
    [
      ["кому", verb],
      ["кому", going],
    ],
    [
      [verb, "кому"],
      [going, "кому"],
    ],
  ] as const;
});

/**
 * "Кем работает Шугаев", "кем он работает", "кем Виктор Бондарев работал": with "кем", "работать" asks
 * what someone is, as "кем является" does, and names no relation of its own.
 */
const WORKS_AS: (readonly [readonly string[], readonly string[]])[] = [
  "работает",
  "работал",
  "работала",
  "трудится",
].flatMap((verb) =>
  // Up to four words between: a name written in full ("генерал-полковник Виктор Бондарев").
  [0, 1, 2, 3, 4]
    .map((n) => Array<string>(n).fill("*"))
    .map(
      (gap) =>
        [
          ["кем", ...gap, verb],
          ["кем", ...gap, "является"],
        ] as const,
    ),
);

/**
 * "Таджикистану поставляют самолёты по этой теме?": "on this topic" points back at the conversation and
 * asks nothing, so it is read as no words at all.
 */
const ON_TOPIC: (readonly [readonly string[], readonly string[]])[] = [
  ["по", "этой", "теме"],
  ["по", "теме"],
  ["на", "эту", "тему"],
].map((phrase) => [phrase, []] as const);

/**
 * "О какой системе идёт речь", "о чём речь": "речь идёт о X" says what the article is about, as
 * "говорится" does; the speech and the going name no relation, so the phrase is read as no words.
 */
const SPOKEN_OF: (readonly [readonly string[], readonly string[]])[] = [
  ["речь", "идет"],
  ["идет", "речь"],
  ["речь", "шла"],
  ["шла", "речь"],
  ["речь"],
].map((phrase) => [phrase, []] as const);

/**
 * "Обращают особое внимание": to turn attention to a thing is to give it attention, "уделять
 * внимание", the way a text says it; a word may stand between ("обращают особое внимание").
 */
const ATTENTION_FORMS: readonly (readonly [string, string])[] = [
  ["обращать", "уделять"],
  ["обращает", "уделяет"],
  ["обращают", "уделяют"],
  ["обращал", "уделял"],
  ["обращала", "уделяла"],
  ["обращали", "уделяли"],
  ["обратить", "уделить"],
  ["обратит", "уделит"],
  ["обратят", "уделят"],
  ["обратил", "уделил"],
  ["обратила", "уделила"],
  ["обратили", "уделили"],
  ["обращается", "уделяется"],
  ["обращено", "уделено"],
];
const PAYING_ATTENTION: (readonly [readonly string[], readonly string[]])[] = ATTENTION_FORMS.flatMap(
  ([turn, give]) => [
    [
      [turn, "внимание"],
      [give, "внимание"],
    ] as const,
    [
      [turn, "*", "внимание"],
      [give, "*", "внимание"],
    ] as const,
  ],
);

const IDIOMS_AS = [...GOING_TO, ...WORKS_AS, ...ON_TOPIC, ...SPOKEN_OF, ...PAYING_ATTENTION];

/** Number words from two to twelve in each case ("четыре", "четырёх", "четырём", "четырьмя"). */
const NUMBERS: Record<string, number> = wordTable();
for (const [value, forms] of [
  [2, "два две двух двум двумя"],
  [3, "три трех трем тремя"],
  [4, "четыре четырех четырем четырьмя"],
  [5, "пять пяти пятью"],
  [6, "шесть шести шестью"],
  [7, "семь семи семью"],
  [8, "восемь восьми восемью"],
  [9, "девять девяти девятью"],
  [10, "десять десяти десятью"],
  [11, "одиннадцать одиннадцати"],
  [12, "двенадцать двенадцати"],
] as const)
  for (const w of wordSet(forms)) NUMBERS[w] = value;

/** Military ranks, which are offices too ("бондарев генерал-майор?"). */
const RANK_NOUNS = wordSet(`
  лейтенант лейтенантом капитан капитаном майор майором подполковник подполковником полковник
  полковником генерал генералом адмирал адмиралом маршал маршалом
`);

/** Names of bodies the article may not mention, in Russian (countries come from world-countries). */
const OUTSIDE_NAMES = [
  "НАТО",
  "Североатлантический альянс",
  "Евросоюз",
  "Европейский союз",
  "ЕС",
  "ООН",
  "Организация Объединённых Наций",
  "Совбез ООН",
  "ШОС",
  "Шанхайская организация сотрудничества",
  "БРИКС",
  "ОБСЕ",
  "ЕАЭС",
  "Евразийский экономический союз",
  "Варшавский договор",
  "СССР",
  "Советский Союз",
  "Пентагон",
  "Белый дом",
  "ВВС",
  "ВМФ",
  "флот",
  "армия",
  "Сухопутные войска",
  "МАГАТЭ",
  // The country's best-known news outlets, which a question about an interview may name.
  "ТАСС",
  "РИА Новости",
  "Интерфакс",
  "Известия",
  "Коммерсант",
  "Ведомости",
  "РБК",
];

/** Phrases that ask what something is for. */
const PURPOSE = /(?:^| )(?:с какой целью|какова цель|какая цель|в чем цель|чему служ[а-я]*|зачем)(?: |$)/;
/** "Для чего нужна система" asks why; "для чего запчасти" may only ask what they are for. */
const FOR_WHAT = /(?:^| )(?:для|ради) чего(?: |$)/;
/** Endings of a verb or a short predicate ("нужна", "подписали", "служат"). */
const PREDICATE = /(?:ть|ет|ит|ют|ят|ут|ат|ла|ли|ло|ал|ил|ел|на|ны|но|ен|ан)$/;

const VOWELS = /[аеиоуыэюя]/g;

/** "ОДКБ", "СНГ", "ВКС": abbreviations, which do not decline, so their form says nothing of their role. */
function isAbbreviation(word: string): boolean {
  return word.length <= 5 && (word.match(VOWELS)?.length ?? 0) <= 1;
}

/** Endings only oblique cases have: dative, accusative, instrumental, prepositional, genitive plural. */
const OBLIQUE = /(?:у|ю|ом|ем|ем|ой|ей|ою|ею|ам|ям|ами|ями|ах|ях|ым|им|ого|его|ому|ему|ими|ыми|ии|ов|ев)$/;
/** Endings of the nominative: a consonant, -а/-я, -ь, plural -ы/-и, adjectives -ый/-ий/-ая/-ое/-ые/-ие. */
const NOMINATIVE = /(?:[бвгджзклмнпрстфхцчшщ]|а|я|ь|ы|и|ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

/** Endings of the dative of a name: "Казахстану", "Армении", "Беларуси", "Москве", "Бондареву". */
const DATIVE = /(?:[^аеиоуыэюя]у|ю|[^аеиоуыэюя]е|ии|[бвдзлмнпрстф]и|ам|ям|ому|ему)$/;

/** Whether a name's head word is in the nominative (the one who acts), another case, or cannot say. */
function caseOf(word: string): "nominative" | "oblique" | undefined {
  if (!/[а-я]/.test(word) || isAbbreviation(word)) return undefined;
  if (OBLIQUE.test(word) && !/(?:ий|ый)$/.test(word)) return "oblique";
  return NOMINATIVE.test(word) ? "nominative" : undefined;
}

/** Words that join names of one case: "Армении и РБ". */
const JOINED = wordSet("и или");

/** A name's head word in an oblique case of "-ия" or "-ь": "Армении", "Беларуси". */
const OBLIQUE_NAME = /(?:ии|[бвдзлмнпрстф]и)$/;

/** A verb in the plural: present "-ют/-ят/-ут/-ат", past "-ли", and their reflexive forms. */
const PLURAL_VERB = /(?:[юуая]т|ли)(?:ся|сь)?$/;
/** A verb in the singular: present "-ет/-ит", past "-л/-ла/-ло", and their reflexive forms. */
const SINGULAR_VERB = /(?:[еи]т|[еи]тся|л|ла|ло|лся|лась|лось)$/;
/** Question words in the plural, which a singular verb cannot have as its subject. */
const PLURAL_WH = wordSet("какие которые чьи");
/** A name's head word that is singular in the nominative: "Таджикистан", "Армения", "Бондарев", "Москва". */
const SINGULAR_NOMINATIVE = /(?:[бвгджзклмнпрстфхцчшщь]|[^н]ия|[^иы]а)$/;

/**
 * "Чем снабжают Таджикистан": a plural verb cannot have one singular name as its subject, so the name,
 * in a form that the accusative shares with the nominative, is the verb's object. Names joined by "и"
 * ("Армения и Белоруссия получают") are plural together.
 */
function disagreesInNumber(mention: Mention, words: readonly string[], verb: string): boolean {
  if (!PLURAL_VERB.test(verb)) return false;
  const joined = (w: string | undefined) => w !== undefined && (w === "и" || w === "или" || w === "с");
  if (joined(words[mention.start - 1]) || joined(words[mention.end])) return false;
  // "Сколько стран получают": a count's genitive plural looks like a singular nominative.
  if (MEASURE_WORDS.has(words[mention.start - 1] ?? "")) return false;
  return SINGULAR_NOMINATIVE.test(words[mention.end - 1] ?? "");
}

/**
 * "Подписали или как?", "выполнены или нет": an alternative with a question word or "нет" closing a
 * statement asks whether it is so, and that word asks nothing of its own.
 */
const CLOSING_ALTERNATIVES = wordSet("как что нет");

function closedByAlternative(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 3 || !CLOSING_ALTERNATIVES.has(words[n - 1] ?? "") || !/^(?:или|либо)$/.test(words[n - 2] ?? ""))
    return false;
  return !words.slice(0, n - 2).some((w) => WH_ASKS[w] !== undefined);
}

/** Endings of a verb's infinitive, present or past ("продолжаться", "получит", "подписали"). */
const FINITE_VERB = /(?:ть|ться|[еи]т|[еи]тся|[юуая]т|[юуая]тся|ла|ли|ло|[аеиоуя]л|лся|лась|лись|лось)$/;
const PREPOSITIONS = new Set([...FROM_SIDE, ...TO_SIDE, ...TOPIC_PREPOSITIONS, ...WITH, "по", "за", "при"]);

/** Verbs of saying and thinking, whose "что" opens what was said ("сказал, что ..."). */
const REPORTING = new Set(
  [
    ...wordSet(`
      сказать говорить заявить заявлять подчеркнуть подчеркивать пояснить пояснять объяснить объяснять
      добавить добавлять отметить отмечать сообщить сообщать упомянуть упоминать утверждать считать
      думать писать написать обещать пообещать
    `),
  ].map((w) => stemmer(w)),
);

/**
 * "Шугаев сказал что поставки будут продолжаться?": "что" right after a verb of saying, with a verb
 * after it, opens the clause said; it asks nothing ("что сказал Шугаев", "сказал что про X" do ask).
 */
function reportsClause(words: readonly string[], at: number): boolean {
  if (words[at] !== "что" || !REPORTING.has(stemmer(words[at - 1] ?? ""))) return false;
  // A word after a preposition is a noun ("сказал что про комитет").
  return words.some(
    (w, i) => i > at && FINITE_VERB.test(w) && !WH_ASKS[w] && !PREPOSITIONS.has(words[i - 1] ?? ""),
  );
}

/** "Что" in any of its chat spellings, then a comma: "а Киргизия чё, подписали уже?". */
const WHAT_AND_COMMA = /(?:^|[^\p{L}])(?:что|чо|чё|че|шо|што)\s*,([^,]*)$/iu;

/**
 * "А Киргизия с Таджикистаном чё, подписали уже?": "что" set off by a comma before the statement
 * asked asks nothing of its own ("so, what about it"); the statement after it is a yes/no question.
 */
function asksAside(words: readonly string[], at: number, question: string): boolean {
  if (words[at] !== "что" || words.indexOf("что") !== at) return false;
  const rest = WHAT_AND_COMMA.exec(question)?.[1];
  if (rest === undefined || !/\?\s*$/.test(rest)) return false;
  return words.some((w, i) => i > at && FINITE_VERB.test(w) && !WH_ASKS[w]);
}

function readAsked(words: readonly string[], question: string): AskedReading | undefined {
  if (closedByAlternative(words)) return { asked: "yesno", typeHint: undefined, typeWordAt: undefined };
  const measure = words.findIndex((w) => MEASURE_WORDS.has(w));
  if (measure >= 0) {
    // "Сколько стран подписали": a count of names, which a list of them answers.
    // "Сколько всего стран": a word of emphasis may come between.
    const next = words[measure + 1] === "всего" ? measure + 2 : measure + 1;
    const kind = TYPE_WORDS[words[next] ?? ""];
    if (kind && QUANTITY_WORDS.has(words[measure] ?? ""))
      return { asked: "count", typeHint: kind, typeWordAt: next };
    const counted = words[measure] === "число" || words[measure] === "количество";
    const countedKind = TYPE_WORDS[words[measure + 1] ?? ""];
    if (counted && countedKind) return { asked: "count", typeHint: countedKind, typeWordAt: measure + 1 };
    return { asked: "quantity", typeHint: undefined, typeWordAt: measure };
  }
  // "Для чего", "с какой целью", "чему служат": what for, which a fact's reason answers.
  const joined = words.join(" ");
  if (PURPOSE.test(joined) || (FOR_WHAT.test(joined) && words.some((w) => PREDICATE.test(w))))
    return { asked: "why", typeHint: undefined, typeWordAt: undefined };
  const at = words.findIndex(
    (w, i) => WH_ASKS[w] !== undefined && !reportsClause(words, i) && !asksAside(words, i, question),
  );
  // "Имя Бондарева?", "как зовут Шугаева": the name is asked, whatever the question word.
  if (words.some((w) => NAME_WORDS.has(w) || TRANSLATION_WORDS.has(w)))
    return { asked: "what", typeHint: undefined, typeWordAt: undefined };
  // "Дата интервью?", "год подписания?": a fragment headed by a word of time asks when.
  if (at < 0 && words.length > 1 && TIME_WORDS.has(words[0] ?? "") && !words.includes("ли"))
    return { asked: "when", typeHint: undefined, typeWordAt: 0 };
  if (at < 0) {
    // "Подписал ли Казахстан", "правда ли что", and, with no question word, a statement asked with
    // a question mark ("Армения член ОДКБ?"): a yes/no question.
    const yesno =
      words.includes("ли") || NEGATIONS.has(words[0] ?? "") || /\?[^\p{L}\p{N}]*$/u.test(question);
    return { asked: yesno ? "yesno" : "none", typeHint: undefined, typeWordAt: undefined };
  }
  const wh = WH_ASKS[words[at] ?? ""] ?? "what";
  // "Откуда Армения получает запчасти", "откуда у Казахстана ЗРК": whence a thing comes, beside a verb
  // or a holder, asks who gives it ("откуда Бондарев" alone asks where he is from).
  const source = words.some((w, i) => i !== at && (POSSESSIVE_AT.has(w) || PREDICATE.test(w)));
  if (words[at] === "откуда" && source) return { asked: "who", typeHint: undefined, typeWordAt: undefined };
  // "Куда поставляют ЗРК": whither a thing goes beside a verb asks to whom.
  const verb = words.some((w, i) => i !== at && PREDICATE.test(w));
  if (words[at] === "куда" && verb) return { asked: "who", typeHint: undefined, typeWordAt: undefined };
  // "Как по-английски «Красная звезда»": how a name is said in a language asks what the name is.
  if (wh === "how" && words.some((w) => IN_ENGLISH.has(w) || IN_RUSSIAN.has(w)))
    return { asked: "what", typeHint: undefined, typeWordAt: undefined };
  const next = words[at + 1] ?? "";
  if ((wh === "what" || wh === "which") && PLACE_WORDS.has(next))
    return { asked: "place", typeHint: undefined, typeWordAt: at + 1 };
  if ((wh === "what" || wh === "which") && TIME_WORDS.has(next))
    return { asked: "when", typeHint: undefined, typeWordAt: at + 1 };
  if (wh === "what" || wh === "which") {
    for (let k = at + 1; k <= at + 2 && k < words.length; k++) {
      const type = TYPE_WORDS[words[k] ?? ""];
      if (type) return { asked: wh, typeHint: type, typeWordAt: k };
    }
  }
  const asked: Asked = wh;
  return { asked, typeHint: undefined, typeWordAt: undefined };
}

/**
 * The side of a name, from its preposition or its case: "от России" gives, "Казахстану" and "в
 * Армению" receive; a name in the nominative is the verb's own subject ("что получает Армения").
 * Where the form cannot tell (an abbreviation, a Latin name), the question word can: after "кто",
 * the acting side is taken, so the name is the verb's object.
 */
function readRole(
  mention: Mention,
  words: readonly string[],
  cues: readonly Cue[],
  context: RoleContext,
): Role | undefined {
  let p = mention.start - 1;
  while (p >= 0 && ARTICLES.has(words[p] ?? "")) p--;
  const before = words[p] ?? "";
  const verbs = cues.filter((c) => c.kind !== "noun");
  // "Какая газета у Минобороны", "какие соглашения у Киргизии": without a verb, "у" says whose the
  // thing is, which may be either side of the relation the noun names.
  if (POSSESSIVE_AT.has(before) && verbs.length === 0) return "any";
  if (FROM_SIDE.has(before)) return "subject";
  if (TO_SIDE.has(before)) return "object";
  // "Интервью с Бондаревым", "о Бондареве": a name beside the verb's sides, which takes it on either.
  if (TOPIC_PREPOSITIONS.has(before) || WITH.has(before)) return "any";
  // "По словам Бондарева": the one whose words they are, on no side of the question's verb.
  if (before === "словам" && words[p - 1] === "по") return "any";
  // "Глава ФСВТС", "член ОДКБ": a name right after a relation's noun is, in the genitive, what the noun
  // is of, its other side; one that cannot stand there ("директор Шугаев") is the noun's own holder.
  const ofNoun = cues.find((c) => c.kind === "noun" && c.position === mention.start - 1);
  if (ofNoun && verbs.length === 0 && context.canStand(mention.entity, ofNoun.relation, "object"))
    return "object";
  if (verbs.length === 0) return undefined;
  const distance = (c: Cue) =>
    Math.min(Math.abs(c.position - mention.start), Math.abs(c.position - (mention.end - 1)));
  const verb = [...verbs].sort((a, b) => distance(a) - distance(b))[0];
  if (!verb) return undefined;

  const head = words[mention.end - 1] ?? "";
  // "Беларуси", "Армении": a name (always singular) in "-ии" or a consonant and "-и" is in an oblique
  // case, where a common noun's "-и" may be a nominative plural.
  const formOf = (word: string) => (OBLIQUE_NAME.test(word) ? "oblique" : caseOf(word));
  let form = formOf(head);
  // "Армении и РБ": a name whose form says nothing (an abbreviation) is in the case of the name it
  // is joined to by "и" or "или".
  if (form === undefined && JOINED.has(words[mention.start - 1] ?? ""))
    form = formOf(words[mention.start - 2] ?? "");
  if (form === undefined && JOINED.has(words[mention.end] ?? "")) form = formOf(words[mention.end + 1] ?? "");
  const wh = words.find((w) => WH_ASKS[w] !== undefined) ?? "";
  // "Кто возглавляет комитет", "какие страны подписали соглашения": the question word is the subject,
  // unless it is plural and the verb singular ("какие системы получает Киргизия").
  const verbWord = words[verb.position] ?? "";
  const whAgrees = !(PLURAL_WH.has(wh) && verb.kind !== "noun" && SINGULAR_VERB.test(verbWord));
  if (form === "nominative" && SUBJECT_WH.has(wh) && whAgrees) form = "oblique";
  if (form === undefined) form = SUBJECT_WH.has(wh) ? "oblique" : "nominative";
  if (form === "nominative" && verb.kind !== "noun" && disagreesInNumber(mention, words, verbWord))
    form = "oblique";
  const actor = form === "nominative";
  // "Что достанется Таджикистану", "что нужно Армении": these verbs name the receiver in the dative.
  if (verb.kind === "inverse" && !actor && DATIVE_RECEIVER.has(verbWord)) return "object";
  let role: Role = (verb.kind === "verb") === actor ? "subject" : "object";
  if (verb.passive) role = role === "subject" ? "object" : "subject";
  // A kind of thing that never stands on that side of the relation stands on the other.
  const other: Role = role === "subject" ? "object" : "subject";
  if (
    !context.canStand(mention.entity, verb.relation, role) &&
    context.canStand(mention.entity, verb.relation, other)
  ) {
    return other;
  }
  return role;
}

/**
 * The inflected forms of a word of a name: the Snowball stemmer gives "казахста" for "Казахстан" but
 * "казахстан" for "Казахстану", so the name is also found under the stems of its other cases.
 */
function nameStems(word: string): string[] {
  if (!/^[а-я]+$/.test(word) || word.length < 3) return [];
  const forms: string[] = [];
  const add = (base: string, endings: string) => {
    for (const e of endings.split(" ")) forms.push(base + e);
  };
  const last = word.at(-1) ?? "";
  const base = word.slice(0, -1);
  const base2 = word.slice(0, -2);
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) add(word, "а у ом е ы ов ам ами ах ым");
  else if (last === "а") add(base, "ы и е у ой ою ам ами ах");
  else if (last === "я") add(base, "и ю ей ею е ям ями ях");
  else if (last === "ь") add(base, "и ю ью ем я ей");
  else if (last === "й" && /(?:ий|ый|ой)$/.test(word))
    add(base2, "ого ому ым ом ая ой ую ые ых ыми их им ими");
  if (/(?:ая|яя)$/.test(word)) add(base2, "ой ую ей юю");
  if (/(?:ые|ие)$/.test(word)) add(base2, "ых их ым им ыми ими");
  if (/(?:ое|ее)$/.test(word)) add(base2, "ого его ому ему ым им ом ем");
  return [...new Set(forms.map((f) => stemmer(f)))];
}

/**
 * A noun's regular forms in the other cases of its number, from its nominative: "система" gives
 * "системы", "системе", "систему", "системой"; "комитет" gives "комитета", "комитету", "комитетом",
 * "комитете"; "системы" gives "систем", "системам", "системами", "системах". Irregular nouns get some
 * forms no one writes, which no question uses either.
 */
function caseForms(noun: string): string[] {
  // Short words are abbreviations ("СМИ", "ПВО"), which do not decline.
  if (!/^[а-я]+$/.test(noun) || noun.length < 4) return [];
  const base = noun.slice(0, -1);
  const ending = (stem: string, endings: string) => endings.split(" ").map((e) => stem + e);
  // After г к х ж ш ч щ Russian writes "и", not "ы".
  const y = /[гкхжшчщ]$/.test(base) ? "и" : "ы";
  let forms: string[] = [];
  if (/(?:ие|ье)$/.test(noun)) forms = ending(base, "я ю ем и");
  else if (/(?:ия)$/.test(noun)) forms = ending(base, "и ю ей");
  else if (/[ыи]$/.test(noun) && !/(?:ии)$/.test(noun))
    forms = [base, ...ending(base, "ов ей ам ами ах ям ями ях")];
  else if (/(?:ии)$/.test(noun)) forms = ending(base, "й ям ями ях");
  else if (/а$/.test(noun)) forms = ending(base, `${y} е у ой ою`);
  else if (/я$/.test(noun)) forms = ending(base, "и е ю ей ею");
  else if (/[ое]$/.test(noun)) forms = ending(base, "а у ом е");
  else if (/ь$/.test(noun)) forms = ending(base, "я ю ем е и ью");
  else if (/й$/.test(noun) && !/(?:ый|ий|ой)$/.test(noun)) forms = ending(base, "я ю ем е");
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(noun))
    forms = ending(noun, /[жшчщц]$/.test(noun) ? "а у ом ем е" : "а у ом е");
  return [...new Set(forms)].filter((f) => f !== noun);
}

type Gender = "m" | "f" | "n" | "pl";
/** The genders and numbers a third-person pronoun may stand for: "он" a man or a masculine thing. */
const PRONOUN_GENDERS: Record<string, readonly Gender[]> = wordTable();
const addPronouns = (genders: readonly Gender[], words: string) => {
  for (const w of wordSet(words)) PRONOUN_GENDERS[w] = genders;
};
addPronouns(["m"], "он");
addPronouns(["f"], "она ее ей нее ней ею нею");
addPronouns(["n"], "оно");
addPronouns(["m", "n"], "его ему него нему нем");
addPronouns(["pl"], "они их них ими ними");
/** Endings of adjectives, which come before the noun that gives a name its gender. */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

/**
 * The genders a name may have, from its head noun's ending (the first word that is no adjective):
 * "Виктор Бондарев" and "Таджикистан" are masculine, "Киргизия" feminine (or, by its ending, a plural
 * such as "соглашения"), "Воздушно-космические силы" plural. An abbreviation or a Latin name may be
 * anything.
 */
function gendersOf(name: string): readonly Gender[] | undefined {
  const words = name
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/[\s«»"()]+/)
    .filter(Boolean);
  const head = words.find((w) => !ADJECTIVE.test(w) || w === words.at(-1)) ?? "";
  if (!/^[а-я-]+$/.test(head) || isAbbreviation(head) || head.length < 3) return undefined;
  if (/[бвгджзклмнпрстфхцчшщй]$/.test(head)) return ["m"];
  if (/[ая]$/.test(head)) return /я$/.test(head) ? ["f", "pl"] : ["f"];
  if (/[ое]$/.test(head)) return ["n"];
  if (/[ыи]$/.test(head)) return ["pl"];
  return undefined;
}

/** Whether a third-person pronoun agrees in gender and number with a name ("он" and not "ВКС России"). */
function pronounAgrees(pronoun: string, name: string): boolean {
  const wanted = PRONOUN_GENDERS[pronoun];
  const genders = gendersOf(name);
  return !wanted || !genders || genders.some((g) => wanted.includes(g));
}

/**
 * "Рассказывал" and "рассказал", "подписывают" and "подписали": a verb's imperfective made with -ыва- or
 * -ива- shares the perfective's stem, so either aspect finds what the other says.
 */
function perfectiveStem(stem: string): string {
  return stem.length >= MIN_ASPECT_STEM && /[ыи]ва$/.test(stem) ? `${stem.slice(0, -3)}а` : stem;
}

/** Verbs whose present tense changes the stem: the infinitive, then its forms. */
const IRREGULAR_VERBS: Record<string, string> = wordTable({
  ждать: "жду ждет ждут ждем ждал ждала ждали",
  слать: "шлю шлет шлют шлем слал слала слали",
  дать: "дам даст дадут дал дала дали",
  давать: "даю дает дают давал давала давали",
  брать: "беру берет берут брал брала брали",
  взять: "возьму возьмет возьмут взял взяла взяли",
  достаться: "достанется достанутся достался досталась достались",
  доставаться: "достается достаются доставался доставались",
  продавать: "продаю продает продают",
  передавать: "передаю передает передают",
  отдавать: "отдаю отдает отдают",
  создавать: "создаю создает создают",
  признавать: "признаю признает признают",
  везти: "везу везет везут вез везла везли",
  пройти: "пройдет пройдут прошел прошла прошли",
  пойти: "пойдет пойдут пошел пошла пошло пошли",
  уйти: "уйдет уйдут ушел ушла ушло ушли",
  проходить: "прохожу проходит проходят",
  хотеть: "хочу хочет хотят хотел хотела хотели",
  получить: "получу получит получат получил получила получили",
  купить: "куплю купит купят купил купила купили",
});

/**
 * Verbs in pairs of aspect, perfective then imperfective: "упомянул" and "упоминал" say one thing, done
 * once or over time, so a relation's verb in one aspect is found in the other too.
 */
const ASPECT_PAIRS: Record<string, string> = wordTable();
for (const pair of `
  упомянуть:упоминать сказать:говорить заявить:заявлять отметить:отмечать сообщить:сообщать
  подчеркнуть:подчеркивать объяснить:объяснять пояснить:пояснять добавить:добавлять назвать:называть
  получить:получать поставить:поставлять предоставить:предоставлять передать:передавать
  отправить:отправлять продать:продавать купить:покупать дать:давать подписать:подписывать
  заключить:заключать выработать:вырабатывать возглавить:возглавлять одобрить:одобрять
  утвердить:утверждать согласовать:согласовывать обеспечить:обеспечивать снабдить:снабжать
  приобрести:приобретать закупить:закупать выполнить:выполнять написать:писать создать:создавать
  разработать:разрабатывать прислать:присылать послать:посылать отдать:отдавать
`
  .trim()
  .split(/\s+/)) {
  const [perfective = "", imperfective = ""] = pair.split(":");
  ASPECT_PAIRS[perfective] = imperfective;
  ASPECT_PAIRS[imperfective] = perfective;
}

/**
 * "Укрепить": "укреплять", "добавить": "добавлять": a perfective in "-ить" after a labial makes its
 * imperfective in "-лять", whose stem the stemmer keeps apart ("укреп", "укрепля").
 */
function aspectPartners(word: string): string[] {
  const base = /^(.{3,}[бпвфм])ить$/.exec(word)?.[1];
  return base === undefined ? [] : [`${base}лять`];
}

/** A verb's forms in both aspects: its own, and its pair's infinitive and forms. */
function verbForms(verb: string): string[] {
  const pair = ASPECT_PAIRS[verb];
  const own = conjugated(verb);
  return pair === undefined ? own : [...own, pair, ...conjugated(pair)];
}

/**
 * A verb's conjugated forms, regular or from the table above: the Snowball stemmer joins most forms of
 * a verb to its infinitive, but not those whose stem changes ("ждут", "шлют", "получат").
 */
function conjugated(verb: string): string[] {
  const irregular = IRREGULAR_VERBS[verb];
  if (irregular) return irregular.split(" ");
  // "Продать", "передать", "выдать": "дать" with a prefix conjugates as "дать" ("продадут", "передаст").
  const given = /^(.+)дать$/.exec(verb)?.[1];
  if (given && !given.endsWith("да")) return (IRREGULAR_VERBS.дать ?? "").split(" ").map((f) => given + f);
  const reflexive = verb.endsWith("ся");
  const base = reflexive ? verb.slice(0, -2) : verb;
  const add = (stem: string, endings: string) =>
    endings.split(" ").map((e) => `${stem}${e}${reflexive ? (/[ую]$|ю$/.test(e) ? "сь" : "ся") : ""}`);
  if (/овать$/.test(base)) return add(base.slice(0, -5), "ует уют ую овал овала овали");
  // "Издавать": "издаёт", "издают" drop the "ва" that "издавал" keeps.
  if (/авать$/.test(base))
    return [...add(base.slice(0, -4), "ю ет ют ем"), ...add(base.slice(0, -2), "л ла ли ло")];
  if (/[ая]ть$/.test(base)) return add(base.slice(0, -2), "ю ет ют ем л ла ли ло");
  if (/ить$/.test(base)) return add(base.slice(0, -3), "ит ят им ил ила или ю у");
  if (/еть$/.test(base)) return add(base.slice(0, -3), "ит ят ел ела ели ю");
  // "Изобрести": "изобрёл", "изобрела", "изобрели" (the present's consonant varies: "ведёт", "метёт").
  if (/[еа]сти$/.test(base)) return add(base.slice(0, -3), "л ла ли ло");
  return [];
}

/** Each month's forms, by case ("январь", "января", "январе") and short ("янв"), January first. */
const RUSSIAN_MONTHS = [
  /^янв(?:арь|аря|аре|арём|арем)?$/,
  /^фев(?:раль|раля|рале|ралём|ралем)?$/,
  /^март(?:а|е|ом)?$/,
  /^апр(?:ель|еля|еле|елем)?$/,
  /^ма(?:й|я|е|ем)$/,
  /^июн(?:ь|я|е|ем)$/,
  /^июл(?:ь|я|е|ем)$/,
  /^авг(?:уст|уста|усте|устом)?$/,
  /^сен(?:т|тябрь|тября|тябре|тябрём|тябрем)?$/,
  /^окт(?:ябрь|ября|ябре|ябрём|ябрем)?$/,
  /^ноя(?:брь|бря|бре|брём|брем)?$/,
  /^дек(?:абрь|абря|абре|абрём|абрем)?$/,
];

/** Each day of the week's forms, by case and in the plural ("по понедельникам"), Monday first. */
const RUSSIAN_WEEKDAYS = [
  /^понедельник(?:а|е|ом|и|ам|ов)?$/,
  /^вторник(?:а|е|ом|и|ам|ов)?$/,
  /^сред(?:а|у|ы|е|ой|ам)$/,
  /^четверг(?:а|е|ом|и|ам|ов)?$/,
  /^пятниц(?:а|у|ы|е|ей|ам)$/,
  /^суббот(?:а|у|ы|е|ой|ам)$/,
  /^воскресень(?:е|я|ю|ем|ям)$/,
];

export const russian: Language = {
  code: "ru",
  whWords: new Set(Object.keys(WH_ASKS)),
  whAsks: WH_ASKS,
  agentMarkers: new Set(),
  genitive: new Set(),
  nameNouns: NAME_WORDS,
  rankAsked: wordSet("звание звания званием званий чин чина"),
  // "Как называется": the name asked, whatever a relation's verb "называть" says.
  namingWords: wordSet("называется называются назывался называлась называлось"),
  demonstratives: wordSet("это то"),
  predecessors: {
    by: wordSet("до после перед"),
    asks: wordSet(
      "предыдущий предыдущего предыдущим прежний прежнего предшественник предшественником предшественника бывший бывшего",
    ),
    tells: wordSet(`
      предыдущий прежний предшественник предшественника бывший ранее прежде до сменил сменила сменит
      заменил заменила ушел ушла отставку
    `),
  },
  indefinites: wordSet(
    "нибудь либо какое какие какой какую другое другие другой другую другого других иное иные",
  ),
  pointing: wordSet("этот эта эти этих этим этими этого этому этой эту данные данных упомянутые упомянутых"),
  totalWords: wordSet("всего итого"),
  inclusionWords: wordSet("включая"),
  rateWords: new Set([
    ..."ежегодно ежемесячно еженедельно ежедневно ежегодный ежемесячный".split(" "),
    ..."в каждый"
      .split(" ")
      .flatMap((w) => ["год", "месяц", "неделю", "день", "час"].map((t) => `${w} ${t}`)),
  ]),
  addressee: wordSet("ты вы"),
  // The second person singular says "ты" by its ending: "как думаешь", "знаешь".
  addressedForm: (word) => /[а-я]{2}(?:ешь|ишь)$/.test(word),
  auxiliaries: wordSet("ли"),
  questionParticles: wordSet("ли"),
  beForms: wordSet("является являются являлся был была были это есть"),
  memberNouns: wordSet("член члены членом членов"),
  membershipPhrases: [["часть"], ["частью"], ["в", "составе"]],
  doForms: new Set(),
  fromSide: FROM_SIDE,
  toSide: TO_SIDE,
  articles: ARTICLES,
  filler: FILLER,
  descriptionWords: DESCRIPTION_WORDS,
  expansionWords: EXPANSION_WORDS,
  greetings: GREETINGS,
  compareWords: COMPARE_WORDS,
  possibilityPhrases: [["мог", "бы"], ["могла", "бы"], ["могли", "бы"], ["грозило"], ["грозит"], ["грозил"]],
  samePhrases: [
    ...["то", "тот", "та", "те", "ту", "той", "том", "такой", "такое", "такие", "такую"].map((w) => [
      w,
      "же",
    ]),
    ...["одинаково", "одинаковое", "одинаковые", "одинаковый", "одинаковую", "одинаковая"].map((w) => [w]),
  ],
  negations: NEGATIONS,
  quantityWords: QUANTITY_WORDS,
  measureWords: MEASURE_WORDS,
  placeWords: PLACE_WORDS,
  timeWords: TIME_WORDS,
  topicPrepositions: TOPIC_PREPOSITIONS,
  slotBefore: new Set([
    ...FROM_SIDE,
    ...TO_SIDE,
    ...TOPIC_PREPOSITIONS,
    ...wordSet("с со за по при через между против"),
  ]),
  participles: new Set(),
  officeNouns: wordSet(`
    министр министром министра президент президентом премьер премьером канцлер секретарь секретарем
    директор директором председатель председателем командующий командующим главнокомандующий
    главнокомандующим глава главой начальник начальником губернатор губернатором мэр мэром посол послом
    руководитель руководителем менеджер менеджером заместитель заместителем замминистра
    ${[...RANK_NOUNS].join(" ")}
  `),
  rankNouns: RANK_NOUNS,
  exclusions: wordSet("кроме помимо исключая"),
  // "Кого цитируют в статье": everyone the facts of saying have speak.
  listingVerbs: wordSet("перечисли перечислите перечислить"),
  directWords: wordSet("дословно напрямую прямо"),
  quotingVerbs: wordSet(`
    цитировать цитирует цитируют цитировал цитировала цитировали цитируется цитируются процитировать
    процитировал процитировала процитировали процитирован процитированы цитирован цитированы
  `),
  answerLanguage: (word) => (IN_ENGLISH.has(word) ? "en" : undefined),
  subtypeWords: SUBTYPE_WORDS,
  openAlternatives: wordSet("что-то что то нибудь другое другой другая иное еще ещё кто-то кто"),
  bothWords: wordSet("оба обе обоих обеих обоим обеим"),
  eventWords: wordSet("произошло случилось было происходило"),
  likenessWords: wordSet(
    "аналогичные аналогичных аналогичное подобные подобных схожие похожие похожих похожее такие же",
  ),
  // "Похожие соглашения" are the "аналогичные" ones, whichever word the knowledge uses.
  synonyms: [["аналогичный", "похожий", "подобный", "схожий"]],
  firstTime: {
    first: wordSet("впервые первый первая первое первым первой первого"),
    earlier: wordSet("раньше прежде ранее"),
    anyone: wordSet("когда нибудь либо кто кого какой какая"),
  },
  makeWords: wordSet("марка марки марку модель модели производитель производителя"),
  articleSelf: {
    names: wordSet(
      "статья статье статьи статью статьей текст тексте текста материал материале материала новость новости",
    ),
    // "О чем статья", "про что текст": a preposition of topic asks what the article is about.
    about: wordSet("о об про суть сути кратко вкратце резюме содержание тема тематика пересказ tldr тлдр"),
    title: wordSet("заголовок заголовке название называется озаглавлена"),
    pointers: wordSet("это этом этого"),
    parts: wordSet("tldr тлдр"),
    authors: wordSet("автор автора автором авторы авторов авторство журналист журналиста корреспондент"),
    writing: wordSet("написал написала написали написан написана написано"),
  },
  joiners: wordSet("и или"),
  companionPhrases: [["с"], ["со"], ["вместе", "с"], ["вместе", "со"]],
  andWord: "и",
  alternatives: wordSet("или либо"),
  relatives: wordSet("который которая которое которые которого которой которым что кто"),
  // "И" joins names too: it starts another question only before a question word (see parts.ts).
  partJoiners: wordSet("и а также ещё еще плюс"),
  rangeWords: wordSet("между"),
  selfWords: wordSet("я мне меня мной мой моя моё мое мои моего моей мою моих"),
  opinionAsks: [
    ["ты", "думаешь"],
    ["вы", "думаете"],
    ["ты", "считаешь"],
    ["вы", "считаете"],
    ["как", "думаешь"],
    ["как", "считаешь"],
    ["твое", "мнение"],
    ["ваше", "мнение"],
    ["твоему", "мнению"],
    ["вашему", "мнению"],
    ["по", "твоему"],
    ["по", "вашему"],
  ],
  opinionFrame: { before: wordSet("а и как по что"), after: wordSet("о об про что") },
  chatterWords: wordSet("лол ахах хаха хах блин сорян сори извините извиняюсь спс капец короче кстати"),
  leadIns: wordSet("так вот ну короче ладно кстати а и слушайте слушай вопрос погоди подожди стоп хм"),
  othersAddressed: wordSet("нибудь"),
  // "Он подписал, верно?": a word after the statement that asks it be confirmed.
  questionTags: wordSet("верно правда правильно так да"),
  requestVerbs: wordSet(
    "скажи скажите расскажи расскажите подскажи подскажите объясни объясните назови назовите перечисли перечислите напомни напомните",
  ),
  pronouns: {
    person: wordSet("он она его ему него нему нем нём её ее ей ней"),
    // Russian nouns have gender: "он" and "она" stand for a country or a system as well as a person.
    thing: wordSet("оно это он она его ему него нему нем нём её ее ей ней"),
    several: wordSet("они их им ими них"),
    place: wordSet("там туда"),
  },
  possessives: wordSet("его её ее их"),
  pronounAgrees,
  // A Russian possessive is a case of the name; the name itself reads well enough to the engine.
  possessive: (name) => name,
  followUpWords: wordSet("а и что насчёт насчет как про о об тоже также ещё еще тогда"),
  oneWords: wordSet("один одна одно одни"),
  otherWords: wordSet("другой другая другие другое ещё еще"),
  calendarNames: {
    month: (word) => {
      const at = RUSSIAN_MONTHS.findIndex((form) => form.test(word));
      return at < 0 ? undefined : at + 1;
    },
    weekday: (word) => {
      const at = RUSSIAN_WEEKDAYS.findIndex((form) => form.test(word));
      return at < 0 ? undefined : at + 1;
    },
  },
  calendarSpans: wordSet("до по с со после перед между начиная"),
  depictedIn: {
    nouns: wordSet(
      "фото фотография фотографии фотографию снимок снимке кадр кадре картинка картинке изображение изображении фотка фотке видео",
    ),
    prepositions: wordSet("на в"),
  },
  timeBounds: wordSet("после перед накануне"),
  precisionWords: wordSet("точно конкретно именно"),
  magnitudes: { к: 1000, k: 1000 },
  numberEndings: wordSet("х ех ух ти и ми м мя ем ом"),
  // From two: "один" and "одна" pick one out ("одна из стран") more often than they count.
  numbers: NUMBERS,
  bounds: {
    above: [["более"], ["больше"], ["свыше"], ["сверх"]],
    atLeast: [["не", "менее"], ["не", "меньше"], ["минимум"], ["как", "минимум"]],
    below: [["менее"], ["меньше"]],
    atMost: [["не", "более"], ["не", "больше"], ["максимум"], ["до"]],
  },
  finishedWords: wordSet(`
    завершена завершен завершено завершены завершилась завершился завершилось завершились закончена
    закончен закончено закончены закончилась закончился закончилось закончились окончена окончен
    окончено окончены готова готов готово готовы полностью целиком выполнена выполнен выполнено выполнены
    остановлена остановлен остановлено остановлены остановилась остановился остановилось остановились
    приостановлена приостановлен приостановлено приостановлены заморожена заморожен заморожено заморожены
    прекращена прекращен прекращено прекращены застопорилась застопорился застопорилось застопорились
    застряла застрял застряло застряли встала встал встало встали
  `),
  ongoingWords: wordSet(`
    продолжается продолжаются продолжает продолжают продолжаться идет идут ведется ведутся
    еще пока
  `),
  // "Он всё ещё командующий", "до сих пор", "по-прежнему": a state lasting; "сейчас", "сегодня": the
  // present day. "До сих пор" says both ("сих" present, "пор" lasting).
  persistWords: wordSet("еще пор по-прежнему поныне"),
  changeWords: { from: wordSet("из"), to: wordSet("в во") },
  presentDayWords: wordSet("сейчас щас теперь сегодня нынче ныне сих поныне"),
  // "Армении что идёт": going, beside a name in the dative, says where a thing goes.
  goingToCase: {
    going: wordSet("идет идут шло шла шел шли"),
    receiver: (word) => !isAbbreviation(word) && DATIVE.test(word),
    verbs: wordSet("получать получить пойти достаться"),
  },
  speechVerbs: wordSet("сказать говорить заявить заявлять подчеркнуть пояснить объяснить добавить отметить"),
  // Only a speaker's past forms: "перечисли" asks the reader to list.
  speakerVerbs: wordSet(`
    перечислил перечислила перечислили перечислял перечисляла перечисляли выделил выделила выделили
    выделял выделяла выделяли обозначил обозначила обозначили
  `),
  opposites: [
    [
      [...wordSet("случайно случайный случайная нечаянно")],
      [...wordSet("намеренно умышленно преднамеренно нарочно")],
    ],
    [
      [
        ...wordSet(
          "хороший хорошая хорошее хорошо отличный отличная отличное отлично прекрасный прекрасная прекрасное прекрасно полезный полезная полезное",
        ),
      ],
      [
        ...wordSet(
          "плохой плохая плохое плохо ужасный ужасная ужасное ужасно вредный вредная вредное бесполезный бесполезная бесполезное",
        ),
      ],
    ],
    [
      [...wordSet("выжил выжила выжили выжить уцелел уцелела жив жива живой")],
      [...wordSet("убит убита убил убила убили погиб погибла погибли мертв мертва")],
    ],
    [[...wordSet("законно законный законная")], [...wordSet("незаконно незаконный незаконная")]],
    [
      [...wordSet("виновен виновна виновный")],
      [...wordSet("невиновен невиновна невиновный оправдан оправдана")],
    ],
  ],
  whContractions: CONTRACTIONS,
  chatWords: CHAT_WORDS,
  idiomsAs: IDIOMS_AS,
  typeWords: TYPE_WORDS,
  stem: (word) => perfectiveStem(stemmer(word)),
  // Only used to tell nouns that are no form of a relation's verb; Russian nouns and verbs differ in stem.
  inflections: (verb) => [verb],
  isWord: (word) => /^[а-я-]+$/.test(word) && isRussianWord(word, stemmer),
  // "Подписанные соглашения": a participle describes a thing; "были подписаны" is a passive.
  looksParticiple: (word) =>
    /(?:нн|анн|енн|ем|им)(?:ый|ая|ое|ые|ых|ого|ой|ую|ым|ыми)$|(?:ан|ен|ны|ена|ено)$/.test(word),
  // The full forms of passive participles ("подписанные", "поставляемых") agree with a noun they describe.
  describesOnly: (word) => /(?:нн|ем|им)(?:ый|ий|ая|ое|ые|ых|ого|ой|ую|ым|ыми|ом|ому)$/.test(word),
  phrases: russianMessages.engine,
  readAsked,
  readRole,
  nameStems,
  caseForms,
  verbForms,
  aspectPartners,
  currencyWords: new Set([
    "рубль",
    "рубля",
    "рублей",
    "рублях",
    "доллар",
    "доллара",
    "долларов",
    "долларах",
    "евро",
    "баксов",
  ]),
  impliedCopula: true,
  freeWordOrder: true,
  statementsAsk: true,
  outsideNames: OUTSIDE_NAMES,
  countryNames: "rus",
  prepare: prepareRussianDictionary,
};
