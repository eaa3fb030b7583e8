/** Discord's limits on what a message may hold. Everything the bot sends is shortened to fit these. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer text and author name of all embeds together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** The /ask question option's max_length. */
export const QUESTION_MAX_LENGTH = 300;
