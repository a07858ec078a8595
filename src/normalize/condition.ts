/**
 * A Hunspell affix condition (`[^aeiou]g`, `e`, `[sxz]`): letters, `.` and
 * bracketed sets, matched against the end of a stem (suffixes) or its start
 * (prefixes). Matched letter by letter, without regular expressions: two
 * thousand of them, compiled on first use, cost more than the lookups.
 */
interface Slot {
  /** The letters allowed (or, when `negated`, refused); null for any letter. */
  letters: string | null;
  negated: boolean;
}

export class Condition {
  private readonly slots: Slot[];

  constructor(
    source: string,
    private readonly atEnd: boolean,
  ) {
    this.slots = [];
    for (let i = 0; i < source.length; ) {
      const c = source[i]!;
      if (c === '[') {
        const close = source.indexOf(']', i + 1);
        if (close < 0) throw new Error(`unclosed [ in affix condition ${source}`);
        const negated = source[i + 1] === '^';
        this.slots.push({ letters: source.slice(i + (negated ? 2 : 1), close), negated });
        i = close + 1;
      } else {
        // A letter outside the BMP is two code units; conditions here never have one.
        this.slots.push({ letters: c === '.' ? null : c, negated: false });
        i++;
      }
    }
  }

  test(stem: string): boolean {
    const n = this.slots.length;
    if (stem.length < n) return false;
    const from = this.atEnd ? stem.length - n : 0;
    for (let k = 0; k < n; k++) {
      const slot = this.slots[k]!;
      if (slot.letters === null) continue;
      if (slot.letters.includes(stem[from + k]!) === slot.negated) return false;
    }
    return true;
  }
}
