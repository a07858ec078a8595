/**
 * A lone Ø (`Aarhus Ø`: a district, an island) that OCR read as a sign. A lone
 * `@` or `©` right after a capitalised word is Ø when the document's damage
 * shows ø read as that sign; a lone `0`, `Q` or `QO` only after a word the
 * document also shows followed by such an `@` or `©` (the same name, read
 * another way), since a digit after a word is usually a number; the same for
 * the other sign when the damage profile shows only one of them.
 */
import type { Line } from '../extract/types.js';

export interface LoneEdit {
  index: number;
  start: number;
  end: number;
  original: string;
  reason: string;
}

const STRONG = new Set(['@', '©']);
const WEAK = new Set(['0', 'Q', 'QO']);
const NAME = /^\p{Lu}\p{Ll}+$/u;
/** A party's list (`liste Ø`): a letter follows. */
const LIST = /^(?:liste|listen|Liste|Listen)$/;

interface Chunk {
  index: number;
  start: number;
  raw: string;
  core: string;
}

export function loneØ(lines: Line[], signs: Set<string>): LoneEdit[] {
  const chunks: Chunk[] = [];
  lines.forEach((l, index) => {
    for (const m of l.text.matchAll(/\S+/g)) chunks.push({ index, start: m.index!, raw: m[0], core: m[0].replace(/[.,;:)]+$/, '') });
  });
  const found: { at: Chunk; after: string }[] = [];
  const names = new Set<string>();
  const party = partyLetters(chunks, signs);
  for (let i = 1; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (party.has(i)) continue;
    // `Robert Sørensen @`, `Robert Sørensen, @` (a participants list), `liste @`.
    const before = chunks[i - 1]!.raw.replace(/,$/, '');
    if (!NAME.test(before) && !LIST.test(before)) continue;
    if (STRONG.has(c.core) && signs.has(c.core)) {
      names.add(before);
      found.push({ at: c, after: before });
    } else if (WEAK.has(c.core) || STRONG.has(c.core)) found.push({ at: c, after: before });
  }
  return [...party.values()].concat(found
    .filter((f) => (STRONG.has(f.at.core) && signs.has(f.at.core)) || names.has(f.after))
    .map((f) => ({
      index: f.at.index,
      start: f.at.start,
      end: f.at.start + f.at.core.length,
      original: f.at.core,
      reason: STRONG.has(f.at.core) && signs.has(f.at.core)
        ? `a lone ${f.at.core} after a name, where this document reads ø as ${f.at.core}`
        : `a lone ${f.at.core} after "${f.after}", which the document also shows followed by a lone Ø read as a sign`,
    })));
}

/** A party letter as printed: `(F)`, `A,`, `V` (no sign, no digit). */
const PARTY_LETTER = /^\(?[A-ZÆØÅ]\)?[.,;:]?$/;
const LIST_WORD = /^(?:og|eller|samt|\+|&|-|–)$/;

/**
 * The party letter Ø that OCR read as a sign, where the document's damage shows
 * ø read as that sign: in brackets after a name or a list (`Enhedslisten (@)`,
 * `(0)`), or standing in a list of party letters (`@ og F`, `A, B og ©`).
 * The letters O, A and E are parties of their own (`(O)`) and are never changed.
 */
function partyLetters(chunks: Chunk[], signs: Set<string>): Map<number, LoneEdit> {
  const out = new Map<number, LoneEdit>();
  const shown = (sign: string): boolean => signs.has(sign.toLowerCase());
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const bracketed = /^\((@|©|0|Q)\)[.,;:]?$/.exec(c.raw);
    if (bracketed && shown(bracketed[1]!)) {
      out.set(i, { index: c.index, start: c.start + 1, end: c.start + 2, original: bracketed[1]!, reason: `the party letter Ø in brackets, where this document reads ø as ${bracketed[1]}` });
      continue;
    }
    const alone = /^(@|©|0|Q)[.,;:]?$/.exec(c.raw);
    if (!alone || !shown(alone[1]!)) continue;
    // A neighbour that is a party letter, across a comma or `og`.
    const near = (step: number): boolean => {
      const n1 = chunks[i + step];
      if (!n1 || n1.index !== c.index) return false;
      // `A, @` or `@, F`: a comma between them.
      if (PARTY_LETTER.test(n1.raw) && /,$/.test(step < 0 ? n1.raw : c.raw)) return true;
      const n2 = chunks[i + 2 * step];
      return LIST_WORD.test(n1.raw) && n2 !== undefined && n2.index === c.index && PARTY_LETTER.test(n2.raw);
    };
    if (near(-1) || near(1)) {
      out.set(i, { index: c.index, start: c.start, end: c.start + 1, original: alone[1]!, reason: `the party letter Ø in a list of party letters, where this document reads ø as ${alone[1]}` });
    }
  }
  return out;
}

/**
 * A lone `i` (the preposition) that OCR read as `1`: `byrådet 1 sit møde`,
 * `1 forbindelse med`, `diskrimination 1 Aarhus`, `mio. kr. 1 2026`. Only in
 * a document with OCR damage, and only where a numeral would not stand: not
 * after a word that takes a number (`bilag 1`, `side 1 af 3`, `Fase 1`), not
 * before a word that follows one (`1 og 2`, `1 time`, `1 august`); after a
 * capitalised word (`Punkt 1 godkendes`) only before a determiner or a
 * definite noun (`Magistraten 1 mødet`).
 */
export function loneI(lines: Line[]): LoneEdit[] {
  const out: LoneEdit[] = [];
  // A line's words, split only for lines that are looked at: those with a 1, and the lines after them.
  const split: (RegExpMatchArray[] | undefined)[] = [];
  const wordsOf = (j: number): RegExpMatchArray[] => (split[j] ??= [...lines[j]!.text.matchAll(/\S+/g)]);
  // Words this document numbers (`åbent 1 …`, `åbent 2 …`): followed elsewhere by another number, they take one here too.
  const numbered = new Set<string>();
  for (const l of lines) {
    if (!NON_ZERO_DIGIT.test(l.text)) continue;
    for (const m of l.text.matchAll(/(\p{L}+)\s+(?:[2-9]|[1-9]\d)(?=\s+\p{Lu})/gu)) numbered.add(m[1]!.toLowerCase());
  }
  lines.forEach((l, index) => {
    if (!l.text.includes('1')) return;
    const ws = wordsOf(index);
    for (let k = 1; k < ws.length; k++) {
      if (ws[k]![0] !== '1') continue;
      const before = ws[k - 1]![0];
      let after = ws[k + 1]?.[0];
      // At the end of a line, the text goes on on the next line with text.
      let nextLine = false;
      for (let j = index + 1; after === undefined && j < lines.length && j <= index + 2; j++) {
        after = wordsOf(j)[0]?.[0];
        nextLine = true;
      }
      if (after === undefined) continue;
      const word = after.replace(/[.,;:)]+$/, '');
      if (COUNTED.test(before.replace(/\.$/, '')) || /\d/.test(before) || numbered.has(before.toLowerCase())) continue;
      const lowerBefore = /^\p{Ll}+$/u.test(before);
      let reads = false;
      if (/^(?:19|20)\d{2}$/.test(word)) reads = /^\p{L}+\.?$/u.test(before);
      else if (/^\p{Ll}{2,}$/u.test(word)) reads = !AFTER_NUMERAL.test(word) && (lowerBefore || (/^\p{Lu}\p{Ll}+$/u.test(before) && DEFINITE.test(word)));
      else if (/^\p{Lu}\p{Ll}+/u.test(word)) reads = lowerBefore && !nextLine;
      if (!reads) continue;
      out.push({ index, start: ws[k]!.index!, end: ws[k]!.index! + 1, original: '1', reason: `a lone 1 between "${before}" and "${word}", where a numeral does not stand: the preposition i` });
    }
  });
  return out;
}

/** What the numbering pattern of `loneI` needs: a digit other than 0. */
const NON_ZERO_DIGIT = /[1-9]/;

/** Words a number follows: `bilag 1`, `side 1`, `Fase 1`, `mellem 1 og 2`. */
const COUNTED = /^(?:bilag|bilagene|tillæg|tillaeg|tilleg|lokalplan|kommuneplantillæg|side|siderne|punkt|punkterne|pkt|nr|nummer|stk|kl|klokken|trin|fase|etape|kapitel|afsnit|bind|version|udgave|række|klasse|niveau|runde|del|tabel|figur|boks|model|scenarie|mulighed|alternativ|option|spor|lokale|sal|etage|paragraf|beslutningspunkt|beslutningspunkter|scope|type|kategori|gruppe|pulje|zone|bane|hal|område|omgang|linje|rute|bus|mål|tema|initiativ|indsats|anbefaling|eksempel|case|år|uge|kvartal|halvår|og|eller|til|mellem|fra|end|på|af|ca|cirka|kun|blot|med|under|over|mindst|højst|op|pr|ud)$/iu;
/** Words that follow a numeral, never the preposition: `1 og 2`, `1 time`, `1 august`, `1 person`. */
const AFTER_NUMERAL = /^(?:og|eller|til|af|ud|mod|pr|gang|gange|stk|kr|mio|mia|pct|procent|time|timer|minut|minutter|døgn|uge|uges|måned|måneds|år|års|person|personer|medlem|mand|styk|enkelt|eneste|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|million|millioner|promille|meter|km|kilometer|kvm|timers|barn|elev|elever|fuldtidsstilling|årsværk|stilling|sag|sager|plads|pladser|bolig|boliger)$/u;
/** A determiner or a noun in its definite form: what follows the preposition, not a numeral. */
const DEFINITE = /^(?:den|det|de|dette|denne|disse|sit|sin|sine|hans|hendes|deres|vores|alt|øvrigt|forbindelse|henhold|\p{Ll}{3,}(?:en|et|ne|ens|ets|nes))$/u;

/**
 * A bullet (•) that OCR read as the letter `e`: `e Strategisk drøftelse af …`.
 * No Danish line opens with a lone `e`; the repair is made where at least two
 * lines of the document open so, before a capital. (A lone `o` is left: Word
 * prints its second-level bullets as the letter o.)
 */
export function ocrBullets(lines: Line[]): LoneEdit[] {
  const found: LoneEdit[] = [];
  lines.forEach((l, index) => {
    const m = /^(\s*)e(?=\s+\p{Lu})/u.exec(l.text);
    if (m) found.push({ index, start: m[1]!.length, end: m[1]!.length + 1, original: 'e', reason: 'a bullet read as e: lines of this document open with a lone e' });
  });
  return found.length >= 2 ? found : [];
}
