declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    data: Record<string, string[]>;
  }
  function nspell(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): NSpell;
  export default nspell;
}
