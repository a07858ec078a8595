/**
 * A costly pattern behind a cheap one that every match of it holds (a word it
 * cannot match without): the many lines without the cue are not tried. The
 * answers are the pattern's own; tests/cued.test.ts checks over real lines
 * that no match lacks its cue.
 */
export class Cued {
  constructor(
    /** A plain search, without lookbehinds or backtracking: a word, a few words. */
    readonly cue: RegExp,
    readonly pattern: RegExp,
  ) {
    if (cue.global || cue.sticky || pattern.global || pattern.sticky) throw new Error('Cued: a pattern with state (g, y) cannot be gated');
    CUED.push(this);
  }

  test(text: string): boolean {
    return this.cue.test(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.cue.test(text) ? this.pattern.exec(text) : null;
  }
}

/** Every gated pattern made, for the test that their cues hold. */
export const CUED: Cued[] = [];
