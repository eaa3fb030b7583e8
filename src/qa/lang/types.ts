import type { Asked, Cue, Mention, Role } from "../question.js";

/** What a question asks, as a language reads it: the kind of answer, and the word that names a kind. */
export interface AskedReading {
  asked: Asked;
  typeHint: string | undefined;
  typeWordAt: number | undefined;
}

/** What a language's own reading of sides may ask of the knowledge. */
export interface RoleContext {
  /** Whether an entity's kind ever stands on that side of a relation in the facts. */
  canStand(entity: string, relation: string, side: "subject" | "object"): boolean;
}

/**
 * Everything the engine knows about one language: the small words it reads grammar from, how it
 * stems and inflects words, which words are ordinary words of the language, and the sentences it
 * writes. One module per language implements it (`en.ts`); the engine never branches on a language.
 *
 * Word sets hold normalised words (lower case, no accents; see `normaliseText`).
 */
export interface Language {
  /** ISO 639-1 code. */
  readonly code: string;

  /** "who what which when where why how ...": words that open a wh-question. */
  readonly whWords: ReadonlySet<string>;
  /** Each wh-word → what it asks ("whom" asks "who"). */
  readonly whAsks: Readonly<Record<string, WhAsked>>;
  /** "by": the word that names the agent of a passive ("supplied by Russia"). */
  readonly agentMarkers: ReadonlySet<string>;
  /** "of": the word that joins a thing to what it belongs to ("the number of countries"). */
  readonly genitive: ReadonlySet<string>;
  /** "you": a verb right after it is a request to the bot ("can you explain"), not the relation asked. */
  readonly addressee: ReadonlySet<string>;
  /** Particles that ask yes or no from just after a clause's first word ("подписал ли"). None in some languages. */
  readonly questionParticles?: ReadonlySet<string>;
  /** A verb form that itself speaks to the bot, with no "you" needed ("думаешь"): a request, not the relation asked. */
  addressedForm?(word: string): boolean;
  /** Helping verbs that open a yes/no question ("do", "is", "has", "will"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Forms of "to be": "who is X" asks what X is. */
  readonly beForms: ReadonlySet<string>;
  /** Other words that make a passive before a participle: "got selected". None in some languages. */
  readonly passiveAuxiliaries?: ReadonlySet<string>;
  /** "do does did": before a name, they ask about the verb after it. */
  readonly doForms: ReadonlySet<string>;
  /** Prepositions that put the entity after them on the giving side ("from", "by"). */
  readonly fromSide: ReadonlySet<string>;
  /** Prepositions that put the entity after them on the receiving side ("to", "for"). */
  readonly toSide: ReadonlySet<string>;
  /**
   * "As": the word before a name that says what someone is taken or serves as ("picked as Treasurer",
   * "serves as chair"). The name describes a party rather than standing on a side of its own.
   */
  readonly complementSide?: ReadonlySet<string>;
  /** Articles, demonstratives and possessive determiners. */
  readonly articles: ReadonlySet<string>;
  /** Words that carry no content in a question about an article. */
  readonly filler: ReadonlySet<string>;
  /** Words that ask what a name is: "stand for", "meaning", "who". */
  readonly descriptionWords: ReadonlySet<string>;
  /** Words that ask what letters stand for ("stand", "acronym"), not what a name is. */
  readonly expansionWords?: ReadonlySet<string>;
  readonly greetings: ReadonlySet<string>;
  /** Words that ask for two or more names side by side. */
  readonly compareWords: ReadonlySet<string>;
  /** "Could have received", "мог бы": phrases by which a fact states what was possible, not what happened. */
  readonly possibilityPhrases?: readonly (readonly string[])[];
  /**
   * "С", "вместе с": words that join a name to the name before it as its companion ("Армения с
   * Белоруссией"): the two stand together, as names joined by "and" do. None in some languages.
   */
  readonly companionPhrases?: readonly (readonly string[])[];
  /** "The same as", "то же, что": phrases that ask whether two names fare alike. */
  readonly samePhrases?: readonly (readonly string[])[];
  /** Words that turn a question round: "which countries have not signed". */
  readonly negations: ReadonlySet<string>;
  /**
   * Words that open a clause of time after the question's own words ("what did X do before the storm
   * hit"): the clause is a condition the fact's own time must state, its names and verb not the question's.
   */
  readonly timeClauseOpeners?: ReadonlySet<string>;
  /** "how many", "how much". */
  readonly quantityWords: ReadonlySet<string>;
  /** "Much": quantity words that ask for an amount of a mass, never a count of those who do a thing. */
  readonly massWords?: ReadonlySet<string>;
  /** Words that ask for a figure wherever they stand ("price", "number"). */
  readonly measureWords: ReadonlySet<string>;
  /** "Which city": words that ask for a place on the map. */
  readonly placeWords: ReadonlySet<string>;
  /** "What year": words that ask for a time. */
  readonly timeWords: ReadonlySet<string>;
  /**
   * "Much" of "how much": the word after "how" that asks an amount (money, a measure), not a count nor
   * a time. With `durationUnits`, the words that make a figure a length of time ("years", "days").
   */
  readonly amountWords?: ReadonlySet<string>;
  readonly durationUnits?: ReadonlySet<string>;
  /**
   * "Get", "receive": verbs of receiving, which a knowledge may not use. "Who gets X" asks whom X is
   * for, and `forWhom` words it so from the words after the verb ("who is X for"); `to` is the word
   * after the thing that marks whom it goes to ("a request ... to eligible providers").
   */
  readonly receiving?: {
    verbs: ReadonlySet<string>;
    to: string;
    forWhom(who: string, rest: readonly string[]): string;
    /**
     * Verbs of going ("go", "head"): before `to`, the thing goes to its receiver ("helicopters going
     * to which countries"), as the relation whose inverse verbs are these verbs of receiving names it.
     */
    going?: ReadonlySet<string>;
  };
  /**
   * "Армении что идёт": verbs of going whose receiver a case ending marks, with no preposition. Beside
   * a name in that case (`receiver`), they name the relations whose inverse verbs are `verbs`, as a
   * verb of receiving would.
   */
  readonly goingToCase?: {
    going: ReadonlySet<string>;
    receiver(word: string): boolean;
    verbs: ReadonlySet<string>;
  };
  /** "According to": the words before whoever a question's claim is attributed to. */
  readonly attribution?: readonly string[];
  /** Prepositions after which a noun is the question's topic rather than what it asks. */
  readonly topicPrepositions: ReadonlySet<string>;
  /**
   * Prepositions after which a word of no dictionary is a name ("sent to storex"): it is corrected only
   * into a name's word, never into an ordinary word of the article. None where case endings change
   * every word after a preposition.
   */
  readonly namesAfter?: ReadonlySet<string>;
  /**
   * "What date", "which year" ask a time on the calendar (`asks`), which a fact's time gives only with a
   * figure or one of the calendar's names (`words`: months; `weekdays`): "for a year" is no date. What
   * `exact` asks ("date", "year") a weekday alone does not give: "on Sunday" says what day, not what date.
   */
  readonly calendar?: {
    asks: ReadonlySet<string>;
    words: ReadonlySet<string>;
    weekdays?: ReadonlySet<string>;
    exact?: ReadonlySet<string>;
    /**
     * "Day", "date": asked with a word of precision before it ("what exact day"), the day itself, which
     * a month or a year alone does not give.
     */
    days?: ReadonlySet<string>;
    /** "Month": asked, the month itself, which a year alone does not give. */
    months?: ReadonlySet<string>;
  };
  /**
   * The month (1-12) or day of the week (1-7, Monday first) a word names, in any of its forms
   * ("jan", "January", "января"; "Sunday", "в воскресенье"): a yes/no question naming one that a
   * fact's time names otherwise is answered no.
   */
  readonly calendarNames?: {
    month: (word: string) => number | undefined;
    weekday: (word: string) => number | undefined;
  };
  /** "Through", "since", "до": words before a time that make it one end of a span, not a time. */
  readonly calendarSpans?: ReadonlySet<string>;
  /**
   * "Before", "after", "после": words that make the event named after them a time ("before landfall",
   * "after the briefing"): a relation's noun there says when, and is not the relation asked.
   */
  readonly timeBounds?: ReadonlySet<string>;
  /** "Exactly", "точно": words asking for more precision than a bare name of a region gives. */
  readonly precisionWords?: ReadonlySet<string>;
  /**
   * Words before a figure that make it a bound ("more than 20", "at least 3", "under 10"): each a
   * sequence of words, the bound open or closed, from below or above.
   */
  readonly bounds?: {
    above: readonly (readonly string[])[];
    atLeast: readonly (readonly string[])[];
    below: readonly (readonly string[])[];
    atMost: readonly (readonly string[])[];
  };
  /**
   * "По-английски", "на англ": a word that asks for the answer in another language, and that language's
   * code. Such a word asks nothing of the facts (the language lists it among its filler).
   */
  answerLanguage?(word: string): string | undefined;
  /**
   * How a text denies what follows: words and phrases that open a denied clause ("not", "never",
   * "rather than"), the words right after one that deny nothing ("not only", "not just"), and the words
   * that close the clause before its end ("not A but B"). A fact's concepts said only in such clauses
   * are what it says is not so.
   */
  readonly denials?: {
    readonly opens: readonly (readonly string[])[];
    readonly emphatic: ReadonlySet<string>;
    readonly closes: ReadonlySet<string>;
  };
  /** "un", "non": a word made with one says the opposite of the word after it ("unpressurized"). */
  readonly negativePrefixes?: readonly string[];
  /**
   * Words of opposite meaning, two groups a pair ("by accident" and "intentionally", "survived" and
   * "killed", "listed" and "delisted"): a fact that says a word of one group, and no word of the other,
   * answers "no" to a yes/no question asking a word of the other about the same names.
   */
  readonly opposites?: readonly (readonly [readonly string[], readonly string[]])[];
  /**
   * "Lower than", "bigger than": the words of degree and the word after them that compares. A yes/no
   * question with one asks whether a figure compares so, not for the figure.
   */
  readonly comparison?: { readonly degrees: ReadonlySet<string>; readonly than: string };
  /**
   * Phrases whose words name no relation, whatever the knowledge's verbs: "got to do with", "has to do
   * with" ask how a name is involved, not what it got or has.
   */
  readonly idioms?: readonly (readonly string[])[];
  /** "Etc": a list that ends with it gives examples of what was asked before, and asks nothing itself. */
  readonly listEnds?: ReadonlySet<string>;
  /**
   * "Like": a part that opens with it and asks nothing ("like 10th 12th?") only gives examples of the
   * answer the question before it wants, and is no part of that question.
   */
  readonly exampleLeads?: ReadonlySet<string>;
  /** "4" for "for", "2" for "to", "w" for "with": figures and letters typed for prepositions, read so before a name. */
  readonly chatPrepositions?: Readonly<Record<string, string>>;
  /**
   * "In total", "всего": a count of the whole, which a list of examples does not give; asked of
   * amounts ("restitution plus fees"), the amounts added up.
   */
  readonly totalWords?: ReadonlySet<string>;
  /** "How many people, including the photographer": what the count takes in besides, not narrows to. */
  readonly inclusionWords?: ReadonlySet<string>;
  /** "Come from": where something comes from asks who gives it. */
  readonly origin?: { verbs: ReadonlySet<string>; from: ReadonlySet<string> };
  /**
   * "These agreements", "this pact": words that point at the very thing the article tells of, not at
   * one like it ("an agreement"). ("That" is left out: it also opens a clause.)
   */
  readonly pointing?: ReadonlySet<string>;
  /**
   * "An agreement", "any deal", "another pact": words that ask of one like the thing the article tells
   * of, which may be one it does not cover. A question with none ("did X sign the agreements", "has X
   * signed yet") asks of the thing the article tells of.
   */
  readonly indefinites?: ReadonlySet<string>;
  /**
   * "Who was the previous director", "who held the post before X": words that ask who held something
   * earlier (`asks`), and words by which a fact tells of someone who did (`tells`: "replaced",
   * "retired", "until", "former"). A fact without them tells who holds it, not who held it before.
   */
  readonly predecessors?: {
    readonly asks: ReadonlySet<string>;
    readonly tells: ReadonlySet<string>;
    /** "Before X", "after X", "до X": the words that set the time by a person. */
    readonly by: ReadonlySet<string>;
  };
  /** "That", "this": pointing back, "what's that" after a name asks what the name is. */
  readonly demonstratives?: ReadonlySet<string>;
  /** "Name": "what is the name of X" asks what X is called. */
  readonly nameNouns?: ReadonlySet<string>;
  /** "Rank": "what is X's rank" asks the title X's names put before X's own name ("Col. Gen."). */
  readonly rankAsked?: ReadonlySet<string>;
  /** "Called", "named": ending a "what is X ..." question, they ask X's name, not what anyone said. */
  readonly namingWords?: ReadonlySet<string>;
  /**
   * Ordinal words and their places ("tenth": 10), and the endings that make digits one ("10th"): "the
   * first" against a fact's "the tenth" is another place in the same series.
   */
  /** "What number chief is she": the measure word that, after a question word, asks for a rank. */
  readonly rankWords?: ReadonlySet<string>;
  readonly ordinals?: { readonly words: Readonly<Record<string, number>>; readonly suffixes: RegExp };
  /** Number words and their values ("three": 3); digits are read in any language. */
  readonly numbers?: Readonly<Record<string, number>>;
  /** Case endings written after digits ("4х", "4-х": of four), which leave the number as it is. */
  readonly numberEndings?: ReadonlySet<string>;
  /** Letters after digits that multiply them, as chat writes figures ("40k": 40,000). */
  readonly magnitudes?: Readonly<Record<string, number>>;
  /** Words after which an unknown word stands where a name would. */
  readonly slotBefore: ReadonlySet<string>;
  /** Irregular past participles ("given", "sold"): a passive or attributive verb. */
  readonly participles: ReadonlySet<string>;
  /** Words after which the question says what the answer is not ("besides"). */
  readonly exclusions: ReadonlySet<string>;
  /** "type", "model": words that ask which model of a thing. */
  readonly subtypeWords: ReadonlySet<string>;
  /**
   * Questions about the article itself: words that name it ("article", "story"), that ask what it is
   * about ("about", "summary") and that ask its title ("title", "headline"). A language without them
   * reads such questions as any other.
   */
  readonly articleSelf?: {
    names: ReadonlySet<string>;
    about: ReadonlySet<string>;
    title: ReadonlySet<string>;
    /** Pronouns that, standing alone, point at the article: "when was this published", "what is this about". */
    pointers?: ReadonlySet<string>;
    /** Parts only an article has, which name it by themselves: "what's the headline". */
    parts?: ReadonlySet<string>;
    /**
     * "Who is the author", "who wrote this story": nouns for the person who wrote the article, which
     * name it by themselves, and verbs of writing, asked of the article named. The knowledge's
     * `article` block gives no author, and the publisher is not one: such a question is a gap.
     */
    authors?: ReadonlySet<string>;
    writing?: ReadonlySet<string>;
  };
  /** Regular plurals of a noun ("city": "cities"), so a kind's word asks for it in the plural too. */
  plurals?(noun: string): string[];
  /**
   * A noun's regular forms in the other cases of the same number ("система": "системе", "систему",
   * "системой"), in a language whose cases change a noun's ending: a kind's word, or the first word of
   * a name's last words ("о какой системе ПВО"), is found in whichever case the question puts it.
   */
  caseForms?(noun: string): string[];
  /**
   * Words of this language for kinds of thing, by the type ids they ask for; the knowledge file's own
   * `types[].words` (or their translation) come first.
   */
  readonly typeWords?: Readonly<Record<string, string>>;
  /**
   * Words for someone in a role that name no role ("official", "brass"): they ask for the knowledge's
   * kind of person, as its own words for it do.
   */
  readonly personNouns?: ReadonlySet<string>;
  /**
   * "Quote", "cite": verbs by which the article reports what someone said. "Which people does the story
   * quote" asks for everyone the facts of saying have speak.
   */
  readonly quotingVerbs?: ReadonlySet<string>;
  /** "Who is quoted directly": words asking for a speaker's own words, in quotation marks. */
  readonly directWords?: ReadonlySet<string>;
  /**
   * "List", "rundown": a name's list is what the name's statement enumerates, not a thing a fact must
   * hold ("what does Armenia get in Bondarev's list").
   */
  readonly listWords?: ReadonlySet<string>;
  /**
   * "List", "enumerate": a verb that, opening the question, bids the reader list what follows ("list
   * every country the article mentions"); it asks which, and is no word a fact must hold.
   */
  readonly listingVerbs?: ReadonlySet<string>;
  /** "Everyone", "everybody": after a verb of listing, the people are what is listed ("list everyone quoted"). */
  readonly everyoneWords?: ReadonlySet<string>;
  /**
   * "Both": a yes/no question about both of two names asks of each, so a fact naming one of them is no
   * fact about some other instead of the second.
   */
  readonly bothWords?: ReadonlySet<string>;
  /**
   * "Is X from W or something else": the words that, after a word of alternatives, leave the
   * alternative open; the question then asks what X is, should the article not know W.
   */
  readonly openAlternatives?: ReadonlySet<string>;
  /** "Link", "website", "url": words that ask for a web address, which facts giving one answer. */
  readonly linkWords?: ReadonlySet<string>;
  /** "Part", "bit", "portion": words that, between a wh-word and "of", ask which portion of a thing. */
  readonly portionWords?: ReadonlySet<string>;
  /** "Nickname", "moniker": words that ask for a short form of a person's name. */
  readonly nicknameWords?: ReadonlySet<string>;
  /** "and", "or": words that join two names. */
  readonly joiners: ReadonlySet<string>;
  /** The word "and": "Armenia + Belarus", "A & B" join two names as it does. */
  readonly andWord?: string;
  /** "and", "also": words that may start another question in the same message. */
  readonly partJoiners: ReadonlySet<string>;
  /** "between": a word whose "and" joins the two ends of a range, not two questions. */
  readonly rangeWords?: ReadonlySet<string>;
  /**
   * "I", "my": words a writer says of themselves. A stretch of a long message that asks nothing and says
   * one ("my internet died again") tells of the writer's day, not of the article.
   */
  readonly selfWords?: ReadonlySet<string>;
  /**
   * "In your opinion", "do you think", "what do u reckon": phrases that ask the reader's own view. The
   * article gives a view only where it tells of someone's; what else it says decides no judgement.
   */
  readonly opinionAsks?: readonly (readonly string[])[];
  /**
   * Words a phrase of opinion takes with it where they stand right before it ("in your opinion", "what
   * do you think") or right after it ("what do you think about"): the rest is what the view is asked of.
   */
  readonly opinionFrame?: { readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  /** "lol", "sorry", "thanks": words of chatter around a question, beside the greetings. */
  readonly chatterWords?: ReadonlySet<string>;
  /**
   * "anyway", "so", "ok question", "wait, was it", "hmm did he": words that may come before a question
   * without asking anything, skipped when telling whether a stretch of a message opens a question and
   * before the helping verb of a yes/no question.
   */
  readonly leadIns?: ReadonlySet<string>;
  /** "anyone", "someone": words that put a question to the others in a channel, not to the article. */
  readonly othersAddressed?: ReadonlySet<string>;
  /** "tell", "name", "list": verbs that open a request for an answer ("name the countries"). */
  readonly requestVerbs?: ReadonlySet<string>;
  /**
   * Words that stand for a name said before: for a person ("he", "his"), for a thing ("it"), for
   * several ("they"), for a place ("there"). Possessive forms are listed in `possessives` too.
   */
  readonly pronouns: Readonly<Record<PronounClass, ReadonlySet<string>>>;
  /**
   * Whether a pronoun may stand for a name by its gender and number ("он" for "Бондарев", not for
   * "Воздушно-космические силы"), where the language marks them; any name otherwise.
   */
  pronounAgrees?(pronoun: string, name: string): boolean;
  /** "his", "its", "their": pronouns that stand for a name with a possessive. */
  readonly possessives: ReadonlySet<string>;
  /** A name with a possessive, as a question would write it: "Bondarev's". */
  possessive(name: string): string;
  /**
   * "and Armenia?", "what about Belarus", "same for Kazakhstan": words that, around a name and
   * nothing else, ask the previous question again about that name.
   */
  readonly followUpWords: ReadonlySet<string>;
  /** "one": a word that stands for a thing just named ("and is Kyrgyzstan one?"). */
  readonly oneWords: ReadonlySet<string>;
  /** "other", "else": "which other country" asks for one the previous answer named besides. */
  readonly otherWords: ReadonlySet<string>;
  /**
   * Verbs of saying ("say", "announce"): a relation they name reports speech, and a time or place
   * inside what was said is not when or where it was said.
   */
  readonly speechVerbs: ReadonlySet<string>;
  /**
   * Verbs that report what a speaker said only when they follow the speaker ("what did X highlight",
   * "which risks did X mention"): they name the relations of saying there, and never mark a relation
   * of the knowledge as one of saying (a relation may "highlight" a route).
   */
  readonly speakerVerbs?: ReadonlySet<string>;
  /** Verbs of ordering someone to act ("direct", "order"), whose relation "tell X to do" asks. */
  readonly directiveVerbs?: ReadonlySet<string>;
  /**
   * "Alone", "by himself": words (or phrases of up to three words) that ask whether someone did a thing with
   * nobody else.
   */
  readonly soleWords?: ReadonlySet<string>;
  /** "Member": nouns of belonging, whose relation in the knowledge is membership of a body. */
  readonly memberNouns?: ReadonlySet<string>;
  /**
   * "Part of", "часть": words that, right before a body with members, ask whether something belongs
   * to it ("are they part of Y"), as the noun of membership would.
   */
  readonly membershipPhrases?: readonly (readonly string[])[];
  /** "In", "within": prepositions that ask the same after a helping "be" ("is X in the Y"). */
  readonly membershipPrepositions?: ReadonlySet<string>;
  /** Verbs that with an object and "to" before a verb tell someone to act ("tell X to", "ask X to"). */
  readonly biddingVerbs?: ReadonlySet<string>;
  /** "that", "who", "which": words that open a clause describing the noun before them. */
  readonly relatives: ReadonlySet<string>;
  /** "or": a word that offers names to choose from. */
  readonly alternatives: ReadonlySet<string>;
  /** "whats" → "what", "wat" → "what": wh-words typed without their apostrophe or in chat spelling. */
  /**
   * A word right before a noun modifies it ("high school", "media contact"), so an ordinary word there
   * that no fact uses narrows the thing asked to one the article does not have. Not so in a language of
   * free word order and many inflections, where a word the facts never use stands anywhere.
   */
  readonly modifierBeforeNoun?: boolean;
  /** "How big is it in acres": the prepositions before the unit a measure is asked in. */
  readonly unitPrepositions?: ReadonlySet<string>;
  /**
   * Idioms read as the plain words they mean ("in line for": waiting for), each as words. A "*" stands
   * for any one word, kept where the plain words have their own "*" ("кем * работает": "кем * является").
   */
  readonly idiomsAs?: readonly (readonly [readonly string[], readonly string[]])[];
  /** Chat spellings of ordinary words ("rn", "yrs", "govt"), each with the words it stands for. */
  readonly chatWords?: Readonly<Record<string, string>>;
  readonly whContractions: Readonly<Record<string, string>>;

  /** The stem of one normalised word: "supplies", "supplied" and "supplying" give one stem. */
  stem(word: string): string;
  /** The forms a regular verb takes, as normalised words: supply, supplies, supplied, supplying. */
  inflections(verb: string): string[];
  /** Whether a normalised word is an ordinary word of the language (not a name). */
  isWord(word: string): boolean;
  /**
   * A participle whose form only ever describes a thing, never makes a passive ("с подписанными
   * соглашениями": a passive uses the short form, "подписаны"). None in some languages.
   */
  describesOnly?(word: string): boolean;
  /** Whether a word ends like a past participle ("supplied"), so it may be passive or attributive. */
  looksParticiple(word: string): boolean;

  /** The sentences the engine writes. */
  readonly phrases: Phrases;

  /**
   * What a question asks, where the language says it its own way ("сколько стран" is one word for
   * "how many"); the shared reading of wh-words otherwise.
   */
  readAsked?(words: readonly string[], question: string): AskedReading | undefined;
  /**
   * Which side of the relation a name is on, where the language marks it on the word itself (Russian
   * case endings); the shared reading by word order otherwise.
   */
  readRole?(
    mention: Mention,
    words: readonly string[],
    cues: readonly Cue[],
    context: RoleContext,
  ): Role | undefined;
  /**
   * More stems under which a word of a name is found: its inflected forms, where the stemmer does
   * not join them all ("Казахстан" and "Казахстану").
   */
  nameStems?(word: string): string[];
  /**
   * The infinitive of a verb's other aspect, where the language makes it regularly from this one
   * ("укрепить": "укреплять"), so a question in either aspect asks the knowledge's word.
   */
  aspectPartners?(word: string): string[];
  /** The noun a verb's form regularly makes, meaning its doing ("decided": "decision"). */
  nominals?(word: string): string[];
  /** The conjugated forms of a verb, where their stems differ from the infinitive's ("ждать": "ждут"). */
  verbForms?(verb: string): string[];
  /**
   * Words may stand in either order without changing what they say: a relation's phrase of two words
   * ("брать интервью") is found as "интервью брал" too.
   */
  readonly freeWordOrder?: boolean;
  /** The present tense has no "is" ("кто Бондарев"): a wh-word before a name asks what it is. */
  readonly impliedCopula?: boolean;
  /**
   * A statement asks by intonation alone, as typed without a question mark ("Таджикистан получает
   * самолеты"): a name and a verb with no question word make a yes/no question.
   */
  readonly statementsAsk?: boolean;
  /**
   * Words that, closing a statement, turn it into a yes/no question ("Kazakhstan gets radios, right?"):
   * the statement is asked as it stands, and the tag itself says nothing.
   */
  readonly questionTags?: ReadonlySet<string>;
  /**
   * "X signed? y/n", "yes or no": marks at the end of a statement that ask for a yes or a no, and the
   * question tag that asks the same ("right"), which the statement is read with in their place.
   */
  readonly yesNoMarks?: { marks: readonly (readonly string[])[]; tag: string };
  /**
   * "Is the work finished", "has it stalled", "is it fully done": words that ask whether something is
   * over or has stopped, against words in which a fact says it goes on ("continues", "underway"): such
   * a fact answers no.
   */
  readonly finishedWords?: ReadonlySet<string>;
  readonly ongoingWords?: ReadonlySet<string>;
  /**
   * "Are the agreements implemented already", "has it been built yet": words that, beside a participle
   * of what a fact says goes on, ask whether it is done, as a word of `finishedWords` does.
   */
  readonly completionWords?: ReadonlySet<string>;
  /**
   * "Has the work already started": participles of beginning, which work that goes on has done, so
   * beside a word of `completionWords` they ask nothing of whether it is over.
   */
  readonly beginWords?: ReadonlySet<string>;
  /**
   * Words that only say when a state is asked of ("done yet", "right now", "at present"): beside a
   * word of state, they ask nothing a fact must hold.
   */
  readonly stateTimeWords?: ReadonlySet<string>;
  /**
   * "What is the status of X", "what is happening with X": nouns and verbs that ask in what state
   * something is. A fact about X that says it goes on answers them.
   */
  readonly stateAsks?: ReadonlySet<string>;
  /**
   * "Where is the permit at", "where are things at with it": a place word whose question ends on a
   * bare preposition asks for a state, not a place. Read as `as` (the wh-word, then a word of
   * `stateAsks` standing in the preposition's place).
   */
  readonly stateWhere?: {
    readonly wh: string;
    readonly ends: ReadonlySet<string>;
    readonly as: readonly [string, string];
    /** Words of the present time that may follow the preposition ("where is it at right now"). */
    readonly after?: ReadonlySet<string>;
    /**
     * Prepositions after which the preposition may still close the clause of state, naming what the
     * state is of: "where are they at with the agreements".
     */
    readonly about?: ReadonlySet<string>;
  };
  /**
   * "What does the photo show": verbs that ask what something depicts. As a question's own verb, one
   * that no relation of the knowledge uses asks for something the facts never hold.
   */
  readonly depictionWords?: ReadonlySet<string>;
  /**
   * "Who is in the photo", "кто на фото": nouns of things that depict (`nouns`), after one of the
   * prepositions that put something inside them (`prepositions`), ask who or what they show.
   */
  readonly depictedIn?: { nouns: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  /**
   * Words with which a fact's or a description's own text admits what the article leaves out ("the
   * article does not name them", "does not say how many"), each with the kinds of question it leaves
   * unanswered: such a text answers them with what the article lacks, which is no answer.
   */
  /**
   * "Each year", "annually": words that ask an amount by the period, which an amount said once does
   * not give. Phrases of two words are written with a space.
   */
  readonly rateWords?: ReadonlySet<string>;
  readonly gapAdmissions?: readonly { readonly phrase: string; readonly asks: ReadonlySet<string> }[];
  /** Names of money ("dollars", "рублей"): a question that uses one asks an amount of money. */
  readonly currencyWords?: ReadonlySet<string>;
  /**
   * Nouns for an office a person holds ("minister", "president"): "is X the defense minister", where the
   * description of X gives X's office and the facts never use the one asked, answers no with what X is.
   */
  readonly officeNouns?: ReadonlySet<string>;
  /**
   * The office nouns that are ranks ("major", "colonel"): a rank asked is told apart only from another
   * rank, so a description that gives an office and no rank leaves it undecided.
   */
  readonly rankNouns?: ReadonlySet<string>;
  /**
   * Words that make an office a lesser or a passing one ("assistant", "deputy", "acting"): "who is the
   * attorney" is not answered by an assistant attorney, nor "who was the acting manager" by a manager.
   */
  readonly rankQualifiers?: ReadonlySet<string>;
  /**
   * "Is X still the commander today": a word that a state lasts ("still") beside one of the present
   * day ("today", "now") asks beyond the article's own date, which no fact tells.
   */
  readonly persistWords?: ReadonlySet<string>;
  /**
   * "Is it illegal to kill one": the pronoun that stands as an empty subject before "to be ... to",
   * where the question asks of a rule, not of one thing done.
   */
  readonly dummySubjects?: ReadonlySet<string>;
  /**
   * "Evolved from semi-annual events into annual ones": the word that opens a change's former state
   * and the words that open its new one. Whether something is still so is asked of the former.
   */
  readonly changeWords?: { readonly from: ReadonlySet<string>; readonly to: ReadonlySet<string> };
  /**
   * "Similar agreements were made with A": words by which a fact itself says what it tells is like
   * something else, which answers "does A get the same kind of X".
   */
  readonly likenessWords?: ReadonlySet<string>;
  /** "What happened on Sunday": verbs asking what took place, with a time as the whole topic. */
  readonly eventWords?: ReadonlySet<string>;
  /**
   * "Has a secretary ever visited a nation before", against "the first time that a secretary has
   * visited": the words by which a fact calls itself the first, those asking whether it happened
   * earlier, and those that make the question's party anyone at all rather than one person.
   */
  readonly firstTime?: {
    readonly first: ReadonlySet<string>;
    readonly earlier: ReadonlySet<string>;
    readonly anyone: ReadonlySet<string>;
  };
  /**
   * "What brand are the radios", "which model": words asking the maker's name or model of a thing,
   * which only a proper name or a designation ("S-300") gives, never a plain description.
   */
  readonly makeWords?: ReadonlySet<string>;
  readonly presentDayWords?: ReadonlySet<string>;
  /**
   * "When does X have to report": the marker of an infinitive ("to") and the verbs before it that make
   * the word after it the question's own verb ("have to", "need to").
   */
  readonly infinitive?: { readonly marker: string; readonly leads: ReadonlySet<string> };
  /**
   * "Which gets more X, A or B": words that ask which of two has the larger or smaller amount, which
   * only figures the facts give can tell.
   */
  readonly amountComparatives?: ReadonlySet<string>;
  /**
   * Words that ask who pays for something ("pay", "fund"): where no relation is about paying and no
   * fact chosen says it, the article does not say who pays.
   */
  readonly payingWords?: ReadonlySet<string>;
  /** Prepositions that put a thing under a law or rule ("under the act", "per the code"). */
  readonly governingPrepositions?: ReadonlySet<string>;
  /** "What's the point of X", "the purpose of": a word for a reason, after "what", asks why. */
  readonly reasonWords?: ReadonlySet<string>;
  /**
   * Words of the language that mean the same whatever the article ("build", "create"), joined to the
   * knowledge's own synonyms: the knowledge's word for the group stays the group's.
   */
  readonly synonyms?: readonly (readonly string[])[];
  /** Names of places and bodies in this language the engine refuses unless the knowledge has them. */
  readonly outsideNames?: readonly string[];
  /** The key of this language in the world-countries translations ("rus"), for country names. */
  readonly countryNames?: string;
  /** Loads what the language reads from data files, so that the first question does not wait. */
  prepare?(): void;
}

/** The kinds of name a pronoun may stand for. */
export type PronounClass = "person" | "thing" | "several" | "place";

/** What a wh-word asks for. */
export type WhAsked = "who" | "what" | "which" | "when" | "where" | "why" | "how";

/** What the engine says, in one language. */
export interface Phrases {
  /** "Russia, Armenia and Belarus"; "Uzbekistan or NATO". */
  list(names: readonly string[], conjunction: "and" | "or"): string;
  /** The first line of an answer to "how many countries ...". */
  count(names: readonly string[]): string;
  /** "Col. Gen. stands for Colonel General.": what a short form of a name stands for. */
  standsFor(short: string, full: string): string;
  /** "Viktor Bondarev holds the rank of Colonel General (Col. Gen.).": the title a person's names give. */
  rankOf(name: string, rank: string): string;
  /** "what AIAA stands for": what a refusal says the article leaves out, for a short form never written out. */
  whatStandsFor(short: string): string;
  /** "Yes. <what the article says>" / "No. <what the article says>". */
  verdict(verdict: "yes" | "no", body: string): string;
  /** A yes/no question the article does not decide, and what it says instead. */
  undecided(body: string, asked?: string): string;
  /** "According to the article: on Sunday." */
  according(detail: string): string;
  /** "In total, $525 ($500 + $25).": amounts the article gives apart, added up as asked. */
  total(sum: string, parts: readonly string[]): string;
  /** "17 came before the 18th Chief.": how many a series had before the place the article gives. */
  before(count: number, place: string): string;
  /** The article's topic line at the end of a refusal. */
  topic(publisher: string, title: string): string;
  /** "The article is ...": the closing sentence of a refusal. */
  articleIs(topic: string): string;
  unreadable: string;
  notMentioned(names: string): string;
  onlyAboutArticle: string;
  noFigures: string;
  noModel: string;
  noWhen: string;
  noWhere: string;
  noWhy: string;
  notSaid: string;
  /** "Do you think X is good": the reader's own view is asked, and the article gives none. */
  noOpinion: string;
  /** The same, where the article tells of someone's view of it: what it says. */
  opinionOf(body: string): string;
  /** The question a description answers: the type's template ("{name}" for the name) or a default. */
  describeQuestion(template: string | undefined, name: string, person: boolean): string;
}
