/**
 * Folding for matching Danish text: Unicode NFC, then lower case, so that
 * "Æ", "Ø", "Å" match "æ", "ø", "å" and nothing else is lost. The same fold is
 * stored in key columns and applied to what users type.
 */
export function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da');
}

/** A LIKE pattern matching `text` anywhere, with `%`, `_` and `\` taken literally (use ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
