import { stemmer } from "stemmer";
import { en as englishMessages } from "../../i18n/en.js";
import { isEnglishWord } from "../../text/dictionary.js";
import { americanSpelling, isSpellingVariant } from "../../text/variants.js";
import { wordSet, wordTable } from "../../text/words.js";
import type { Language } from "./types.js";

/**
 * English: every English word list of the engine, its stemmer and its sentences. The engine reads
 * grammar from these words (who is asking about whom), so they are listed by role rather than as one
 * stop list.
 */

const WH_WORDS = wordSet("who whom whose what which when where why how");

const AUXILIARIES = wordSet(`
  do does did is are was were be been being am will would can could should shall may might must
  has have had
`);

const BE_FORMS = wordSet("is are was were be been being am");
/** Words that put an event before or after another: they open a clause of time, or make a noun a time. */
const TIME_ORDER = ["before", "after", "until"];

const FROM_SIDE = wordSet("from by");

const ARTICLES = wordSet("the a an this that these those its his her their");

const FILLER = wordSet(`
  article text use used uses using out stuff situation supposed meant intended play plays played playing through possible possibly kindly wondering wonder
  curious quick quickly briefly simply basically anyone someone somebody anybody guys folks bot hey
  thats im ive youre theyre r u ur t s d ll ve re m two three four five six seven eight nine ten
  havent hasnt isnt arent wasnt werent dont doesnt didnt cant wont wouldnt shouldnt couldnt
  the a an this that these those it its his her their them they he she him me my i you your we us
  our there here and or but so then than also too very just only really exactly actually please
  pls plz thanks thank tell know explain describe show give let about regarding concerning on at
  as if any anything something some all every each more much many info information details detail
  summary summarize summarise want wanna like would could can kind sort type thing things one ones
  other others else according say said says mention mentioned mentions does do did done is are was
  were be been being am will shall should may might must has have had to for into with in of from
  by not no yes who whom whose what which when where why how today exact name names
  named called both
  happen happens happening happened hold holds involve involved regard regarding go goes going up got
  kinda sorta y n yn
  even ever anyway anyways per w thru btw tho though etc etcetera again tf tldr
`);

const DESCRIPTION_WORDS = wordSet(`
  mean means meaning stand stands abbreviation acronym definition define short full form expansion
  expand spell called who what identity overview background first last surname forename given middle english
  translation translate translated
`);

const EXPANSION_WORDS = wordSet(
  "stand stands abbreviation abbreviations acronym acronyms initialism initials expansion expand spell short",
);

const GREETINGS = wordSet(`
  hi hello hey yo hiya howdy greetings sup morning evening bye goodbye thanks thank ok okay cool
  lol test bro bruh dude mate buddy pal fam
`);

const COMPARE_WORDS = wordSet(
  "difference differences differ differs different compare compared comparison versus vs between contrast unlike",
);

const NEGATIONS = wordSet(
  "not no never havent hasnt isnt arent wasnt werent dont doesnt didnt cant wont without",
);

const QUANTITY_WORDS = wordSet("many much");
const MEASURE_WORDS = wordSet(
  "number numbers amount amounts quantity quantities cost costs price prices worth budget value figure figures sum",
);
const PLACE_WORDS = wordSet("city cities town towns place location venue building address");
const AMOUNT_WORDS = wordSet("much");
const DURATION_UNITS = wordSet(
  "year years month months week weeks day days hour hours minute minutes decade decades",
);
const TIME_WORDS = wordSet("year date day month time week hour deadline timeline schedule timeframe");

const TOPIC_PREPOSITIONS = wordSet("about of on regarding concerning for with");
const SLOT_BEFORE = new Set([
  ...FROM_SIDE,
  ...wordSet("to for into of in with about on at against between than including"),
]);
const TO_SIDE = wordSet("to for into of towards toward");
const PARTICIPLES = wordSet(`
  given sold sent bought taken led run written shot got gotten made told spoken held done meant built
  kept found paid chosen known begun broken won lost thought brought spun shown grown drawn seen taught
  sought understood
`);

const WH_CONTRACTIONS: Record<string, string> = wordTable({
  whats: "what",
  whos: "who",
  wheres: "where",
  whens: "when",
  hows: "how",
  whys: "why",
  // Chat spellings ("wat" names a temple too, but never in a question to the bot).
  wat: "what",
  wut: "what",
  wht: "what",
  wats: "what",
  wuts: "what",
});

/** Chat spellings of ordinary words, read as the words they stand for. */
const CHAT_WORDS: Record<string, string> = wordTable({
  rn: "right now",
  atm: "at the moment",
  yrs: "years",
  yr: "year",
  mos: "months",
  govt: "government",
  govts: "governments",
  dept: "department",
  mgr: "manager",
  prev: "previous",
  abt: "about",
  ppl: "people",
  smth: "something",
  sth: "something",
  coord: "coordinating",
  cuz: "because",
  coz: "because",
  // "Where is it gonna be": the future, as "going to" says it.
  gonna: "going to",
  gotta: "got to",
  // Contractions of "have" typed without the apostrophe.
  couldve: "could have",
  wouldve: "would have",
  shouldve: "should have",
  mightve: "might have",
  mustve: "must have",
  em: "them",
  pic: "photo",
  pics: "photos",
  b4: "before",
  r: "are",
  w: "with",
  // Clipped words of offices and titles ("the agency admin", "house reps", "temp staff").
  admin: "administrator",
  admins: "administrators",
  rep: "representative",
  reps: "representatives",
  temp: "temporary",
});

/** Irregular forms the Porter stemmer cannot join to their verb. */
const IRREGULAR: Record<string, string> = wordTable({
  got: "get",
  gotten: "get",
  gave: "give",
  given: "give",
  sold: "sell",
  sent: "send",
  bought: "buy",
  took: "take",
  taken: "take",
  told: "tell",
  spoke: "speak",
  spoken: "speak",
  ran: "run",
  led: "lead",
  wrote: "write",
  written: "write",
  brought: "bring",
  shot: "shoot",
  made: "make",
  did: "do",
  done: "do",
  does: "do",
  has: "have",
  had: "have",
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  been: "be",
  am: "be",
  held: "hold",
  met: "meet",
  began: "begin",
  begun: "begin",
  chose: "choose",
  chosen: "choose",
  knew: "know",
  known: "know",
  thought: "think",
  said: "say",
  says: "say",
  paid: "pay",
  became: "become",
  broke: "break",
  broken: "break",
  won: "win",
  lost: "lose",
  meant: "mean",
  left: "leave",
  went: "go",
  gone: "go",
  came: "come",
  saw: "see",
  seen: "see",
  kept: "keep",
  grew: "grow",
  grown: "grow",
  shown: "show",
  spent: "spend",
  taught: "teach",
  oversaw: "oversee",
  overseen: "oversee",
  felt: "feel",
  heard: "hear",
  stood: "stand",
  understood: "understand",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  drove: "drive",
  driven: "drive",
  flew: "fly",
  flown: "fly",
  fell: "fall",
  fallen: "fall",
  caught: "catch",
  fought: "fight",
});

/** The forms a regular English verb takes: supply, supplies, supplied, supplying. */
function inflections(base: string): string[] {
  const stemmed = base.endsWith("y") && !/[aeiou]y$/.test(base) ? base.slice(0, -1) : undefined;
  const e = base.endsWith("e") ? base.slice(0, -1) : base;
  return stemmed
    ? [base, `${stemmed}ies`, `${stemmed}ied`, `${base}ing`]
    : [base, `${base}s`, `${base}es`, `${e}ed`, `${e}ing`, `${base}ed`, `${base}ing`];
}

/** Each month's names and short forms, to its number. */
const ENGLISH_MONTHS = new Map(
  [
    "jan january",
    "feb february",
    "mar march",
    "apr april",
    "may",
    "jun june",
    "jul july",
    "aug august",
    "sep sept september",
    "oct october",
    "nov november",
    "dec december",
  ].flatMap((names, i) => names.split(" ").map((name) => [name, i + 1] as const)),
);

/** Each day of the week's names, plural too ("on Mondays"), to its number, Monday first. */
const ENGLISH_WEEKDAYS = new Map(
  "monday tuesday wednesday thursday friday saturday sunday"
    .split(" ")
    .flatMap((day, i) => [day, `${day}s`, day.slice(0, 3)].map((name) => [name, i + 1] as const)),
);

/**
 * "Decided", "provides", "including": a verb in -de makes its noun in -sion ("decision", "provision",
 * "inclusion"), which asks about the same doing.
 */
function nominals(word: string): string[] {
  const verb = /^(.*[^aeiou][aeiou])d(?:e|ed|es|ing)$/.exec(word);
  return verb && (verb[1]?.length ?? 0) >= 3 ? [`${verb[1]}sion`] : [];
}

export const english: Language = {
  code: "en",
  whWords: WH_WORDS,
  whAsks: wordTable({
    who: "who",
    whom: "who",
    whose: "who",
    what: "what",
    which: "which",
    when: "when",
    where: "where",
    why: "why",
    how: "how",
  }),
  agentMarkers: wordSet("by"),
  genitive: wordSet("of"),
  addressee: wordSet("you"),
  auxiliaries: AUXILIARIES,
  beForms: BE_FORMS,
  passiveAuxiliaries: wordSet("get gets got gotten getting"),
  doForms: wordSet("do does did"),
  fromSide: FROM_SIDE,
  toSide: TO_SIDE,
  complementSide: wordSet("as"),
  articles: ARTICLES,
  filler: FILLER,
  descriptionWords: DESCRIPTION_WORDS,
  expansionWords: EXPANSION_WORDS,
  greetings: GREETINGS,
  compareWords: COMPARE_WORDS,
  possibilityPhrases: [
    ["could", "have"],
    ["might", "have"],
    ["could", "face"],
    ["faces", "up", "to"],
    ["faced", "up", "to"],
  ],
  samePhrases: [["same"], ["identical"], ["alike"], ["likewise"]],
  negations: NEGATIONS,
  timeClauseOpeners: new Set(TIME_ORDER),
  quantityWords: QUANTITY_WORDS,
  massWords: wordSet("much"),
  measureWords: MEASURE_WORDS,
  placeWords: PLACE_WORDS,
  timeWords: TIME_WORDS,
  amountWords: AMOUNT_WORDS,
  attribution: ["according", "to"],
  receiving: {
    verbs: wordSet("get gets got receive receives received"),
    to: "to",
    forWhom: (who, rest) => `${who} is ${rest.join(" ")} for`,
    going: wordSet("go goes going went gone head heads heading headed"),
  },
  durationUnits: DURATION_UNITS,
  topicPrepositions: TOPIC_PREPOSITIONS,
  slotBefore: SLOT_BEFORE,
  namesAfter: wordSet("to from by"),
  calendar: {
    asks: wordSet("date year day month week"),
    words: wordSet(`
      january february march april may june july august september october november december
    `),
    weekdays: wordSet("monday tuesday wednesday thursday friday saturday sunday"),
    exact: wordSet("date year month"),
    days: wordSet("day date"),
    months: wordSet("month"),
  },
  calendarNames: {
    month: (word) => ENGLISH_MONTHS.get(word),
    weekday: (word) => ENGLISH_WEEKDAYS.get(word),
  },
  calendarSpans: wordSet("through thru until till til by since before after from between to"),
  timeBounds: new Set([...TIME_ORDER, ..."since till during b4 prior".split(" ")]),
  precisionWords: wordSet("exactly precisely specifically exact precise physically actually"),
  magnitudes: { k: 1000, m: 1000000 },
  bounds: {
    above: [["more", "than"], ["over"], ["above"], ["greater", "than"], ["longer", "than"], ["beyond"]],
    atLeast: [["at", "least"], ["no", "less", "than"], ["minimum"]],
    below: [["less", "than"], ["fewer", "than"], ["under"], ["below"], ["shorter", "than"]],
    atMost: [["at", "most"], ["up", "to"], ["no", "more", "than"], ["maximum"]],
  },
  namingWords: wordSet("called named"),
  nameNouns: wordSet("name names"),
  rankAsked: wordSet("rank ranks"),
  demonstratives: wordSet("that this"),
  pointing: wordSet("this these those"),
  indefinites: wordSet("a an any another other others some"),
  predecessors: {
    asks: wordSet("previous predecessor predecessors former prior preceding earlier"),
    by: wordSet("before after b4"),
    tells: wordSet(`
      previous previously predecessor predecessors former formerly prior before until till earlier
      replace replaces replaced replacing succeed succeeds succeeded preceded retire retires retired
      outgoing
    `),
  },
  totalWords: wordSet("total altogether overall combined plus"),
  inclusionWords: wordSet("including incl inc counting"),
  rateWords: new Set([
    ..."annually annual yearly monthly weekly daily hourly".split(" "),
    ..."each every per"
      .split(" ")
      .flatMap((w) => ["year", "month", "week", "day", "hour"].map((t) => `${w} ${t}`)),
  ]),
  chatPrepositions: wordTable({ "4": "for", "2": "to" }),
  origin: { verbs: wordSet("come comes came coming originate originates"), from: wordSet("from") },
  listEnds: wordSet("etc etcetera"),
  exampleLeads: wordSet("like eg"),
  denials: {
    opens: [
      ...[...NEGATIONS].filter((w) => w !== "no").map((w) => [w]),
      ["rather", "than"],
      ["instead", "of"],
      // "She no longer works there": "no" alone mostly comes before a noun ("no figures").
      ["no", "longer"],
    ],
    emphatic: wordSet("only just merely simply least"),
    closes: wordSet("but although though while whereas"),
  },
  negativePrefixes: ["un", "non"],
  comparison: {
    degrees: wordSet("lower higher fewer more less greater larger smaller bigger longer shorter"),
    than: "than",
  },
  opposites: [
    // "Was the number lower than before" of "the number increased": a change and its opposite.
    [
      [
        ...wordSet(
          "increase increased increases increasing grew grow grows growing rose risen higher larger bigger",
        ),
      ],
      [
        ...wordSet(
          "decrease decreased decreases decreasing shrank shrunk shrink fell dropped declined lower smaller",
        ),
      ],
    ],
    [
      [
        ...wordSet(
          "accident accidental accidentally unintentional unintentionally inadvertent inadvertently mistake mistakenly",
        ),
      ],
      [
        ...wordSet(
          "intentional intentionally deliberate deliberately purposely purposefully knowingly wilfully willfully",
        ),
      ],
    ],
    // "Does he think it is a bad idea" of "an excellent opportunity": a judgement and its opposite.
    [
      [...wordSet("good great excellent positive beneficial useful wise valuable helpful")],
      [...wordSet("bad terrible awful poor negative harmful useless pointless unwise")],
    ],
    [
      [...wordSet("survive survives survived surviving survivor survivors alive")],
      [...wordSet("kill kills killed dead die dies died death fatally")],
    ],
    [[...wordSet("list listed listing")], [...wordSet("delist delisted delisting unlisted")]],
    [[...wordSet("legal lawful legally lawfully")], [...wordSet("illegal unlawful illegally unlawfully")]],
    [[...wordSet("guilty convicted")], [...wordSet("innocent acquitted")]],
    [[...wordSet("approve approved")], [...wordSet("reject rejected veto vetoed")]],
    [
      [...wordSet("allow allowed permit permitted")],
      [...wordSet("ban banned prohibit prohibited forbid forbidden")],
    ],
    [[...wordSet("temporary temporarily")], [...wordSet("permanent permanently")]],
    [[...wordSet("win wins won")], [...wordSet("lose loses lost")]],
  ],
  idioms: ["got", "gotten", "has", "have", "had"].map((verb) => [verb, "to", "do", "with"]),
  numbers: wordTable(
    Object.fromEntries(
      "one two three four five six seven eight nine ten eleven twelve".split(" ").map((w, i) => [w, i + 1]),
    ),
  ),
  rankWords: wordSet("number"),
  ordinals: {
    words: wordTable(
      Object.fromEntries(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
          .split(" ")
          .map((w, i) => [w, i + 1]),
      ),
    ),
    suffixes: /^(\d+)(?:st|nd|rd|th)$/,
  },
  participles: PARTICIPLES,
  exclusions: wordSet("besides except excluding apart"),
  personNouns: wordSet(`
    brass bigwig bigwigs bigshot bigshots honcho honchos officials guy lady dude gal fella
  `),
  listWords: wordSet("list lists rundown"),
  listingVerbs: wordSet("list enumerate itemize itemise"),
  bothWords: wordSet("both"),
  openAlternatives: wordSet("something smth sth anything else other what whatever someone somebody"),
  everyoneWords: wordSet("everyone everybody"),
  directWords: wordSet("directly direct verbatim literally word"),
  quotingVerbs: wordSet("quote quotes quoted quoting cite cites cited citing"),
  linkWords: wordSet("link links url urls website websites webpage webpages homepage"),
  nicknameWords: wordSet("nickname nicknames moniker nick"),
  portionWords: wordSet("part parts bit bits portion portions piece pieces aspect aspects element elements"),
  subtypeWords: wordSet(
    "type types kind kinds sort sorts model models make makes variant variants version versions brand",
  ),
  articleSelf: {
    names: wordSet("article story piece report text release news"),
    about: wordSet("about summary summarize summarise gist topic subject overview tldr"),
    title: wordSet("title headline called named"),
    pointers: wordSet("this"),
    parts: wordSet("headline headlines title summary gist tldr overview"),
    authors: wordSet("author authors writer writers byline bylines"),
    writing: wordSet("wrote write writes written writing penned authored"),
  },
  questionTags: wordSet("right correct true yeah yes yep ya innit eh ok okay no nah nope"),
  yesNoMarks: {
    marks: [["y", "n"], ["yn"], ["yes", "no"], ["yes", "or", "no"], ["y", "or", "n"]],
    tag: "right",
  },
  finishedWords: wordSet(`
    finished finish complete completed done over ended concluded accomplished fully completely entirely
    stalled stall stopped stop halted halt paused suspended frozen abandoned cancelled canceled dropped
    stuck dead shelved
  `),
  ongoingWords: wordSet(`
    continues continue continuing ongoing underway progress progressing still undergoing undergoes pending
    proceeding proceeds advancing advances being
  `),
  completionWords: wordSet("already yet"),
  beginWords: wordSet(`
    start started begin began begun launch launched commence commenced initiate initiated kicked opened
    undertaken
  `),
  stateTimeWords: wordSet("yet already now right currently presently present moment"),
  stateAsks: wordSet("status progress stage standing happening happens next"),
  stateWhere: {
    wh: "where",
    ends: wordSet("at"),
    as: ["what", "status"],
    after: wordSet("right now currently presently today anymore atm"),
    about: wordSet("with on"),
  },
  depictionWords: wordSet(`
    show shows showing shown depict depicts depicting depicted portray portrays portrayed feature features
    featured picture pictures pictured
  `),
  depictedIn: {
    nouns: wordSet(
      "photo photos photograph photographs picture pictures pic pics image images video footage",
    ),
    prepositions: wordSet("in on"),
  },
  currencyWords: wordSet(
    "dollar dollars buck bucks usd euro euros eur pound pounds gbp ruble rubles rouble roubles",
  ),
  gapAdmissions: [
    { phrase: "does not say how many", asks: wordSet("count quantity") },
    { phrase: "does not give the number", asks: wordSet("count quantity") },
    { phrase: "does not name", asks: wordSet("what which who none") },
    { phrase: "does not list", asks: wordSet("what which who none") },
  ],
  reasonWords: wordSet(
    "point purpose purposes reason reasons goal goals aim aims rationale motive motives motivation objective objectives",
  ),
  officeNouns: wordSet(`
    minister president premier chancellor secretary director chairman chairwoman chairperson chair
    commander head chief governor mayor ambassador spokesman spokeswoman spokesperson manager
    administrator deputy treasurer editor founder ceo cto cfo coo
  `),
  rankQualifiers: wordSet("assistant deputy acting interim vice associate"),
  // "Anymore" asks both whether it lasts and whether it does so now.
  persistWords: wordSet("still anymore"),
  dummySubjects: wordSet("it"),
  changeWords: { from: wordSet("from"), to: wordSet("into to") },
  eventWords: wordSet("happen happens happened happening occur occurs occurred go goes went"),
  likenessWords: wordSet("similar same identical alike likewise comparable equivalent analogous"),
  firstTime: {
    first: wordSet("first"),
    earlier: wordSet("before previously earlier prior beforehand"),
    anyone: wordSet("ever a an any anyone anybody someone somebody"),
  },
  makeWords: wordSet("brand brands model models make makes manufacturer manufacturers maker makers"),
  presentDayWords: wordSet("today now currently nowadays presently anymore"),
  infinitive: { marker: "to", leads: wordSet("have has had need needs needed going supposed") },
  amountComparatives: wordSet("more less fewer most least fewest"),
  governingPrepositions: wordSet("under per"),
  payingWords: wordSet(
    "pay pays paying paid fund funds funding funded finance finances financing financed bankroll bankrolls sponsor sponsors sponsoring sponsored",
  ),
  synonyms: [["create", "build", "built", "construct", "establish"]],
  nominals,
  joiners: wordSet("and or"),
  andWord: "and",
  alternatives: wordSet("or"),
  relatives: wordSet("that who which whose whom"),
  oneWords: wordSet("one ones"),
  otherWords: wordSet("other others else another"),
  directiveVerbs: wordSet("direct order instruct command"),
  memberNouns: wordSet("member members membership"),
  soleWords: new Set([
    ...wordSet("alone solely singlehandedly solo unaided unassisted"),
    ...["himself", "herself", "itself", "themselves"].map((w) => `by ${w}`),
    ...["his", "her", "its", "their"].map((w) => `on ${w} own`),
    "single handedly",
  ]),
  membershipPhrases: [["part", "of"]],
  membershipPrepositions: wordSet("in within inside"),
  biddingVerbs: wordSet("tell told telling tells ask asked asking asks"),
  speechVerbs: wordSet("say tell told state announce declare stress explain add note claim remark comment"),
  // Only the forms a question puts after its speaker ("what did X highlight"): a participle after a name
  // describes it ("the garden mentioned in the article").
  speakerVerbs: wordSet(`
    highlight highlights mention mentions cite cites underline underlines emphasise emphasises emphasize
    emphasizes outline outlines list
  `),
  partJoiners: wordSet("and also plus then"),
  rangeWords: wordSet("between"),
  selfWords: wordSet("i me my mine myself im ive idk imo tbh"),
  opinionAsks: [
    ...["you", "u", "ya"].flatMap((you) =>
      ["think", "reckon", "believe", "feel", "figure", "suppose", "guess"].map((verb) => [you, verb]),
    ),
    ...["your", "ur", "yr"].flatMap((your) =>
      ["opinion", "view", "views", "take", "thoughts", "verdict", "stance", "feeling", "feelings"].map(
        (noun) => [your, noun],
      ),
    ),
    ["would", "you", "say"],
    ["would", "u", "say"],
  ],
  opinionFrame: {
    before: wordSet("in what how do does did would so and but"),
    after: wordSet("about of on that is"),
  },
  chatterWords: wordSet("lol lmao haha hahaha hehe ugh oops sorry thx ty btw goodnight gn brb pls plz"),
  leadIns: wordSet(
    "so anyway anyways well right alright basically ok okay quick question one and but also wait hmm hm um umm uh ah oh actually",
  ),
  othersAddressed: wordSet("anyone anybody someone somebody"),
  requestVerbs: wordSet("tell name list explain describe give show remind"),
  pronouns: {
    person: wordSet("he him his she her hers"),
    thing: wordSet("it its"),
    several: wordSet("they them their"),
    place: wordSet("there"),
  },
  possessives: wordSet("his her hers its their"),
  possessive: (name) => `${name}'s`,
  followUpWords: wordSet("and what about how then also so ok okay same for of with regarding as well too"),
  whContractions: WH_CONTRACTIONS,
  chatWords: CHAT_WORDS,
  modifierBeforeNoun: true,
  idiomsAs: [
    [
      ["in", "line", "for"],
      ["waiting", "for"],
    ],
    [
      ["next", "in", "line", "for"],
      ["waiting", "for"],
    ],
    [["day", "of", "the", "week"], ["day"]],
    // "Who ok'd it": the apostrophe splits the chat spelling of "approved".
    [["ok", "d"], ["approved"]],
    [["okd"], ["approved"]],
    [["okayed"], ["approved"]],
    // "How did they figure out it was him": the verb, not a figure asked for.
    [
      ["figure", "out"],
      ["find", "out"],
    ],
    [
      ["figured", "out"],
      ["found", "out"],
    ],
    [
      ["figuring", "out"],
      ["finding", "out"],
    ],
    // "Any country other than X", "aside from X": what is set aside, as "besides" says.
    [["other", "than"], ["besides"]],
    [["aside", "from"], ["besides"]],
    // "Is it still so these days": the present day, like "nowadays".
    [["these", "days"], ["nowadays"]],
    [["any", "more"], ["anymore"]],
    [["at", "present"], ["presently"]],
    // "When did it wrap up": the end, as "finish" says.
    [
      ["wrap", "up"],
      ["end", "up"],
    ],
    [
      ["wrapped", "up"],
      ["ended", "up"],
    ],
    [
      ["wraps", "up"],
      ["ends", "up"],
    ],
    // "What's going on with X": what is happening to it, its state.
    [
      ["going", "on", "with"],
      ["happening", "with"],
    ],
    // "Workers from outside the US", "from abroad": from another country than the article's own.
    ...[
      ["outside", "the", "us"],
      ["outside", "the", "u", "s"],
      ["outside", "the", "usa"],
      ["outside", "the", "united", "states"],
      ["outside", "america"],
      ["outside", "the", "country"],
      ["abroad"],
      ["overseas"],
    ].map((phrase) => [phrase, ["other", "countries"]] as [string[], string[]]),
    // "Who were the big shots": the important people, as "bigwigs" says.
    [["big", "shots"], ["bigshots"]],
    [["big", "shot"], ["bigshot"]],
    [["big", "wigs"], ["bigwigs"]],
    // "tl;dr": the punctuation splits the chat word for a summary.
    [["tl", "dr"], ["tldr"]],
  ],
  unitPrepositions: wordSet("in"),
  // "Colour" and "color", "defence" and "defense": one word, whichever spelling a question or the
  // knowledge uses.
  stem: (word) => stemmer(IRREGULAR[word] ?? americanSpelling(word)),
  inflections,
  plurals: (noun) =>
    noun.includes(" ")
      ? []
      : /[^aeiou]y$/.test(noun)
        ? [`${noun.slice(0, -1)}ies`]
        : /(?:s|x|z|ch|sh)$/.test(noun)
          ? [`${noun}es`]
          : [`${noun}s`],
  // "His 2nd job": an ordinal in figures is as plain a word as the one it stands for.
  isWord: (word) =>
    isEnglishWord(word) || isSpellingVariant(word) || /^\d*(1st|2nd|3rd|[04-9]th|1[1-3]th)$/.test(word),
  looksParticiple: (word) => word.endsWith("ed") || PARTICIPLES.has(word),
  // The sentences live in the message catalogue with every other text people read.
  phrases: englishMessages.engine,
};
