/**
 * Stage 2, normalize: repair encoding and OCR damage in extracted lines.
 * Every repair is recorded with its place and reason; guesses that are not
 * clear enough are reported as diagnostics instead of made.
 */
import type { Diagnostic } from '../schema.js';
import type { ExtractedDocument, Line } from '../extract/types.js';
import { diagnostic } from '../diagnostics.js';
import { hasMojibake, repairMojibake } from './mojibake.js';
import { emptyProfile, learnProfile, type DamageProfile } from './profile.js';
import { isDictionaryName, isDictionaryWord, isLexiconName, isWord, reading } from './dictionary.js';
import { frequency, lemmaFrequency } from './frequencies.js';
import { COMMON_DANISH } from './common.js';
import { isGivenName, isSurname } from './lexicon.js';
import { afterPostcode, decide, echoOfRepair, FORMULA_REACH, inContext, inFrame, withoutItsPhrase, type Decision, type Evidence } from './restore.js';
import { loneI, loneØ, ocrBullets, type LoneEdit } from './lone.js';
import { DamageScreen } from './screen.js';
import { tokenize, type Token } from './tokens.js';
import { keptAsPrinted } from './printed.js';

export interface Repair {
  original: string;
  repaired: string;
  reason: string;
  page: number | null;
  line: number;
}

export interface NormalizedDocument extends ExtractedDocument {
  repairs: Repair[];
  ocrDamage: boolean;
  diagnostics: Diagnostic[];
  /** The damage profile the repairs were based on (confusion id → occurrences). */
  damage?: DamageSummary;
}

export interface DamageSummary {
  /** Share of æ, ø, å the document lost (0–1). */
  share: number;
  /** Confusions seen, e.g. `{"ø:g": 120, "æ:ae": 40}`. */
  confusions: Record<string, number>;
  mojibake: boolean;
}

export interface NormalizeOptions {
  /** Leave the text exactly as extracted. */
  disabled?: boolean;
}

export function normalize(doc: ExtractedDocument, opts: NormalizeOptions = {}): NormalizedDocument {
  if (opts.disabled) {
    return { ...doc, lines: doc.lines.map((l) => ({ ...l })), repairs: [], ocrDamage: false, diagnostics: [...(doc.diagnostics ?? [])] };
  }
  const repairs: Repair[] = [];
  // What extraction found (a damaged PDF, a NUL byte dropped) comes first.
  const diagnostics: Diagnostic[] = [...(doc.diagnostics ?? [])];
  const mojibake = doc.lines.some((l) => hasMojibake(l.text));
  const lines: Line[] = doc.lines.map((l) => {
    let text = nfc(l.text);
    if (mojibake) {
      const fixed = repairMojibake(text).normalize('NFC');
      if (fixed !== text) {
        repairs.push({ original: text, repaired: fixed, reason: 'mojibake: UTF-8 read as Windows-1252', page: l.page, line: l.line });
        text = fixed;
      }
    }
    // A line left as it was is the extracted line itself (no stage changes a line in place; a repair makes a new one).
    return text === l.text ? l : { ...l, text };
  });

  // The screen takes the tokens one by one; the tokens themselves (on a
  // 1,000-page document some 400,000 objects, 25 MB) are kept only for a
  // document the screen does not pass, while its words are counted, and
  // after that only where the profile finds it damaged (most documents are
  // undamaged and pass the screen: they are tokenized once, counted never
  // and keep no tokens).
  const screen = new DamageScreen();
  // A sign for a letter settles the verdict: the rest of the document need not be screened.
  for (let i = 0; i < lines.length && !screen.settled; i++) {
    const line = lines[i]!;
    screen.addLine(tokenize(line.text, i), line.text, line.page);
  }
  let profile: DamageProfile = emptyProfile();
  if (screen.verdict()) {
    const counts = new Map<string, number>();
    const tokens: Token[] = [];
    for (let i = 0; i < lines.length; i++) {
      for (const t of tokenize(lines[i]!.text, i)) {
        counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
        tokens.push(t);
      }
    }
    profile = learnProfile(counts);
    if (profile.damaged) {
      // No lemmas yet (an empty map reads as none): the second round's evidence has the same fields, so the code that reads both is compiled once.
      restoreLetters(lines, tokens, { profile, docCounts: counts, abbreviations: abbreviations(lines, tokens), docLemmas: new Map() }, repairs, diagnostics);
    }
  }
  capitalIReadAsL(lines, repairs);
  const damage: DamageSummary = {
    share: Math.round(profile.damageShare * 1000) / 1000,
    confusions: Object.fromEntries([...profile.counts].sort((a, b) => b[1] - a[1])),
    mojibake,
  };
  return { ...doc, lines, repairs, ocrDamage: profile.damaged, diagnostics, damage };
}

/** A word opening with `l` and a consonant, which no Danish word does: `lngen`, `lntet`, `lkke`. */
const L_FOR_I = /(?<![\p{L}\d])l(?=[bcdfghjkmnpqrstvwxz]\p{Ll}+(?![\p{L}\d]))/gu;

/**
 * A capital I that OCR read as a small l at a word's start (`lngen bemærkninger.`,
 * `lntet.`): repaired where the word with I is Danish and the word as printed is not.
 * In any document: a few such words do not make it look damaged.
 */
function capitalIReadAsL(lines: Line[], repairs: Repair[]): void {
  lines.forEach((l, index) => {
    if (!l.text.includes('l')) return;
    let text = l.text;
    for (const m of l.text.matchAll(L_FOR_I)) {
      const word = /^\p{L}+/u.exec(l.text.slice(m.index))![0];
      if (isDictionaryWord(word) || !isDictionaryWord(`i${word.slice(1)}`)) continue;
      text = text.slice(0, m.index) + 'I' + text.slice(m.index + 1);
      repairs.push({ original: word, repaired: `I${word.slice(1)}`, reason: 'a capital I read as l at the start of a word', page: l.page, line: l.line });
    }
    if (text !== l.text) lines[index] = { ...l, text };
  });
}

/** Below U+0300 every character is its own NFC form and none combines with another: such text needs no ICU pass. */
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

function nfc(text: string): string {
  return MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;
}

/**
 * Abbreviations minutes write with a full stop that the dictionary does not list (`bla.` for blandt andet, `iflg.`, `ifm.`):
 * printed so, they are words, not a Danish word with a letter lost (`bla.` is no `blå`).
 */
export const MINUTES_ABBREVIATIONS: ReadonlySet<string> = new Set(['bla', 'iflg', 'ifm', 'ift', 'mht', 'pga', 'vha', 'inkl', 'ekskl', 'mdr', 'fmd', 'sekr', 'kass', 'hhv']);

/** Tokens followed by a full stop that the dictionary lists with it (`vedr.`, `bl.a.`), or that minutes abbreviate so (`bla.`). */
function abbreviations(lines: Line[], tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (lines[t.index]!.text[t.end] === '.' && !out.has(t.text) && (MINUTES_ABBREVIATIONS.has(t.text.toLowerCase()) || isDictionaryWord(`${t.text}.`))) out.add(t.text);
  }
  return out;
}

/**
 * Decisions for every distinct token, in two rounds: the words the document
 * shows intact and the repairs that are clear give their lemmas as evidence
 * (`mgde`, `Mgdet` → `møde`), and the doubtful tokens are then decided again
 * with it (`medet` → `mødet`).
 */
function decideAll(evidence: Evidence): Map<string, Decision | null> {
  const decisions = new Map<string, Decision | null>();
  for (const token of evidence.docCounts.keys()) decisions.set(token, decide(token, evidence));
  const docLemmas = new Map<string, number>();
  for (const [token, n] of evidence.docCounts) {
    const d = decisions.get(token);
    const word = d?.confident ? d.repaired : /[æøåÆØÅ]/.test(token) ? token : null;
    const lemma = word ? reading(word)?.lemma : undefined;
    if (lemma) docLemmas.set(lemma, (docLemmas.get(lemma) ?? 0) + n);
  }
  const second: Evidence = { profile: evidence.profile, docCounts: evidence.docCounts, abbreviations: evidence.abbreviations, docLemmas };
  for (const [token, d] of decisions) {
    if (d?.confident && !isWord(token)) continue;
    decisions.set(token, decide(token, second));
  }
  // The capitalised forms clear repairs gave, for the tokens still left: the same name damaged otherwise.
  const repairedForms = new Map<string, number>();
  for (const [token, d] of decisions) {
    if (d?.confident && /^[ÆØÅ\p{Lu}]/u.test(d.repaired) && /[æøåÆØÅ]/.test(d.repaired)) repairedForms.set(d.repaired, (repairedForms.get(d.repaired) ?? 0) + (evidence.docCounts.get(token) ?? 0));
  }
  for (const [token, d] of decisions) {
    if (d?.confident) continue;
    const echo = echoOfRepair(token, second, repairedForms);
    if (echo) decisions.set(token, echo);
  }
  // Two tokens damaged two ways whose one reading is the same name (`Bgge`, `Bagge`: `Bøge`) agree on it: the document's own evidence for a name no list knows.
  const agreed = agreedNames(decisions);
  for (const [token, d] of decisions) {
    if (d && !d.confident && d.alternatives.length === 0 && agreed.has(d.repaired)) {
      decisions.set(token, { ...d, confident: true, reason: `${d.reason}; another token of the document, damaged otherwise, reads so too` });
    }
  }
  return decisions;
}

/** The capitalised forms with æ, ø or å that the one reading of two or more distinct tokens gives. */
function agreedNames(decisions: Map<string, Decision | null>): Set<string> {
  const readers = new Map<string, number>();
  for (const d of decisions.values()) {
    if (!d || (!d.confident && d.alternatives.length > 0) || !/^[ÆØÅ\p{Lu}]\p{Ll}/u.test(d.repaired) || !/[æøåÆØÅ]/.test(d.repaired)) continue;
    readers.set(d.repaired, (readers.get(d.repaired) ?? 0) + 1);
  }
  return new Set([...readers].filter(([, n]) => n >= 2).map(([form]) => form));
}

/** Whether a word, or its lemma, is among the most frequent words of written Danish (`ønskede`: `ønske`). */
function commonWord(word: string): boolean {
  common ??= new Set(COMMON_DANISH);
  if (common.has(word)) return true;
  const lemma = reading(word)?.lemma;
  return lemma !== undefined && common.has(lemma);
}
let common: Set<string> | null = null;

/** Text that ends in a word of small letters only, and spaces. */
const SMALL_WORD_BEFORE = /(?:^|[^\p{L}])\p{Ll}+\s+$/u;

/**
 * A sign has no case (`@konomien`), so a repair read it as a capital; inside
 * a sentence, right after a small word (`af @konomien`), the small letter is
 * meant, unless the capital form is a name (or a name's genitive,
 * `Økonomiudvalgets`). After a capitalised word the capital stays.
 */
export function caseInSentence(original: string, repaired: string, before: string, after = ''): string {
  if (!/^[0-9@©|]/.test(original) || !/^[ÆØÅ]\p{Ll}+$/u.test(repaired)) return repaired;
  // After a comma a list may name departments (`specialkonsulent, Økonomi og Planlægning`); before a hyphen a name is split (`Økonomi- og Erhvervsudvalget`).
  if (!/\p{Ll}\s+$/u.test(before) || after.startsWith('-') || isLexiconName(repaired) || isLexiconName(repaired.replace(/s$/, ''))) return repaired;
  // After a given name a surname stands (`Marianne @st` is `Marianne Øst`), whatever word its small form is.
  const last = /(\p{L}+)\s+$/u.exec(before);
  if (last && isGivenName(last[1]!, false)) return repaired;
  const small = repaired.charAt(0).toLowerCase() + repaired.slice(1);
  // After a capitalised word a heading or a name may run on (`Budgetdirektiv @konomiafdelingen`): only a common word (`Per Jensen @nskede`) is small there.
  if (!SMALL_WORD_BEFORE.test(before) && !commonWord(small)) return repaired;
  return isWord(small) ? small : repaired;
}

/**
 * Why a token was left: the readings it may have. A guess with no other word
 * to weigh it against was left because the token may be a name the
 * dictionary does not know (`Stenner`).
 */
function uncertainReadings(d: { repaired: string; alternatives: string[] }): string {
  const quoted = (s: string) => `"${s}"`;
  if (d.alternatives.length === 0) return `it may be ${quoted(d.repaired)}, or a name`;
  return `it may be ${quoted(d.repaired)} or ${d.alternatives.map(quoted).join(', ')}`;
}

function restoreLetters(
  lines: Line[],
  tokens: Token[],
  evidence: Evidence,
  repairs: Repair[],
  diagnostics: Diagnostic[],
): void {
  const decisions = decideAll(evidence);
  const agreed = agreedNames(decisions);
  const reported = new Set<string>();
  const edits = new Map<number, { start: number; end: number; text: string }[]>();
  const printed = (form: string): number => evidence.docCounts.get(form) ?? 0;
  // Each token as a neighbour, worked out once: it is the neighbour of the tokens on both sides.
  const near: (string | undefined)[] = new Array(tokens.length);
  const nearAt = (i: number): string | null => (i < 0 || i >= tokens.length ? null : (near[i] ??= neighbour(tokens[i], decisions)!));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = nearAt(k - 1);
    const framed = inFrame(t.text, prev, evidence, nearAt(k - 2));
    if (framed?.keep) continue;
    const d = framed?.decision ?? (CAPITALISED.test(t.text) ? afterPostcode(t.text, lines[t.index]!.text.slice(0, t.start), evidence) : null) ?? inContext(t.text, prev, nearAt(k + 1), evidence, decisions.get(t.text) ?? null);
    if (!d) continue;
    const line = lines[t.index]!;
    // Neighbours as printed that repair leaves alone (`made` before `at` may be `måde`, and tells nothing).
    const neighbours = [tokens[k - 2], tokens[k - 1], tokens[k + 1], tokens[k + 2]]
      .filter((n) => n !== undefined && n.index === t.index && !decisions.get(n.text))
      .map((n) => n!.text);
    const kept =
      keptAsPrinted(line.text, t, d.repaired, printed, neighbours) ??
      (d.confident && !d.proven && !agreed.has(d.repaired) ? unknownName(tokens, k, lines, decisions, d.repaired, printed) ?? wordAsSurname(tokens, k, lines, decisions, d.repaired, printed) : null) ??
      (d.confident && d.byLength ? inNameRun(tokens, k, lines) : null) ??
      (d.confident && !d.proven && reading(t.text) ? withoutItsPhrase(d.repaired, Array.from({ length: FORMULA_REACH }, (_, i) => nearAt(k + 1 + i))) : null);
    if (kept) {
      const key = `${t.text}\u0000${kept}`;
      if (!reported.has(key)) {
        reported.add(key);
        diagnostics.push(diagnostic('info', 'ocr-uncertain', `left "${t.text}" as printed: ${kept} (not "${d.repaired}")`, line));
      }
      continue;
    }
    if (!d.confident) {
      if (!reported.has(t.text)) {
        reported.add(t.text);
        diagnostics.push(
          diagnostic('info', 'ocr-uncertain', `left "${t.text}" as it is: ${uncertainReadings(d)}`, line),
        );
      }
      continue;
    }
    const repaired = caseInSentence(t.text, d.repaired, textBefore(lines, t), line.text.slice(t.end));
    repairs.push({ original: t.text, repaired, reason: d.reason, page: line.page, line: line.line });
    const list = edits.get(t.index) ?? [];
    list.push({ start: t.start, end: t.end, text: repaired });
    edits.set(t.index, list);
  }
  // The signs the document reads ø as, alone or beside a letter (`mg@de` shows @ as much as `m@de`).
  const signs = new Set<string>();
  for (const k of evidence.profile.counts.keys()) {
    if (!k.startsWith('ø:')) continue;
    signs.add(k.slice(2));
    for (const sign of ['@', '©']) if (k.slice(2).includes(sign)) signs.add(sign);
  }
  for (const e of loneØ(lines, signs)) {
    const line = lines[e.index]!;
    repairs.push({ original: e.original, repaired: 'Ø', reason: e.reason, page: line.page, line: line.line });
    const list = edits.get(e.index) ?? [];
    list.push({ start: e.start, end: e.end, text: 'Ø' });
    edits.set(e.index, list);
  }
  const lone: [LoneEdit[], string][] = [
    [loneI(lines), 'i'],
    [ocrBullets(lines), '•'],
  ];
  for (const [found, text] of lone) {
    for (const e of found) {
      const line = lines[e.index]!;
      repairs.push({ original: e.original, repaired: text, reason: e.reason, page: line.page, line: line.line });
      const list = edits.get(e.index) ?? [];
      list.push({ start: e.start, end: e.end, text });
      edits.set(e.index, list);
    }
  }
  for (const [index, list] of edits) {
    const line = lines[index]!;
    let text = line.text;
    for (const e of list.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    lines[index] = { ...line, text };
  }
}

/** Whether only spaces stand between two tokens of one line. */
function adjacent(a: Token, b: Token, lines: Line[]): boolean {
  return a.index === b.index && /^ +$/.test(lines[a.index]!.text.slice(a.end, b.start));
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Whether the token stands right after a given name, or after a word that does (`Camilla Mygind Granild`): a surname's place. */
function afterGivenName(tokens: Token[], k: number, lines: Line[], decisions: Map<string, Decision | null>, depth = 0): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (!prev || !adjacent(prev, t, lines) || !CAPITALISED.test(prev.text)) return false;
  const d = decisions.get(prev.text);
  if (isGivenName(prev.text) || (d?.confident && isGivenName(d.repaired))) return true;
  return depth < 2 && afterGivenName(tokens, k - 1, lines, decisions, depth + 1);
}

/** Whether the word is known as itself: a name of the lexicon or the dictionary, printed by the document, or seen in clean minutes. */
function knownForm(word: string, printed: (form: string) => number): boolean {
  if (isLexiconName(word) || isDictionaryName(word) || printed(word) > 0) return true;
  const r = reading(word);
  return frequency(word) > 0 || (r !== null && r.parts === 1 && lemmaFrequency(r.lemma) > 0);
}

/**
 * A capitalised word in a surname's place, after a given name, repaired into
 * a form nothing knows (`Torben Wahlers` is no `Wøhlers`): the repair would
 * be a guess, not a word the document had.
 */
function unknownName(tokens: Token[], k: number, lines: Line[], decisions: Map<string, Decision | null>, repaired: string, printed: (form: string) => number): string | null {
  const t = tokens[k]!;
  if (!CAPITALISED.test(t.text) || !CAPITALISED.test(repaired) || knownForm(repaired, printed)) return null;
  return afterGivenName(tokens, k, lines, decisions) ? 'a surname after a given name, and its repair is no known name' : null;
}

/**
 * A capitalised word in a surname's place that reads as a word as printed
 * (`Ernst Mader`: `mader`, plural of `mad`), repaired into a word the
 * dictionary lists whole that is no known name (`Møder`): a surname as
 * printed, not damage, since a common noun after a given name is no name.
 */
function wordAsSurname(tokens: Token[], k: number, lines: Line[], decisions: Map<string, Decision | null>, repaired: string, printed: (form: string) => number): string | null {
  const t = tokens[k]!;
  if (!CAPITALISED.test(t.text) || !reading(t.text) || isLexiconName(repaired) || isDictionaryName(repaired) || isGivenName(repaired) || printed(repaired) > 0) return null;
  // A form clean minutes print that the dictionary does not list whole (`Brostrøm`, bro+strøm) is a surname of theirs.
  if (reading(repaired)?.parts !== 1 && frequency(repaired) > 0) return null;
  return afterGivenName(tokens, k, lines, decisions) ? 'a surname after a given name that reads as printed, and its repair is a word, no name' : null;
}

/**
 * A capitalised token in a run of names: right after a given name, a surname
 * or a capitalised word that is no Danish word (`Lise Brandal`), or right
 * before a given name or a surname (`Dan Kornbek Christiansen`). There a
 * repair made on a word's length alone would be a guess at a name. Given names
 * of the lexicon only: those seen in clean minutes include middle names
 * (`Møller`, `Bach`), and with them the guard kept right repairs of long words
 * (measured on the twins, issue 18).
 */
function inNameRun(tokens: Token[], k: number, lines: Line[]): string | null {
  const t = tokens[k]!;
  if (!CAPITALISED.test(t.text)) return null;
  const prev = tokens[k - 1];
  if (prev && adjacent(prev, t, lines) && CAPITALISED.test(prev.text) && (isGivenName(prev.text, false) || isSurname(prev.text) || !isWord(prev.text.toLowerCase()))) {
    return 'a capitalised word after a name, and nothing but its length speaks for the repair';
  }
  const next = tokens[k + 1];
  if (next && adjacent(t, next, lines) && (isGivenName(next.text, false) || isSurname(next.text))) {
    return 'a capitalised word before a name, and nothing but its length speaks for the repair';
  }
  return null;
}

/** A neighbouring word as repair leaves it, in small letters, for the context of a repair. */
function neighbour(t: Token | undefined, decisions: Map<string, Decision | null>): string | null {
  if (!t) return null;
  const d = decisions.get(t.text);
  return (d?.confident ? d.repaired : t.text).toLowerCase();
}

/** A line that ends in a word no sentence or heading ends in (`konsolidering af`): the next line goes on with its sentence. */
const RUNS_ON = /(?:^|\s)(?:af|til|og|i|på|pa|med|for|om|fra|at|en|et|den|det|de|som|ved|under|efter|eller|samt)\s*$/;

/** The text before a token on its line; at a line's start, the line before it where that line's sentence runs on (`af` / `@konomien`). */
function textBefore(lines: Line[], t: Token): string {
  const before = lines[t.index]!.text.slice(0, t.start);
  if (before.trim() !== '' || t.index === 0) return before;
  const previous = lines[t.index - 1]!.text;
  return RUNS_ON.test(previous) ? `${previous} ` : before;
}
