/**
 * Text typed on the Russian ЙЦУКЕН layout while the keyboard was set to English QWERTY: each key
 * gives the Latin character that shares its place ("ghbdtn" for "привет", ",jylfhtd" for
 * "бондарев"). The punctuation keys carry letters too (б ю ж э х ъ ё), so they are converted as well.
 */
const QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюё";

const TO_CYRILLIC = new Map<string, string>();
for (let i = 0; i < QWERTY.length; i++) {
  const latin = QWERTY[i] ?? "";
  const cyrillic = JCUKEN[i] ?? "";
  TO_CYRILLIC.set(latin, cyrillic);
  if (latin !== latin.toUpperCase()) TO_CYRILLIC.set(latin.toUpperCase(), cyrillic.toUpperCase());
}
// Shifted punctuation: "{" "}" ":" '"' "<" ">" "~" are the capital letters of their keys.
for (const [shifted, plain] of [
  ["{", "["],
  ["}", "]"],
  [":", ";"],
  ['"', "'"],
  ["<", ","],
  [">", "."],
  ["~", "`"],
] as const) {
  TO_CYRILLIC.set(shifted, (TO_CYRILLIC.get(plain) ?? "").toUpperCase());
}
// On ЙЦУКЕН, "?" is Shift+7 ("&" on QWERTY) and "," is Shift+/ ("?").
TO_CYRILLIC.set("&", "?");
TO_CYRILLIC.set("?", ",");
TO_CYRILLIC.set("/", ".");

/** What the text would have been on the Russian layout: every QWERTY key read as its ЙЦУКЕН letter. */
export function qwertyToCyrillic(text: string): string {
  let out = "";
  for (const ch of text) out += TO_CYRILLIC.get(ch) ?? ch;
  return out;
}
