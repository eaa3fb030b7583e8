/** A set of words written as one space-separated string, so long lists stay readable. */
export function wordSet(text: string): Set<string> {
  return new Set(text.split(/\s+/).filter(Boolean));
}

/**
 * A table looked up by the words of a question: without a prototype, so a word such as "constructor"
 * or "toString" finds nothing rather than one of Object's own properties.
 */
export function wordTable<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
