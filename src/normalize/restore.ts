/**
 * Letter restoration for one distinct token of a damaged document, led by
 * evidence: the dictionary, the document's damage profile, the document's own
 * intact words, and word frequencies of clean minutes.
 */
import { candidates, findSites, type Candidate } from './confusions.js';
import { isLexiconName, isWord } from './dictionary.js';
import { frequency } from './frequencies.js';
import { confusionShare, type DamageProfile } from './profile.js';

export interface Decision {
  repaired: string;
  /** Why, in words, for `--explain`. */
  reason: string;
  /** False for a guess between close alternatives: it is reported, not made. */
  confident: boolean;
  alternatives: string[];
}

export interface Evidence {
  profile: DamageProfile;
  /** Occurrences of each distinct token in the document. */
  docCounts: Map<string, number>;
}

const DANISH = /[æøåÆØÅ]/;
/** The best candidate must be this many times likelier than the next. */
export const CLEAR_MARGIN = 3;
/** A real word is replaced only when the repair is this many times likelier. */
export const COLLISION_MARGIN = 4;
const SMOOTHING = 0.5;
/** A confusion behind at least this share of a letter's damage is the document's usual one. */
const STRONG_SHARE = 0.3;
const DOC_WEIGHT = 5;
/** A real word is only replaced by a word seen this often (clean minutes, or this document). */
const MIN_SUPPORT = 2;

function docOccurrences(word: string, ev: Evidence): number {
  const lower = word.toLowerCase();
  const cap = lower.charAt(0).toUpperCase() + lower.slice(1);
  return (ev.docCounts.get(lower) ?? 0) + (lower === cap ? 0 : ev.docCounts.get(cap) ?? 0);
}

function prior(word: string, ev: Evidence): number {
  return frequency(word) + DOC_WEIGHT * docOccurrences(word, ev);
}

function likelihood(c: Candidate, ev: Evidence): number {
  let p = 1;
  for (const conf of c.confusions) p *= Math.max(confusionShare(ev.profile, conf), 0.02);
  return p;
}

function scored(token: string, ev: Evidence, maxSites: number, minPrior = 0): { c: Candidate; score: number }[] {
  const sites = findSites(token, (c) => confusionShare(ev.profile, c) > 0);
  if (sites.length === 0) return [];
  return candidates(token, sites, maxSites)
    .filter((c) => (minPrior === 0 || prior(c.text, ev) >= minPrior) && isWord(c.text))
    .map((c) => ({ c, score: (prior(c.text, ev) + SMOOTHING) * likelihood(c, ev) }))
    .sort((a, b) => b.score - a.score);
}

function describe(c: Candidate): string {
  return c.confusions.map((x) => `${x.letter} read as ${x.damaged}`).join(', ');
}

/** What `token` should be, or null to leave it. */
export function decide(token: string, ev: Evidence): Decision | null {
  if (DANISH.test(token)) return null;
  if (isWord(token)) return decideCollision(token, ev);
  const maxSites = token.length <= 12 ? 3 : 2;
  const found = scored(token, ev, maxSites);
  if (found.length === 0) return null;
  const best = found[0]!;
  const alternatives = found.slice(1, 4).map((f) => f.c.text);
  if (found.length === 1) {
    return {
      repaired: best.c.text,
      reason: `not a word; the only word it can be (${describe(best.c)})`,
      confident: !maybeName(token, best.c, ev),
      alternatives,
    };
  }
  const second = found[1]!;
  const confident = best.score >= CLEAR_MARGIN * second.score;
  return {
    repaired: best.c.text,
    reason: `not a word; likeliest of ${found.length} words (${describe(best.c)}; next: ${second.c.text})`,
    confident,
    alternatives,
  };
}

/**
 * A capitalised token whose only reading is a word never seen in clean minutes
 * nor intact in this document, and no known name, may be a surname (`Stenner`
 * is not `Stønner`): a guess to report, not to make.
 */
function maybeName(token: string, c: Candidate, ev: Evidence): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(token) || !/^\p{Lu}/u.test(c.text)) return false;
  if (prior(c.text, ev) > 0 || isLexiconName(c.text)) return false;
  return c.confusions.some((x) => confusionShare(ev.profile, x) < STRONG_SHARE);
}

/** A real word that may still be damage (`mode` for `møde`): only with clear evidence. */
function decideCollision(token: string, ev: Evidence): Decision | null {
  // Only candidates with support can win: the others are not looked up.
  const found = scored(token, ev, 2, MIN_SUPPORT);
  if (found.length === 0) return null;
  const best = found[0]!;
  const support = prior(best.c.text, ev);
  // The token's own occurrences are what is in question: only clean text speaks for it.
  const stay = (frequency(token) + SMOOTHING) / Math.max(ev.profile.damageShare, 0.01);
  if (best.score < COLLISION_MARGIN * stay) return null;
  return {
    repaired: best.c.text,
    reason: `a word, but ${best.c.text} is far likelier in damaged text (${describe(best.c)}; seen ${Math.round(support)}× vs ${frequency(token)}×)`,
    confident: true,
    alternatives: found.slice(1, 4).map((f) => f.c.text),
  };
}
