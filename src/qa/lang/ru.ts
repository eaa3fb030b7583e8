import { stemmer } from "@orama/stemmers/russian";

/** Russian: placeholder until the module is complete (the stemmer is what the knowledge loader needs). */
export const russian = {
  code: "ru",
  stem: (word: string) => stemmer(word),
};
