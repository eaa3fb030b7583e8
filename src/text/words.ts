/** A set of words written as one space-separated string, so long lists stay readable. */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

/**
 * The small words of English questions, by the part they play. The engine reads grammar from them
 * (who is asking about whom), so they are listed by role rather than as one stop list.
 */

export const WH_WORDS = wordSet("who whom whose what which when where why how");

export const AUXILIARIES = wordSet(`
  do does did is are was were be been being am will would can could should shall may might must
  has have had
`);

export const BE_FORMS = wordSet("is are was were be been being am");

/** Prepositions that put the entity after them on the giving side. */
export const FROM_SIDE = wordSet("from by");

export const ARTICLES = wordSet("the a an this that these those its his her their");

/** Words that carry no content in a question about the article. */
export const FILLER = wordSet(`
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
  happen happens happening happened hold holds involve involved regard regarding go goes going up
`);

/** Words that ask what a name is: "what does CSTO stand for", "who is Bondarev". */
export const DESCRIPTION_WORDS = wordSet(`
  mean means meaning stand stands abbreviation acronym definition define short full form expansion
  expand spell who what identity overview background first last surname forename given middle english
  translation translate translated
`);

export const GREETINGS = wordSet(`
  hi hello hey yo hiya howdy greetings sup morning evening bye goodbye thanks thank ok okay cool
  lol test
`);

/** Words that ask for two or more names side by side. */
export const COMPARE_WORDS = wordSet(
  "difference differences differ differs different compare compared comparison versus vs between contrast unlike",
);

/** Words that turn a question round: "which countries have not signed". */
export const NEGATIONS = wordSet(
  "not no never havent hasnt isnt arent wasnt werent dont doesnt didnt cant wont without",
);

/** "Which country", "what newspaper": the kind of entity the answer should be. */
export const TYPE_WORDS: Record<string, string> = {
  country: "country",
  countries: "country",
  nation: "country",
  nations: "country",
  state: "country",
  states: "country",
  republic: "country",
  republics: "country",
  person: "person",
  people: "person",
  officer: "person",
  general: "person",
  commander: "person",
  newspaper: "publication",
  paper: "publication",
  publication: "publication",
  outlet: "publication",
  agency: "publication",
  media: "publication",
  organisation: "organisation",
  organization: "organisation",
  body: "organisation",
  service: "organisation",
  alliance: "organisation",
  bloc: "organisation",
  group: "organisation",
  committee: "organisation",
  region: "region",
  area: "region",
  system: "system",
  systems: "system",
  equipment: "equipment",
  weapons: "equipment",
  weapon: "equipment",
  hardware: "equipment",
};

/** "How many", "how much": a quantity is asked. */
export const QUANTITY_WORDS = wordSet("many much");
/** Words that ask for a figure wherever they stand: "what is the price of ...". */
export const MEASURE_WORDS = wordSet(
  "number numbers amount amounts quantity quantities cost costs price prices worth budget value figure figures sum",
);
/** "Which city", "what location": a place on the map is asked. */
export const PLACE_WORDS = wordSet("city cities town towns place location venue building address");

/** "What year", "what date": a time is asked. */
export const TIME_WORDS = wordSet("year date day month time week hour deadline timeline schedule timeframe");
