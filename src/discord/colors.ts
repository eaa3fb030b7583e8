/** The colours of the bot's embeds, so that one meaning has one colour in every reply. */
export const COLOR_OK = 0x2e7d32; // green: answered, reloaded
export const COLOR_NEUTRAL = 0x757575; // grey: the article does not say
export const COLOR_FAILED = 0xc62828; // red: a reload refused
