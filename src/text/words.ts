/** A set of words written as one space-separated string, so long lists stay readable. */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}
