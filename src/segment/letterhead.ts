/**
 * Letterhead sidebars that text extraction interleaved into the body: a block
 * that opens with the name of a group or committee and closes with contact
 * details (`Dato:`, `Mail:`, `Mobil:`). Removed from the text; what it says
 * (the body's name, the document date) is kept.
 */
import type { DiagnosticList } from '../diagnostics.js';
import { place, tolerant, type SLine } from './model.js';

const CONTACT: RegExp[] = [
  /^(?:E-?mail|Mail)\s*:/iu,
  /^(?:Mobil|Tlf\.?|Telefon|Direkte(?: tlf\.?)?|Tel\.?)\s*:?\s*\+?\d/iu,
  /^(?:www\.|https?:\/\/)\S+$/iu,
  /^CVR/iu,
  /^\S+@\S+\.\p{L}{2,}$/u,
];
const DATE_LINE = /^Dato\s*:\s*(.+)$/iu;
export const BODY_WORD = new RegExp(
  `(?:gruppe|${tolerant('udvalg')}|${tolerant('råd')}|forum|bestyrelse|${tolerant('komité')}|kommission|${tolerant('netværk')}|forsamling|klynge|${tolerant('følgegruppe')}|styregruppe|${tolerant('samarbejdsudvalg')}|direktion|magistrat|museum\\b)`,
  'iu',
);

export interface Letterhead {
  body: string | null;
  date: string | null;
}

export interface LetterheadResult {
  lines: SLine[];
  removed: SLine[];
  letterheads: Letterhead[];
}

function isContact(t: string): boolean {
  return CONTACT.some((re) => re.test(t));
}

/** A short stand-alone line naming a group or committee. */
export function looksLikeBodyName(t: string): boolean {
  const words = t.split(/\s+/);
  // One comma is allowed before the body's municipality or region: `Klimaudvalget, Ringkøbing-Skjern Kommune`.
  // A comma after a hyphen is inside the name (`Social-, Sundheds- og Ældreudvalget`).
  const [name, ...rest] = t.split(/(?<!-)\s*,\s*/);
  const owner = rest.join(', ');
  if (rest.length > 1 || (rest.length === 1 && !/^(?:\p{Lu}[\p{L}-]*\s)*(?:Kommune|Region \p{Lu}\p{L}+|Regionsråd)$/u.test(owner))) return false;
  return /^\p{Lu}/u.test(t) && words.length <= 8 && !/[,.;:!?]$/.test(t) && BODY_WORD.test(name!) && !BODY_DOES.test(t);
}

/** A body that does something (`Bestyrelsen foreslår Bo Dal`, `Udvalget besluttede …`): a sentence, not a name; `Bestyrelsen for …`, `Udvalget vedr. …` are names. */
const BODY_DOES = /^\p{Lu}\p{Ll}+(?:en|et)\s+(?!(?:for|i|af|ved|vedr\.?|om|under|til|på|og)\b)\p{Ll}+(?:r|de|te)\b/u;

export function removeLetterheads(lines: SLine[], diags: DiagnosticList): LetterheadResult {
  const drop = new Set<number>();
  const letterheads: Letterhead[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i) || !(isContact(lines[i]!.text) || DATE_LINE.test(lines[i]!.text))) continue;
    // A cluster: contact lines within a few lines of each other, at least one mail/phone/web.
    let end = i;
    let contacts = 0;
    let dateText: string | null = null;
    let gap = 0;
    for (let j = i; j < lines.length && gap <= 3; j++) {
      const t = lines[j]!.text;
      if (lines[j]!.blank) continue;
      const d = DATE_LINE.exec(t);
      if (isContact(t) || d) {
        if (isContact(t)) contacts++;
        if (d && dateText == null) dateText = d[1]!.trim();
        end = j;
        gap = 0;
      } else gap++;
    }
    if (contacts < 1 || (contacts < 2 && dateText == null)) continue;
    let start = i;
    let body: string | null = null;
    for (let k = i - 1, seen = 0; k >= 0 && seen < 30; k--) {
      if (lines[k]!.blank) continue;
      seen++;
      if (/[.!?]$/.test(lines[k]!.text) && !/\b\p{Lu}\.$/u.test(lines[k]!.text) && lines[k]!.text.length >= 40) break;
      if (looksLikeBodyName(lines[k]!.text)) {
        start = k;
        body = lines[k]!.text;
        break;
      }
    }
    for (let k = start; k <= end; k++) drop.add(k);
    letterheads.push({ body, date: dateText });
    diags.info('letterhead', `Removed a letterhead block (${end - start + 1} lines)${body ? ` naming "${body}"` : ''}`, place(lines[start]));
    i = end;
  }
  const kept: SLine[] = [];
  const removed: SLine[] = [];
  lines.forEach((l, i) => (drop.has(i) ? removed.push(l) : kept.push(l)));
  return { lines: kept, removed, letterheads };
}
