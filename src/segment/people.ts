/**
 * Participants from the meeting header: group labels (Formandskab, Medlemmer,
 * Sekretariat, Gæster, Afbud), one person a line with title and organisation
 * after commas, or comma-separated runs of names; absences, substitutes and
 * guests present for some items.
 */
import type { Participant, ParticipantGroup } from '../schema.js';
import { tolerant, type SLine } from './model.js';
import { memoize } from '../util/memo.js';
import { isDanishGivenName, isGivenName, isSurname } from '../normalize/lexicon.js';
import { isWord } from '../normalize/dictionary.js';

const GROUP_LABELS: [ParticipantGroup, RegExp][] = [
  ['chair', new RegExp(`^(?:Formandskab(?:et)?|${tolerant('Formænd')})$`, 'iu')],
  [
    'member',
    // `Til stede var`, `Følgende deltog på mødet`, `Følgende var til stede`, `Fremmødte fra bestyrelsen`, `Fremmødte suppleanter`.
    new RegExp(`^(?:(?:${tolerant('Følgende')}|Disse|De|Dagens|Aftenens|${tolerant('Mødets')})\\s+(?:var\\s+)?)?(?:Medlemmer|Deltagere|Deltagerer|Deltagerne|Indkaldte|Indkaldt|Indkaldelse|${tolerant('Tilstedeværende')}|Fremmødt|Mødt|Bestyrelsen|Bestyrelse|Bestyrelsesmedlemmer|Tilstede|${tolerant('Mødedeltagere')}|${tolerant('Mødedeltagerne')}|${tolerant('Mødedeltager')}|${tolerant('Deltog')}|Deltagende|Deltagende medlemmer|Deltagende med stemmeret|Til stede|${tolerant('Fremmødte')}|Deltager|${tolerant('Fremmøde')}|${tolerant('Fremmødet')}|Deltagerliste|Deltagerlisten|${tolerant('Fremmødeliste')}|${tolerant('Fremmødelisten')}|\\p{L}+${tolerant('repræsentanter')}|\\p{L}+medlemmer|(?:I|${tolerant('På')})\\s+(?:${tolerant('mødet')}|generalforsamlingen|${tolerant('årsmødet')})\\s+${tolerant('deltog')}(?:\\s+(?:i\\.?h\\.?t\\.?|ifølge|jf\\.?)\\s+\\p{L}+)?)(?:\\s+(?:var|er|til\\s+stede|tilstede|${tolerant('følgende')}|(?:${tolerant('på')}|i|ved) (?:\\p{L}*${tolerant('mødet')}|generalforsamlingen)|fra\\s+(?:\\p{L}*bestyrelsen|\\p{L}*udvalget|\\p{L}*rådet)|med\\s+stemmeret|suppleanter|(?:bestyrelses|udvalgs|råds)?medlemmer|(?:\\p{L}*foreninger\\s*\\/\\s*)?\\p{L}*${tolerant('repræsentanter')}|af\\s+\\p{L}+(?:\\s+(?:i|for)\\s+\\p{Lu}[\\p{L}\\-]+)?|(?:hele|den\\s+samlede)\\s+(?:bestyrelse|bestyrelsen|udvalget|rådet))){0,3}$|^Fra\\s+(?:bestyrelsen|udvalget|rådet|\\p{L}+bestyrelsen)(?:\\s+(?:deltog|${tolerant('mødte')}))?$|^${tolerant('Følgende')}\\s+(?:\\p{L}+(?:\\/\\p{L}+)?\\s+)?(?:var|er|blev)\\s+(?:${tolerant('repræsenteret')}|til\\s+stede|${tolerant('mødt')}|${tolerant('fremmødt')})(?:\\s+(?:på|ved|i)\\s+(?:${tolerant('mødet')}|generalforsamlingen))?$`, 'iu'),
  ],
  // `Lokaludvalgets medlemmer i Holmby`, `Lokaludvalgsmedlemmer i Holmby`: a body's members in its town (case kept: the town's capital).
  ['member', /^(?:\p{L}{3,}(?:ets|ens)\s+[Mm]edlemmer|\p{Lu}\p{Ll}+medlemmer)\s+i\s+\p{Lu}[\p{L}\-]+$/u],
  ['secretariat', new RegExp(`^(?:Sekretariat(?:et)?|Referent|Ref\\.?|Direktion(?:en)?|${tolerant('Sekretær')}|(?:(?:Til stede|Tilstede|Deltagere|${tolerant('Fremmødte')})\\s+)?[Ff]ra (?:administrationen|forvaltningen|sekretariatet|driften)(?:\\s+${tolerant('deltog')})?|Administrationen|Ledelse|Ledelsen)$`, 'iu')],
  ['guest', new RegExp(`^(?:${tolerant('Gæster')}|${tolerant('Gæst')}|${tolerant('Øvrige')}(?: deltagere| ${tolerant('fremmødte')})?|Andre deltagere|Andre ${tolerant('fremmødte')}|Udefrakommende(?: deltagere| ${tolerant('gæster')})?|Inviterede|Inviteret|Indbudte|${tolerant('På besøg')}|${tolerant('Oplægsholdere')}|(?:Derudover|Desuden|Endvidere|Herudover)\\s+${tolerant('deltog')}(?:\\s+fra\\s+\\p{L}+)?|(?:Til stede|Tilstede)\\s+i\\s+${tolerant('øvrigt')})$`, 'iu')],
  ['other', new RegExp(`^(?:Deltagende uden stemmeret|Uden stemmeret(?:\\s+${tolerant('deltog')})?|Suppleanter(?:\\s+(?:til stede|tilstede))?|(?:Kritiske\\s+|Interne\\s+)?[Rr]evisorer|${tolerant('Observatører')}|Tilforordnede|Tilforordnet)$`, 'iu')],
  // `Fraværende stiftsrådsmedlemmer`, `Følgende havde meldt afbud`, `Fraværende var`.
  ['absent', new RegExp(`^(?:Afbud|Uden afbud|Meldt afbud|Med afbud|Afbud meldt|(?:${tolerant('Følgende')}\\s+)?(?:havde\\s+|har\\s+)?meldt\\s+afbud|Forhindret|Forhindrede|Udeblevne|${tolerant('Fraværende')}(?: (?:med|uden) afbud| var| \\p{L}*medlemmer(?: og øvrige)?)?|${tolerant('Fravær')}(?: (?:med|uden) afbud)?|Afbud fra(?: (?:bestyrelsen|udvalget|rådet))?|(?:${tolerant('Følgende')}\\s+)?(?:var|er)\\s+${tolerant('fraværende')}|Ikke (?:til stede|tilstede)(?: fra (?:bestyrelsen|udvalget|rådet))?|${tolerant('Fraværende')} fra (?:bestyrelsen|udvalget|rådet)|Kunne ikke (?:komme|deltage)(?: fra (?:bestyrelsen|udvalget|rådet))?|(?:${tolerant('Følgende')}\\s+)?${tolerant('deltog')}\\s+ikke(?:\\s+(?:i|på)\\s+mødet)?|Udeblevet|Udeblev|Ikke (?:frem)?${tolerant('mødt')}|Ikke (?:hørt|${tolerant('hørt')}) fra)$`, 'iu')],
];

/** Group labels as printed, and lines that are none; tests/vocabulary.test.ts runs them. */
export const GROUP_LABEL_EXAMPLES: [string, ParticipantGroup | null][] = [
  ['Til stede:', 'member'],
  ['Deltagere med stemmeret:', 'member'],
  ['Tilstede er:', 'member'],
  ['Til stede var 15 medlemmer:', 'member'],
  ['16 fremmødte', 'member'],
  ['Fremmødet:', 'member'],
  ['Afbud (2):', 'absent'],
  ['Til stede;', 'member'],
  ['Deltagere fra aktivitetsudvalget:', 'member'],
  ['Følgende deltog i bestyrelsesmødet:', 'member'],
  ['Deltagende foreninger:', null],
  ['Tilstede var følgende medlemsforeninger/ repræsentanter:', 'member'],
  ['Deltagerne er:', 'member'],
  ['Uden stemmeret deltog:', 'other'],
  ['Bestyrelsesmedlemmer til stede:', 'member'],
  ['Med afbud:', 'absent'],
  ['Deltagerer', 'member'],
  ['Indkaldelse :', 'member'],
  ['Tilstede var følgende:', 'member'],
  ['I generalforsamlingen deltog ifølge tilmeldingslisten:', 'member'],
  ['Uden afbud:', 'absent'],
  ['Tilstedeværende bestyrelsesmedlemmer:', 'member'],
  ['Fra bestyrelsen deltog:', 'member'],
  ['Fra afdelingsbestyrelsen:', 'member'],
  ['Fremmødte fra bestyrelsen', 'member'],
  ['Deltagerne var:', 'member'],
  ['Dagens deltager var:', 'member'],
  ['Aftenens deltagere:', 'member'],
  ['Disse var til stede:', 'member'],
  ['De fremmødte var:', 'member'],
  ['De fremmødte medlemmer var:', 'member'],
  ['Deltager:', 'member'],
  ['Deltagerliste:', 'member'],
  ['Fremmødeliste', 'member'],
  ['Mødedeltagerne:', 'member'],
  ['Mødedeltager:', 'member'],
  ['Til stede var', 'member'],
  ['Mødt var', 'member'],
  ['I mødet deltog:', 'member'],
  ['Deltagere på generalforsamlingen', 'member'],
  ['Fremmødte ved årsmødet:', 'member'],
  ['Forældrerepræsentanter:', 'member'],
  ['Medlemmer af udvalget:', 'member'],
  ['Fra sekretariatet deltog:', 'secretariat'],
  ['Følgende foreninger var repræsenteret:', 'member'],
  ['Følgende afdelinger/klubber var repræsenteret på mødet', 'member'],
  ['Følgende medlemmer er til stede:', 'member'],
  ['Følgende punkter blev drøftet:', null],
  ['Fra sekretariatet:', 'secretariat'],
  ['Til stede fra administrationen:', 'secretariat'],
  ['Andre deltagere:', 'guest'],
  ['Udefrakommende deltagere/medlemmer', 'guest'],
  ['Medlemmer af Lokaludvalget i Holmby:', 'member'],
  ['Lokaludvalgets medlemmer i Holmby:', 'member'],
  ['Lokaludvalgsmedlemmer i Holmby:', 'member'],
  ['Til stede i øvrigt:', 'guest'],
  ['Suppleanter tilstede:', 'other'],
  ['Derudover deltog', 'guest'],
  ['Desuden deltog fra sekretariatet:', 'guest'],
  ['Øvrige:', 'guest'],
  ['Ledelse:', 'secretariat'],
  ['Kritiske revisorer:', 'other'],
  ['Meldt afbud:', 'absent'],
  ['Forhindret:', 'absent'],
  ['Fraværende med afbud:', 'absent'],
  ['Ikke mødt:', 'absent'],
  ['Følgende havde meldt afbud:', 'absent'],
  ['Fraværende stiftsrådsmedlemmer:', 'absent'],
  ['Ikke tilstede:', 'absent'],
  ['Ikke tilstede fra bestyrelsen:', 'absent'],
  ['Kunne ikke komme fra bestyrelsen:', 'absent'],
  ['Fraværende fra bestyrelsen:', 'absent'],
  ['Afbud fra bestyrelsen:', 'absent'],
  ['Følgende var fraværende:', 'absent'],
  ['Ikke hørt fra:', 'absent'],
  ['Følgende deltog ikke i mødet:', 'absent'],
  ['Til stede.:', 'member'],
  ['Afbud – forældrevalgte:', 'absent'],
  ['Til stede - medarbejdervalgte:', 'member'],
  ['Budget - justeret', null],
  ['Fra mødet i maj', null],
  ['Bestyrelsens beretning', null],
];

/** At most 14 characters besides spaces. */
const FEW_CHARACTERS = /^(?:\s*\S){0,14}\s*$/;

/** A label with a count: after it with a word for those counted, before it, or in brackets after it. */
const COUNTED_LABEL = /^(\p{L}.*?)\s+\d{1,3}\s+(?:medlemmer|personer|deltagere|stk\.?)$|^\d{1,3}\s+(\p{L}[\p{L} ]{3,40})$|^(\p{L}.*?)\s*\(\d{1,3}\)$/iu;

/** The group a label names (`Afbud:`, `Til stede var`), or null; asked of the same labels again and again, so remembered. */
export const groupLabel: (text: string) => ParticipantGroup | null = memoize(groupOfLabel, 20_000);

function groupOfLabel(text: string): ParticipantGroup | null {
  // (`Til stede.:`: a stray full stop before the colon.)
  // (`Til stede;`: a semicolon for the colon.)
  const t = text.replace(/\s*\.?\s*[:;]$/, '').trim();
  for (const [g, re] of GROUP_LABELS) if (re.test(t)) return g;
  // The label with how many came (`Til stede var 15 medlemmer`, `16 fremmødte`, `Til stede (15)`): the count is no part of it.
  const counted = t.length <= 60 && /\d/u.test(t) ? COUNTED_LABEL.exec(t) : null;
  if (counted) return groupLabel((counted[1] ?? counted[2] ?? counted[3])!.trim());
  // `Afbud - forældrevalgte`, `Til stede – medarbejdervalgte`: the label, then after a dash which of the body's groups it lists.
  const qualified = t.length <= 60 ? /^(\p{L}[\p{L} ]{2,30}?)\s+[-–]\s+\p{Ll}[\p{L}-]{2,30}$/u.exec(t) : null;
  if (qualified) return groupLabel(qualified[1]!);
  // `Indkaldt/tilstedeværende`: two labels for one list, the first read.
  const both = /^([^/]{3,30})\/([^/]{3,30})$/u.exec(t);
  if (both) {
    const a = groupLabel(both[1]!.trim());
    if (a !== null && groupLabel(both[2]!.trim()) !== null) return a;
  }
  // A label OCR split in two (`Med lemmer`).
  // (Only a short text can be one: most are not joined.)
  const joined = FEW_CHARACTERS.test(t) ? t.replace(/\s+/g, '') : t;
  if (joined !== t && joined.length <= 14) for (const [g, re] of GROUP_LABELS) if (re.test(joined)) return g;
  return null;
}

export const ORG_WORD = new RegExp(
  `\\b(?:Kommune|Region|Regionen|Sygehus|Hospital|Universitetshospital|Hospitalsenhed\\S*|Klinik|Afdeling|Center|Centret|Psykiatrien|Jobcenter|Forvaltning|${tolerant('Rådhus')}|Styrelse|Ministeriet|PLO|KL)\\b`,
  'u',
);
/**
 * A run of names in a sentence (`Ole Berg, Lis Mark og Kim Sand`), as a regex source. A name is
 * capitalised words (and particles) joined by single spaces; names are joined by a comma or `og`,
 * so every way through the text is one way: no catastrophic backtracking on long lines.
 */
const NAME_SOURCE = `\\p{Lu}[\\p{L}.'’\\-]*(?:\\s(?:\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|af|la|du)){0,5}(?:\\s\\([^()]{1,60}\\))?`;
/** … each name perhaps with a short note in brackets, as a party's letter (`Bo Dal (A)`). */
export const NAMES_SOURCE = `${NAME_SOURCE}(?:(?:,\\s*|\\s+og\\s+)${NAME_SOURCE})*`;

/** A name's word, an initial, or an abbreviated first name (`Chr.`, `Johs.`). */
// (A nickname in quotes among them, `Carsten ’Poppe’ Hansen`: the first and last words are asked for apart.)
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}'’\-]+)?|\p{Lu}\.?|(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}{0,3}\.|de|van|von|la|af|du|['‘’"“]\p{Lu}[\p{Ll}\-]+['‘’"”])$/u;

const OFFICE = new RegExp(`^(${['Formand', 'Næstformand', 'Borgmester', 'Overborgmester', 'Viceborgmester', 'Rådmand', 'Regionsrådsformand', 'Udvalgsformand', 'Direktør', 'Kommunaldirektør', 'Regionsdirektør', 'Centerchef', 'Afdelingschef', 'Sekretariatschef', 'Kasserer', 'Sekretær'].map(tolerant).join('|')})\\s+`, 'iu');

/** 2–6 capitalised tokens (initials allowed), no organisation word. */
export function looksLikeName(s: string): boolean {
  const t = s.trim().replace(/\s+/g, ' ');
  if (ORG_WORD.test(t)) return false;
  const tokens = t.split(' ');
  if (tokens.length < 2 || tokens.length > 6) return false;
  // A first name or initials (`J.P. Holm`), and a surname.
  // (Or a given name the lexicon knows, then initials only: `Jørgen W. O.`, `Kirsten H`.)
  const initialsLast = /^\p{Lu}\.?$/u.test(tokens[tokens.length - 1]!) && isGivenName(tokens[0]!);
  if (!/^\p{Lu}(?:\p{Ll}|\.\p{Lu}\.)/u.test(tokens[0]!) || (!/^\p{Lu}\p{Ll}/u.test(tokens[tokens.length - 1]!) && !initialsLast)) return false;
  return tokens.every((x) => NAME_TOKEN.test(x));
}

/** A full stop after a name's last word (not after `Chr.`, `B.`), then another sentence or the line's end: `Eva Holm. I stedet …`. */
export const SENTENCE_AFTER_NAME = /(?<=\s\p{Lu}[\p{Ll}'’\-]{2,})\.(?:\s+(?=\p{Lu})|\s*$)/u;

/** A sentence that says the one named was away: `Deltog ikke ved mødet …`, `Fraværende.`, `Meldt afbud.` */
const AWAY_TOLD = new RegExp(`^(?:${tolerant('deltog')}\\s+ikke|(?:var\\s+)?${tolerant('fraværende')}|(?:havde\\s+)?(?:meldt\\s+)?afbud)(?![\\p{L}])`, 'iu');

/** Joins wrapped lines of one person's entry. */
export function entries(lines: SLine[]): SLine[] {
  const out: SLine[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    const t = l.text;
    // The next part's heading alone on its line (`Agenda`) ends the list.
    if (out.length > 0 && SECTION_WORD.test(t.trim())) break;
    // `Heimo Dal – HD`, `Bo Lund – kasserer`: initials or an office after a dash follow the name.
    // (`Eva Holm.`, `Eva Holm. I stedet deltog Bo Dal.`: the name is the line's first sentence, without its full stop.)
    const first = t.split(',')[0]!.split(SENTENCE_AFTER_NAME)[0]!.replace(ABSENCE_SUFFIX, '').replace(/\(.*$/, '').replace(/\/.*$/, '').replace(/\s+[-–]\s+.*$/u, '').trim();
    // A line that opens with a name and goes on with something else (`Jens Mørk #40 Næstformand`) starts an entry too.
    const leadingName = first.split(/\s+/).slice(0, 2).join(' ');
    // (`Hanne Holm kasserer`: a name, then the person's office in small letters.)
    const officeAfter = /^(.+?)\s+(\p{Ll}[\p{Ll} ]+)$/u.exec(first);
    // (A given name alone with a note in brackets starts one too, `Rikke` / `Heidi (afbud)`: no surname wrapped, `Jens Bejer` / `Damgaard`.)
    // (`Næstformand, Eva Holm`: an office, a comma and a name.)
    const officeComma = /^([\p{L} ]{3,25}),\s*(.+)$/u.exec(t.trim());
    const startsEntry = looksLikeName(first) || (officeComma !== null && RUN_OFFICE.test(officeComma[1]!) && looksLikeName(notesOf(officeComma[2]!.split(SENTENCE_AFTER_NAME)[0]!.replace(/,.*$/u, '')).rest)) || (/^\p{Lu}\p{Ll}+\s*\([^()]+\)\s*$/u.test(t.trim()) && isGivenName(first)) || (/\s(?:#|\d)/u.test(first) && looksLikeName(leadingName)) || (officeAfter !== null && RUN_OFFICE.test(officeAfter[2]!) && looksLikeName(officeAfter[1]!)) || (out.length === 0 && /^\p{Lu}/u.test(t)) || SUB_LABEL.test(t);
    const prev = out[out.length - 1];
    const prevOpen = prev !== undefined && (/[,(&]$|\bog$/u.test(prev.text) || (prev.text.match(/\(/g) ?? []).length > (prev.text.match(/\)/g) ?? []).length);
    // A sentence after the list (`Kaffe og kage sørges der for.`) is not part of anyone's entry.
    const namesOnLine = t.split(/\s*,\s*/).some((p) => looksLikeName(notesOf(p).rest.replace(/\s+[-–]\s+.*$/u, '')));
    if (prev && !startsEntry && !prevOpen && !namesOnLine && /^\p{Lu}/u.test(t) && /[.!?]$/.test(t) && t.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length >= 3) continue;
    // An unclosed parenthesis (`Ane Kro (Spejderne`) does not take the next person's line.
    const opensName = prevOpen && looksLikeName(first) && !/[,&]$|\bog$/u.test(prev!.text);
    if (prev && (!startsEntry || (prevOpen && !opensName))) out[out.length - 1] = { ...prev, text: `${prev.text} ${t}` };
    else out.push({ ...l });
  }
  return out;
}

const RUN_OFFICES = `formand|${tolerant('næstformand')}|kasserer|${tolerant('sekretær')}|referent|suppleant|menigt medlem|medlem|bestyrelsesmedlem|best\\.\\s?medlem|bestyrelsesmedl\\.|borgermedlem|${tolerant('mødeleder')}|ordstyrer|dirigent|${tolerant('observatør')}|tilforordnet`;
const RUN_OFFICE = new RegExp(`^(?:${RUN_OFFICES})$`, 'iu');
/** An office after a comma, before a name: `…, Formand Eva Holm`. */
const OFFICE_AFTER_COMMA = new RegExp(`,\\s*(?:${RUN_OFFICES})\\s+\\p{Lu}`, 'iu');
/** The same, every one in a text (the office alone, up to the name). */
const OFFICES_AFTER_COMMAS = new RegExp(`(?<=\\)),\\s*(?:${RUN_OFFICES})(?=\\s+\\p{Lu})`, 'giu');
/** `Formand Karin Holm`, `kasserer Ditte Vang`: an office in front of a name. */
const OFFICE_FRONT = new RegExp(`^(${RUN_OFFICES})\\s+(\\p{Lu}.+)$`, 'iu');

function runWithOffices(t: string, group: ParticipantGroup, isName: (s: string) => boolean = looksLikeName): Participant[] | null {
  if (!/,/.test(t)) return null;
  const parts = splitOutsideNotes(t.replace(/\.$/, ''), /\s*,\s*|\s+og\s+|\s+samt\s+/u).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 3) return null;
  const people: Participant[] = [];
  let offices = 0;
  // `Borgermedlem, Erik Moe`: an office before the name, where the name before has one already.
  let pending: string | null = null;
  // (Those read with the office in front of the name: `kasserer Eva Holm`.)
  const frontedPeople = new Set<Participant>();
  for (const part of parts) {
    // (An office with a note in brackets, `formand (ref.)`, is an office too.)
    if (RUN_OFFICE.test(part) || (/\(/u.test(part) && RUN_OFFICE.test(notesOf(part).rest))) {
      if (pending !== null) return null;
      // (The role as printed, its note kept: `formand (ref.)` is the chairman who wrote the minutes, not the one listed to chair.)
      if (people.length > 0 && people[people.length - 1]!.role === null) people[people.length - 1]!.role = part;
      else pending = part;
      offices++;
      continue;
    }
    if (pending !== null) {
      const n = notesOf(part);
      if (!isName(n.rest)) return null;
      people.push({ name: n.rest, role: pending, group, note: n.notes.join('; ') || null });
      pending = null;
      continue;
    }
    // `Formand Karin Holm`, `kasserer Ditte Vang`: the office in front of the name.
    const fronted = OFFICE_FRONT.exec(part);
    if (fronted && isName(notesOf(fronted[2]!).rest)) {
      const n = notesOf(fronted[2]!);
      people.push({ name: n.rest, role: fronted[1]!, group, note: n.notes.join('; ') || null });
      frontedPeople.add(people[people.length - 1]!);
      offices++;
      continue;
    }
    // `suppleant: Anne Marie Roesgaard`: the office before the name.
    const before = /^(\p{Ll}[\p{Ll} ]{2,30}?)\s*:\s+(.+)$/u.exec(part);
    if (before && isName(notesOf(before[2]!).rest)) {
      people.push({ name: notesOf(before[2]!).rest, role: before[1]!, group, note: null });
      offices++;
      continue;
    }
    // `Julie Glöe – sognepræst`: any office in small letters after a dash.
    const m = /^(.+?)\s+[-–]\s+(\p{Ll}[\p{Ll} ]{2,30})$/u.exec(part);
    // `Anna Berg - afbud`: absent.
    if (m && /^(?:afbud|fraværende|ikke til stede)$/iu.test(m[2]!)) {
      const a = notesOf(m[1]!);
      if (!isName(a.rest)) return null;
      people.push({ name: a.rest, role: null, group: 'absent', note: a.notes.join('; ') || null });
      continue;
    }
    if (m && /^(?:fravær|ikke|syg|forhindret|deltog|kom|gik)\b/iu.test(m[2]!)) return null;
    const n = notesOf(m ? m[1]! : part);
    if (!isName(n.rest)) return null;
    const role = m ? m[2]! : null;
    if (role) offices++;
    people.push({ name: n.rest, role, group, note: n.notes.join('; ') || null });
  }
  // `Bo Dal, kasserer Eva Holm, suppleant Kim Lund, formand`: each name with its office after the comma, the run read one
  // office too late (`kasserer Eva Holm`) with the last office alone: every office belongs to the name before it.
  if (pending !== null && people.length >= 2 && people[0]!.role === null && people.slice(1).every((p) => p.role !== null && frontedPeople.has(p))) {
    for (let k = 0; k < people.length - 1; k++) people[k]!.role = people[k + 1]!.role;
    people[people.length - 1]!.role = pending;
    pending = null;
  }
  if (offices === 0 || people.length < 2 || pending !== null) return null;
  for (const p of people) if (p.group === 'member' && /^formand$/iu.test(p.role ?? '')) p.group = 'chair';
  return people;
}

/** Splits a run at `sep`, but not inside a parenthetical note (`Kristian (Anna og Antons far), Hanne`). */
function splitOutsideNotes(t: string, sep: RegExp): string[] {
  const masked = t.replace(/\([^()]*\)/gu, (m) => m.replace(/,/g, '\u0001').replace(/ /g, '\u0002'));
  return masked.split(sep).map((x) => x.replace(/\u0001/g, ',').replace(/\u0002/g, ' '));
}

/** An office before a name (`kasserer Kurt Dal`, `bestyrelsesmedlem Ib Holm`): no part of the name. */
export const OFFICE_BEFORE_NAME = `(?:(?:bestyrelsesmedlem|medlem|suppleant|næstformand|formand|kasserer|sekretær)(?:et|en)?\\s+)?`;
/** Everyone came (`var mødt`, `mødte`, `deltog`, `var til stede`), and the words that make an exception. */
export const ALL_CAME = `(?:var\\s+)?(?:${tolerant('mødt')}|${tolerant('mødte')}|${tolerant('deltog')}|til stede)`;
export const EXCEPT = `(?:undtagen|bortset fra|med undtagelse af|${tolerant('på')} nær)`;
/** Apologies as a sentence of their own: `Der var afbud fra Lone Friis og Bo Dal.`, `Afbud fra Lone Friis.`, `Afbud fra Bo Dal, som sendte en mail.` */
/** `Der var afbud fra 3 medlemmer: Bo Dal, …`: a count of those away, then their names. */
const COUNTED = `(?:(?:\\d{1,3}|to|tre|fire|fem|seks|syv|otte|ni|ti)\\s+\\p{L}+\\s*:\\s*)?`;
export const APOLOGY_SENTENCE = new RegExp(`^(?:Der\\s+(?:var|er|forelå|foreligger)\\s+|Fra\\s+(?:bestyrelsen|udvalget|rådet)\\s+(?:var|er)\\s+der\\s+)?(?:meldt\\s+)?(?:afbud|${tolerant('fravær')})\\s+fra\\s+${COUNTED}${OFFICE_BEFORE_NAME}(${NAMES_SOURCE})(?:,\\s+(?:som|der)\\s+\\p{Ll}.*)?\\.?$`, 'iu');

/** A first name, or two (`Anne Marie`), alone, perhaps with an initial (`Bo L`). */
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?: \p{Lu}\.?)?$/u;
/** Words a group's value may be that name nobody. */
export const NOT_A_NAME = /^(?:Ingen|Alle|Intet|Samtlige|Hele|Se|Jf|Bestyrelsen|Udvalget|Rådet|Medlemmerne|Formanden|Næstformanden|Sekretariatet|Administrationen|Forvaltningen|Direktionen|Ingen afbud|Alle mødt|Alle til stede)$/u;

/** Where names of a run part: a comma, `og` or `samt`, also both (`…, og Bo Dal`); a star or a bullet between spaces (`Bo Dal * Eva Holm`). */
const RUN_SEPARATOR = /\s*,\s*(?:(?:og|samt)\s+)?|\s+(?:og|samt|&)\s+|\s+[*•·]\s+/u;

function splitRun(text: string): string[] {
  return text
    .replace(/\.$/, '')
    .split(RUN_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A run of two names or more, full or first names (`Bo Dal, Eva og Ib Lund`, `Kim, Lasse, Poul`), each perhaps with a note in
 * brackets; in a run of four or more, one entry that starts as a name and goes on in small letters (`Alex young Holm`) is a
 * name as printed.
 */
export function isNameRun(text: string): boolean {
  const parts = splitOutsideNotes(text.trim().replace(/\.$/u, ''), RUN_SEPARATOR).map((x) => notesOf(x).rest);
  if (parts.length < 2) return false;
  const named = parts.filter((x) => looksLikeName(x) || (FIRST_NAME.test(x) && !NOT_A_NAME.test(x) && !RUN_OFFICE.test(x)) || officeFirst(x) !== null).length;
  return named === parts.length || (parts.length >= 4 && named === parts.length - 1 && parts.every((x) => looksLikeName(x) || FIRST_NAME.test(x) || NAME_AS_PRINTED.test(x)));
}

/** An office in small letters before a name, perhaps after an abbreviation (`sognepræst `, `Fung. sognepræst `, `regnskabsfører `). */
const SMALL_OFFICE_FIRST = /^(?:\p{Lu}\p{Ll}{1,5}\.\s+)?\p{Ll}[\p{Ll}\-]{4,}\s+(?=\p{Lu})/u;

/** A part of a run that gives the office first in small letters: `sognepræst Ib Lund`, `Fung. sognepræst Ib Lund`, `regnskabsfører Eva Dal`. */
function officeFirst(x: string): { office: string; name: string } | null {
  const m = SMALL_OFFICE_FIRST.exec(x.trim());
  if (m === null) return null;
  const name = x.trim().slice(m[0].length).replace(/\.$/u, '');
  return looksLikeName(name) ? { office: m[0].trim(), name } : null;
}

/** A run this long or longer, two thirds of it names, is a list of names whatever its other parts are (see entryPeople). */
const LOOSE_RUN = 6;
/** A run this long, one entry in this many or fewer not read as a name, is a list of names (see entryPeople). */
const MOSTLY_NAMES_RUN = 6;
/**
 * An entry of such a run as printed: one word in small letters (`alla`), or two to four capitalised words (initials and their
 * full stops, dashes) with perhaps a particle of a few small letters among them (`Bo v H. Dal`, `Eva i Dali`); no figure.
 */
const ODD_NAME = /^(?:\p{Ll}[\p{Ll}\-]+|\p{Lu}[\p{L}.'’\-]*(?:\s+(?:\p{Lu}[\p{L}.'’\-]*|\p{Ll}{1,3})){1,3})$/u;

/** The last word of an organisation's name: a body, an authority, a firm (its capital is asked for apart). */
const ORGANISATION_END = /^[\p{L}\-]*(?:forening|forbund|forbundet|råd|rådet|styrelse|styrelsen|sekretariat|sekretariatet|(?:dige|vej|pumpe|sluse|kanal|grøfte|bro|gårds|grundejer)lag(?:et|ene)?|klub|klubben|udvalg|udvalget|selskab|selskabet|museum|museet|center|centret|ministerium|ministeriet|fond|fonden)$|^(?:kommune|region|regionen|landbrug|a\/s|aps)$/iu;

/** `Danmarks Jægerforbund Hans Holm`: the organisation's capitalised words, then a name of two words or more; or null. */
function organisationFirst(text: string): { organisation: string; name: string } | null {
  const words = text.trim().split(/\s+/u);
  for (let k = 1; k <= words.length - 2; k++) {
    if (!/^\p{Lu}/u.test(words[k - 1]!)) return null;
    if (!ORGANISATION_END.test(words[k - 1]!)) continue;
    const name = words.slice(k).join(' ');
    if (looksLikeName(name)) return { organisation: words.slice(0, k).join(' '), name };
  }
  return null;
}

/** An abbreviation in capitals (a club's, a body's: `KFUM`, `FVK`, `S3TU`, `UU`). */
const CAPITALS = /^(?=[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,6}$/u;

/**
 * The short name of a body or a place that people come from, as a list prints it after their names: a few capitalised words
 * with an abbreviation in capitals or an organisation's word among them (`Skjern KFUM`, `Holstebro KFUM`, `S3TU`, `DVBF`), a
 * town's one word that is no given name (`Ikast`), a board or an office (`Bestyrelsen`, `sekretariatet`, `Formand`).
 */
function affiliationOf(x: string): boolean {
  const words = x.split(/\s+/u);
  if (words.length > 4 || looksLikeName(x) || /[,:;]/u.test(x)) return false;
  if (RUN_OFFICE.test(x) || NOT_A_NAME.test(x) || (words.length === 1 && ORGANISATION_END.test(x))) return true;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false;
  return words.some((w) => CAPITALS.test(w)) || ORG_WORD.test(x) || ORGANISATION_END.test(words[words.length - 1]!) || (words.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(x) && !isGivenName(x));
}

/** How many people at least, and bodies they come from, make a list of people with their bodies (see affiliatedRun). */
const MIN_AFFILIATED = 4;

/**
 * A run of people, each group followed by the body or place they come from (`Dorte Holm og Tonny Dal, Skjern KFUM, Mette Berg og
 * Eva Lund, Skive FVK, Kjeld Bak SKF og UU, …`): the people, each with the body as a note (an office as the role). Null unless
 * every part of the run is a name, a body after names, or a name with its body's abbreviation glued on (`Kjeld Bak SKF`); four
 * names or more, and two bodies or more.
 */
function affiliatedRun(text: string, group: ParticipantGroup): Participant[] | null {
  const parts = splitRun(text);
  const people: Participant[] = [];
  let pending: Participant[] = [];
  let bodies = 0;
  // The body after a group of names is each one's note (an office, each one's role).
  const close = (body: string) => {
    for (const p of pending) {
      if (RUN_OFFICE.test(body)) p.role = body;
      else p.note = p.note === null ? body : `${p.note}; ${body}`;
    }
    bodies++;
  };
  for (const raw of parts) {
    const x = raw.replace(/\.$/u, '');
    if (looksLikeName(x)) {
      pending.push({ name: x, role: null, group, note: null });
      people.push(pending[pending.length - 1]!);
      continue;
    }
    // (`Kjeld Bak SKF`: a name and its body's abbreviation run together.)
    const glued = /^(.*?)((?:\s+[\p{Lu}\d]{2,6})+)$/u.exec(x);
    if (glued && looksLikeName(glued[1]!) && glued[2]!.trim().split(/\s+/u).every((w) => CAPITALS.test(w))) {
      const p: Participant = { name: glued[1]!, role: null, group, note: null };
      people.push(p);
      pending.push(p);
      close(glued[2]!.trim());
      pending = [];
      continue;
    }
    // A body after a name that had one already (`Kjeld Bak SKF og UU`): the person's second body.
    if (affiliationOf(x) && (pending.length > 0 || (people.length > 0 && people[people.length - 1]!.note !== null))) {
      if (pending.length === 0) pending = [people[people.length - 1]!];
      close(x);
      pending = [];
      continue;
    }
    return null;
  }
  return people.length >= MIN_AFFILIATED && bodies >= 2 ? people : null;
}

/** A name printed with a word in small letters after its first (`Alex young Holm`, `Morten Dyhr jensen`), or a nickname or a name with a capital inside it (`KiKo`, `AnneLise`). */
const NAME_AS_PRINTED = /^\p{Lu}\p{Ll}+(?:\s+\p{L}[\p{Ll}'’\-]+){1,2}$|^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

/** Takes parentheticals out of a text: `(mødeleder)`, `(Vikar for Daniel Bomholt)`. */
export function notesOf(text: string): { rest: string; notes: string[] } {
  const notes: string[] = [];
  const rest = text.replace(/\s*\(([^()]*)\)\.?/g, (_, n: string) => {
    notes.push(n.trim());
    return '';
  });
  return { rest: rest.trim(), notes };
}

/** A list, then an apology in brackets: `Bo, Ib og Ane (afbud fra Kim pga. sygdom)`. */
const APOLOGY_IN_BRACKETS = new RegExp(`^(.*\\S)\\s*\\((?:afbud|${tolerant('fravær')}(?:ende)?)\\s+(?:fra\\s+)?(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3})(?![\\p{L}])([^()]*)\\)\\.?$`, 'u');

/** One entry to one or more participants. */
/** A sentence's start with its verb (`Mødet blev afholdt`, `Vi startede med`): not a name of a list. */
const SENTENCE_AFTER_LIST = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:blev|var|er|har|havde|startede|begyndte|foregik|fandt|holdtes|afholdtes|åbnede|bød)\s/u;

/** A list ended by a full stop, then a sentence that someone was away: `… og Ane. Kim Holm er sygemeldt.`, `… Bo Dal var forhindret.` */
const AWAY_SENTENCE_AFTER = /^(.*\S[.])\s+(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3})\s+(?:er|var|havde|har)\s+((?:meldt\s+)?(?:sygemeldt|syg|forhindret|bortrejst|fraværende|på\s+ferie|afbud|fra))\.?$/u;

/** Whether a sentence tells that one was away (`Kim Holm er sygemeldt.`), as AWAY_SENTENCE_AFTER reads it after a list. */
export function isAwaySentence(sentence: string): boolean {
  const m = AWAY_SENTENCE_AFTER.exec(`x. ${sentence.trim()}`);
  return m !== null && looksLikeName(m[2]!);
}

/**
 * Everyone came but those named, in a sentence or under a label: `Alle medlemmer var mødt undtagen Ole Berg, der havde meldt
 * afbud.`, `Den samlede bestyrelse, bortset fra Bo Dal`, `Hele bestyrelsen deltog på nær kasserer Kaj Vang`.
 */
export const ALL_BUT = new RegExp(
  `^\\(?(?:Alle|Hele|Den\\s+samlede|Samtlige)(?:\\s+(?:medlemmer|deltagere|\\p{Ll}*(?:bestyrelse|udvalg|råd)\\p{Ll}*)(?:\\s+af\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}*(?:bestyrelse|udvalg|råd)\\p{Ll}*)?)?(?:\\s+${ALL_CAME})?\\s*,?\\s+${EXCEPT}\\s+${OFFICE_BEFORE_NAME}(${NAMES_SOURCE})(?:\\s*,?\\s+(?:der|som)\\s+(?:havde\\s+)?(?:meldt\\s+)?(?:afbud|forfald)|\\s+\\(afbud\\))?\\.?\\)?\\.?$`,
  'u',
);

/**
 * A run of names printed without commas (`Maria Holm Peter Dal`, a table's cells flattened into one line): the people in it.
 * A new person starts at each given name that follows a surname; a run of given names alone, three or more (`Jonas Lars
 * Rikke`), is so many people. Null where the run does not read so (`Kaja Vita Binder Holm`, `Hans Peter Dal`, `Bo M. A. Dal`).
 */
export function gluedNames(name: string): string[] | null {
  const words = name.trim().split(/\s+/u);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}[\p{L}'’\-]*\.?$/u.test(w))) return null;
  // (Given names of the lexicon only, and after the first word none that is a surname too: `Anne Marie Holm` is one person.)
  const given = words.map((w, i) => !w.endsWith('.') && isGivenName(w, false) && !(i > 0 && isSurname(w)));
  if (given.every(Boolean)) return words;
  if (!given[0]) return null;
  const people: string[][] = [[words[0]!]];
  for (let i = 1; i < words.length; i++) {
    if (given[i] && !given[i - 1] && !words[i - 1]!.endsWith('.')) people.push([]);
    people[people.length - 1]!.push(words[i]!);
  }
  // Each a given name and a surname, but the last, which may be a given name alone (`… Jan Holm Betina`); after one person, only
  // a common Danish one: a rarer one is as likely a surname (`Ulrik Holm Riff`).
  if (people.length < 2 || people.slice(0, -1).some((p) => p.length < 2) || (people.length === 2 && people[1]!.length < 2 && !isDanishGivenName(people[1]![0]!))) return null;
  return people.map((p) => p.join(' '));
}

/** One entry to one or more participants (see entryPeople), a run of names printed without commas parted (gluedNames). */
export function parseEntry(text: string, given: ParticipantGroup, onePerLine = false): Participant[] {
  // `BD (Bo Dal), EH (Eva Holm)`, `O (Ophelia)`: the initials first and the name in brackets: the name, the initials its note.
  // (So too an organisation first, `Holmby Roklub (Eva Holm)`: the person who came for it, the organisation the note.)
  const named = text.replace(INITIALS_THEN_NAME, (m, lead: string, first: string, name: string) =>
    /^\p{Lu}{1,4}\.?$/u.test(first) || (isGivenName(name.split(/\s+/u)[0]!) && !isGivenName(first.split(/\s+/u)[0]!) && /\s/u.test(name)) ? `${lead}${name} (${first})` : m);
  return entryPeople(named, given, onePerLine).flatMap((p) => {
    const parts = gluedNames(p.name);
    if (parts === null) return [p];
    return parts.map((name, k) => ({ ...p, name, role: k === parts.length - 1 ? p.role : null, note: k === parts.length - 1 ? p.note : null }));
  });
}

/** Where a list's people come from, before them with a dash or colon (`Fra bestyrelsen – `, `Fra udvalget: `). */
const LIST_FROM = /^\s*[Ff]ra\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*[–:-]\s*(?=\p{Lu})/u;

/** A bracket opened at the end of a list and not closed on its line, and what follows it. */
const UNCLOSED_REMARK = /\s*\([^()]*$/u;

function entryPeople(text: string, given: ParticipantGroup, onePerLine = false): Participant[] {
  // `Fra bestyrelsen – Hanne (6), Kim (14)`: whence the list's people come, before them, is no entry.
  text = text.replace(LIST_FROM, '');
  // `Bo, Ib og Ane (22 % af alle medlemmer i`: a remark in brackets the line ended in, its close on a later line, is no name.
  text = text.replace(UNCLOSED_REMARK, '');
  const wholeBut = given === 'absent' ? null : ALL_BUT.exec(text.replace(/\s+/g, ' ').trim());
  if (wholeBut) return parseEntry(wholeBut[1]!, 'absent', onePerLine);
  // `Bo, Ib og Ane (afbud fra Kim pga. sygdom)`: the apology in brackets after the list names one who was away.
  const apology = APOLOGY_IN_BRACKETS.exec(text.replace(/\s+/g, ' ').trim());
  if (apology && given !== 'absent') {
    const why = apology[3]!.replace(/^[\s,]+/u, '').trim();
    return [...parseEntry(apology[1]!, given, onePerLine), { name: apology[2]!, role: null, group: 'absent', note: why || null }];
  }
  // `Bo, Ib og Ane. Kim Holm er sygemeldt.`: a sentence after the list that one more was away.
  const awayAfter = AWAY_SENTENCE_AFTER.exec(text.replace(/\s+/g, ' ').trim());
  // (A first name alone too where the lexicon knows it: `… og Per. Tobias havde afbud`.)
  if (awayAfter && (looksLikeName(awayAfter[2]!) || isGivenName(awayAfter[2]!))) {
    return [...parseEntry(awayAfter[1]!, given, onePerLine), { name: awayAfter[2]!, role: null, group: 'absent', note: awayAfter[3]!.toLowerCase() }];
  }
  // `Bo, Ib og Ane. Der var afbud fra Kim.`: the apologies told in a sentence after the list (a long list, too long for the header's
  // sentence reading).
  const after = /^(.*\S\.)\s+(\p{Lu}.*)$/u.exec(text.replace(/\s+/g, ' ').trim());
  const sorry = after ? APOLOGY_SENTENCE.exec(after[2]!) : null;
  if (after && sorry && given !== 'absent') return [...parseEntry(after[1]!, given, onePerLine), ...parseEntry(sorry[1]!, 'absent')];
  // `Bo Dal (BD), Ib Lund (IL). Mødet blev afholdt hos …`: a sentence about something else after a list of two or more is no entry.
  if (after && !sorry && SENTENCE_AFTER_LIST.test(after[2]!)) {
    const listed = parseEntry(after[1]!, given, onePerLine);
    if (listed.length >= 2) return listed;
  }
  // `Bo, Ib og ?`: a name the writer did not know is nobody's entry.
  text = text.replace(/(?:,\s*|\s+og\s+)\?+\s*$/u, '');
  // `Bo, Ib og Ane samt fra elevrådet Mai Holm`: where the last ones come from is no part of their names.
  text = text.replace(/(\s+samt|,)\s+fra\s+(?:\p{Ll}+\s+){1,2}(?=\p{Lu})/gu, '$1 ');
  // `Villy Søvndal, F - Tine Hundahl Jensen stedfortræder`: the absentee and the substitute who came.
  const deputy = DEPUTY.exec(text.replace(/\s+/g, ' ').trim());
  if (deputy && looksLikeName(deputy[2]!)) {
    const away = parseEntry(deputy[1]!, given === 'member' ? 'absent' : given);
    const name = away[0]?.name;
    if (name) return [...away, { name: deputy[2]!, role: null, group: 'member', note: `${deputy[3]!.toLowerCase()} for ${name}` }];
  }
  // `Anna Berg: Deltog`, `Bo Dal: Afbud (Stedfortræder Carl Eg)`: a name and whether the person came.
  const status = /^(.+?)\s*:\s*(Deltog|Til stede|Tilstede|Afbud|Fraværende|Ikke til stede|Udeblevet)\b\s*(.*)$/iu.exec(text.trim());
  if (status && looksLikeName(notesOf(status[1]!).rest)) {
    const away = /^(?:afbud|fraværende|ikke til stede|udeblevet)$/iu.test(status[2]!);
    const person = parseEntry(status[1]!, away ? 'absent' : given === 'absent' ? 'member' : given);
    const extra = notesOf(status[3]!);
    const standIn = extra.notes.map((n) => /^(?:stedfortræder|suppleant|vikar)\s*:?\s+(.+)$/iu.exec(n)).find(Boolean);
    if (standIn && person[0] && looksLikeName(standIn[1]!)) return [...person, { name: standIn[1]!, role: null, group: 'member', note: `stedfortræder for ${person[0].name}` }];
    return person;
  }
  // `Carl Friis, Borgermedlem`, `Borgermedlem, Erik Moe`: a name and an office, on either side.
  // (`Medlem, Bo Dal. Deltog ikke ved mødet.`: a sentence after the name that the person was away.)
  const [entry, toldAfter] = text.replace(/\s+/g, ' ').trim().split(SENTENCE_AFTER_NAME);
  const toldAway = toldAfter !== undefined && AWAY_TOLD.test(toldAfter.trim());
  const two = (toldAway ? entry! : text.replace(/\s+/g, ' ').trim()).replace(/[,.]$/, '').split(/\s*,\s*/);
  if (two.length === 2) {
    const k = RUN_OFFICE.test(two[0]!) ? 0 : RUN_OFFICE.test(two[1]!) ? 1 : -1;
    const who = k >= 0 ? notesOf(two[1 - k]!) : null;
    if (who && looksLikeName(who.rest)) {
      const role = two[k]!;
      if (toldAway) return [{ name: who.rest, role, group: 'absent', note: [...who.notes, toldAfter!.trim().replace(/\.$/u, '')].join('; ') }];
      return [{ name: who.rest, role, group: given === 'member' && /^formand$/iu.test(role) ? 'chair' : given, note: who.notes.join('; ') || null }];
    }
  }
  // `Eva Holm. I stedet deltog Bo Dal.`, `Eva Holm, i stedet mødte Bo Dal`: the absentee, then who came in that one's place.
  // (Wrapped lines joined may run on into the list's next names: `… I stedet deltog Bo Dal. Kaj Berg.`)
  const cameInstead = CAME_INSTEAD.exec(text.replace(/\s+/g, ' ').trim());
  const [stoodIn, ...otherNames] = cameInstead ? cameInstead[2]!.split(/(?<=\s\p{Lu}[\p{Ll}'’\-]{2,}|\))\.\s+(?=\p{Lu})/u) : [];
  if (cameInstead && looksLikeName(notesOf(cameInstead[1]!).rest) && looksLikeName(notesOf(stoodIn!).rest)) {
    const away = parseEntry(cameInstead[1]!, given === 'member' ? 'absent' : given);
    const name = away[0]?.name;
    if (name) {
      const came = notesOf(stoodIn!);
      const rest = otherNames.length > 0 ? parseEntry(otherNames.join('. '), given, onePerLine) : [];
      return [...away, { name: came.rest, role: null, group: 'member', note: [...came.notes, `i stedet for ${name}`].join('; ') }, ...rest];
    }
  }
  // `Svend Ravn, stedfortræder Lis Mørk`, `Anders Lund stedfortræder Mia Friis`: the absentee, then who came instead.
  const instead = STAND_IN.exec(text.replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
  if (instead && looksLikeName(notesOf(instead[1]!).rest) && looksLikeName(notesOf(instead[3]!).rest)) {
    const away = parseEntry(instead[1]!, given === 'member' ? 'absent' : given);
    const name = away[0]?.name;
    if (name) {
      const came = notesOf(instead[3]!);
      return [...away, { name: came.rest, role: null, group: 'member', note: [...came.notes, `${instead[2]!.toLowerCase()} for ${name}`].join('; ') }];
    }
  }
  let t = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  // Slips of the pen that part no names: a mark left at the end (`…, Ole Lund;`), a full stop before a comma (`Ane Berg.,`), a
  // bracket closed twice (`Kjeld (have 32)),`).
  // (Or dots trailing off after the last name, `…, og Per....`.)
  t = t.replace(/\s*[;,]$/u, '').replace(/(?<=\p{L})\s*(?:\.{2,}|…)$/u, '').replace(/(?<=\p{Ll}{2})\.(?=\s*,)/gu, '');
  if ((t.match(/\)/gu) ?? []).length > (t.match(/\(/gu) ?? []).length) t = t.replace(/\)\s*\)/gu, ')');
  // `…, Inge Brandt (IA) Knud Mathiassen (IA), …`: in a run with commas, a note in brackets then a capitalised name with no comma
  // between them parts two entries. (Not where an office follows a comma: `Bo Dal (A), Formand Eva Holm (A)` may be a
  // table's rows run together, the office on either side.)
  // (But where entries are parted only by their brackets and each comma comes before an office, `Bo Dal (A), Formand Eva Holm (A)
  // Ib Lund (V)`, the office is the entry's before it: a table's cells `Name (party), office` run together.)
  const bracketsPart = (t.match(/\)\s+(?=\p{Lu})/gu) ?? []).length >= 2;
  const officesAfter = (t.match(OFFICES_AFTER_COMMAS) ?? []).length;
  if (bracketsPart && officesAfter > 0 && (t.match(/,/gu) ?? []).length === officesAfter) {
    t = t.replace(OFFICES_AFTER_COMMAS, (m: string) => ` (${m.replace(/^,\s*/u, '').trim()})`).replace(/\)\s+(?=\p{Lu})/gu, '), ');
  }
  if (/,/u.test(t) && !OFFICE_AFTER_COMMA.test(t)) t = t.replace(/\)\s+(?=\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+)+\s*(?:\(|,|$))/gu, '), ');
  // `…, samt suppleanter Dorthe Holm og Line Dahl var alle til stede`: the run goes on past `samt` and its word for those
  // after it, and ends before the verb that says they came.
  t = t.replace(/\s+(?:var|er)\s+(?:alle\s+)?(?:til stede|tilstede|mødt|fremmødt)$/u, '').replace(/,?\s+samt\s+(?:\p{Ll}+\s+){1,2}(?=\p{Lu})/gu, ', ');
  // `Bo Dal, Lis Lund (LL)afbud, Per Holm`, `…, Lis Lund afbud, …`: an absence noted inside a run, glued or without brackets, is
  // that entry's note (after a dash it is an office's place: runWithOffices reads it).
  t = t.replace(/\)(?=\p{Ll})/gu, ') ').replace(/(?<=\p{L}|\))\s+(afbud|fraværende)(?=\s*(?:,|\s+og\s))/giu, ' ($1)');
  // `Vibe, Inge, Lone + 3 instruktører og et medlem`, `… samt 2 gæster`: those counted, not named, after the run are nobody's entry;
  // `… og Helle / referent Helle`: the minute-taker named again after a slash is no more of the run.
  t = t.replace(/\s*(?:\+|,?\s+samt|,)\s*\d{1,3}\s+\p{Ll}+(?:\s+og\s+(?:et|en|\d{1,3})\s+\p{Ll}+)?$/u, '').replace(/\s*\/\s*(?:referent|ref\.)\s+\p{Lu}[\p{L}\- ]{0,30}$/iu, '');
  let group = given;
  // `Ole Krag (V)- deltog ikke i behandlingen af punkt: 1, 2`: a note on the entry, commas and all.
  let partial: string | null = null;
  // (Or what the last one said or did, told after a dash: `… og Willy – der samtidig meddeler, at han stopper`.)
  // (Or an apology from one the list does not name, `… og Per – afbud fra suppleanten`: nobody's entry, the run's note.)
  const dash = /\s*[-–]\s*((?:deltog|deltager|forlod|gik|ankom|kom|der|som)\b.*|afbud\s+fra\s+(?:en\s+|et\s+|de\s+|begge\s+)?\p{Ll}.*)$/iu.exec(t);
  if (dash && dash.index > 0) {
    partial = dash[1]!;
    t = t.slice(0, dash.index).trim();
  }
  // An absence noted after the entry: `Bo Dahl (V), Næstformand - afbud`, `Ida Juul (afbud)`; after a run of names, the last one's.
  const away = ABSENCE_SUFFIX.exec(t);
  let lastAway = false;
  if (away && away.index > 0) {
    t = t.slice(0, away.index).trim();
    const before = splitRun(notesOf(t).rest);
    if (!onePerLine && before.length >= 2 && before.every((x) => looksLikeName(x) || (FIRST_NAME.test(x) && !RUN_OFFICE.test(x) && !NOT_A_NAME.test(x)))) lastAway = true;
    else group = 'absent';
  }
  // `Karen Holm – Bo Lind – Lise Dam`: names between dashes.
  // (`Bo Dal(BD) – Eva Holm(EH)- Ib Lund (IL)`: after a bracket the dash parts names with or without spaces.)
  // (First names alone too, with no comma in the run, `Mads - Rikke – Birgit`; the minute-taker among them, `ref. Pusser`, is
  // the name with its office as a note.)
  // (Each name perhaps with where the person comes from after a slash or a comma, `Bo Dal/Holmby IT – Eva, museet -Ib Lund`: a note.)
  if (/\s[-–]\s|\)\s*[-–]\s*\p{Lu}/u.test(t)) {
    const dashed = t.split(/\s+[-–]\s+|(?<=\))\s*[-–]\s*(?=\p{Lu})/u).map((x) => x.trim().replace(/^(?:ref\.|referent)\s+(\p{Lu}.*)$/iu, '$1 (referent)'));
    const named = (x: string) => looksLikeName(notesOf(x).rest) || (!onePerLine && !t.includes(',') && FIRST_NAME.test(notesOf(x).rest) && !NOT_A_NAME.test(notesOf(x).rest));
    if (dashed.length >= 3 && dashed.every(named)) t = dashed.join(', ');
    else {
      const fromDashed = t.split(/\s+[-–]\s*(?=\p{Lu})|\s*[-–]\s+(?=\p{Lu})|(?<=\))\s*[-–]\s*(?=\p{Lu})/u).map((x) => {
        const n = notesOf(x.trim());
        const from = /^([^/,]+?)\s*[/,]\s*(\S.*)$/u.exec(n.rest);
        // (The other way round, `Holmby Tømrer/Bo Dal og Eva Holm`: the people after the slash, their first word a given name.)
        if (from && !isGivenName(from[1]!.split(/\s+/u)[0]!) && isGivenName(from[2]!.split(/\s+/u)[0]!) && (looksLikeName(from[2]!) || isNameRun(from[2]!))) {
          return { text: splitRun(from[2]!).map((name) => [name, from[1]!, ...n.notes].reduce((a, b) => `${a} (${b})`)).join(', '), from: true };
        }
        const head = from ? from[1]! : n.rest;
        const known = looksLikeName(head) || (!onePerLine && FIRST_NAME.test(head) && !NOT_A_NAME.test(head) && !RUN_OFFICE.test(head));
        return known ? { text: [head, ...(from ? [from[2]!] : []), ...n.notes].reduce((a, b) => `${a} (${b})`), from: from !== null } : null;
      });
      if (fromDashed.length >= 3 && fromDashed.every((x) => x !== null) && fromDashed.filter((x) => x!.from).length * 2 >= fromDashed.length) t = fromDashed.map((x) => x!.text).join(', ');
    }
  }
  // `Bo Holm; Ib Lund; Eva Dal`: names between semicolons.
  if (/;/.test(t)) {
    const semi = t.split(/\s*;\s*/u).filter((x) => x !== '');
    // (First names alone too, three or more: `Lene (11); Lis (24); Bo (27)`, a house's number after each.)
    const firstAlone = (x: string) => FIRST_NAME.test(x) && !RUN_OFFICE.test(x) && !NOT_A_NAME.test(x);
    if ((semi.length >= 2 && semi.every((x) => looksLikeName(notesOf(x).rest))) || (semi.length >= 3 && semi.every((x) => looksLikeName(notesOf(x).rest) || firstAlone(notesOf(x).rest)))) t = semi.join(', ');
  }
  // `…, Erik Holm fra HB. Mads Dal og Eva Lund fra AU.`: where the people come from after a name, a note on it (the full stop
  // after it then parts two names of the run).
  if (/,|\s(?:og|samt)\s/u.test(t)) t = t.replace(/(?<=\p{Lu}[\p{Ll}'’\-]+)\s+fra\s+([\p{Lu}\d][\p{L}\d&\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2})(?=\s*(?:[.,;]|\s+og\s|$))/gu, ' (fra $1)');
  // `Bo Holm BH, Ib Lund IL`: a person's initials after the name are a note on it.
  t = t.replace(/((?:\p{Lu}[\p{Ll}'’\-]+\s+){1,3}\p{Lu}[\p{Ll}'’\-]+)\s+(\p{Lu}{2,3})(?=\s*(?:,|\s+og\s|$))/gu, '$1 ($2)');
  // `Bo Holm/formand, Ib Lund/kasserer`: an office after a slash is a note on the name.
  t = t.replace(/((?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\p{Lu}[\p{L}'’\-]+)\s*\/\s*(\p{Ll}[\p{Ll}\- ]{2,30}?)(?=\s*(?:,|\s+og\s|$))/gu, '$1 ($2)');
  // A substitute: `Søren Hansen, centerleder …, Vejle Kommune deltog på mødet i stedet for Daniel Bomholt.`
  const sub = /^(.*?)\s+((?:deltog|deltager|mødte)\b.*\b(?:i stedet for|for|som vikar for)\b.*)$/iu.exec(t);
  if (sub) {
    const [name, ...role] = sub[1]!.split(/\s*,\s*/);
    if (name && looksLikeName(name)) {
      const came: Participant = { name, role: role.join(', ') || null, group: group === 'absent' ? 'member' : group, note: sub[2]!.trim() };
      // The one stood in for was away (`… mødte for Lis Krog`).
      const away = /\b(?:i stedet for|for|som (?:vikar|stedfortræder|suppleant) for)\s+(\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s*(?:\([^()]*\))?\.?$/u.exec(sub[2]!);
      return away && looksLikeName(away[1]!) ? [came, { name: away[1]!, role: null, group: 'absent', note: `${name} deltog i stedet` }] : [came];
    }
  }
  // `Jens Holm, Karen Bak, Lise Storm. Per Vang (referent)`: a full stop between two names of a run.
  if (/,/.test(t)) t = t.replace(/(?<=\p{Ll}|\))\.\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/gu, ', ');
  // `Til stede: Hanne, Ole, Bo, Anne Marie`: under a label, a run of first names names people too.
  const isName = (x: string) => looksLikeName(x) || (!onePerLine && FIRST_NAME.test(x) && !NOT_A_NAME.test(x));
  // `Mogens Holm. Jens Ole Lund. Per Vang.`, `Poul Erik. Bente. Ruth`: names parted by full stops alone, three or more.
  if (!/[,;]/u.test(t)) {
    const stops = t.split(/(?<=\p{Ll}{2}|\p{Lu}{2})\.\s+(?=\p{Lu})/u).map((x) => x.replace(/\.$/u, ''));
    // (`Bente VA`: a first name and initials after it, the initials a note.)
    const initialled = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(\p{Lu}{1,2})$/u;
    if (stops.length >= 3 && stops.every((x) => isName(x) || (!onePerLine && initialled.test(x)))) t = stops.map((x) => (isName(x) ? x : x.replace(initialled, '$1 ($2)'))).join(', ');
  }
  // `Anna Berg - formand, Bo Dal, Carl Eg – kasserer og Dina Fog, sekretær`: a run whose names carry their offices.
  const withRoles = runWithOffices(t, group, isName);
  if (withRoles) return withRoles;
  // A long run whose last name runs into a stray word (`…, Vibeke Rindom åben`): the word is not a name's.
  const tail = /^(.*,\s*(?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\p{Lu}[\p{L}'’\-]+)\s+\p{Ll}+\.?$/u.exec(t);
  if (tail && splitRun(tail[1]!).length >= 3 && splitRun(tail[1]!).every(looksLikeName)) t = tail[1]!;
  // A run whose last entry goes on with a sentence (`…, Bo Lind (BL) til kl. 17, BL deltog i stedet for …`): the name, the rest its note.
  const runParts = splitOutsideNotes(t, RUN_SEPARATOR);
  if (runParts.length >= 3 && runParts.slice(0, -1).every((x) => isName(notesOf(x).rest))) {
    const last = /^((?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\p{Lu}[\p{L}'’\-]+(?:\s*\([^()]*\))?)\s+(\p{Ll}[^()]*)$/u.exec(runParts[runParts.length - 1]!.trim());
    if (last && !isName(notesOf(runParts[runParts.length - 1]!).rest) && looksLikeName(notesOf(last[1]!).rest)) t = `${t.slice(0, t.length - runParts[runParts.length - 1]!.length)}${last[1]!} (${last[2]!.replace(/\.$/, '')})`;
  }
  // `Charlotte Poulsen via Skype, Inger Aaby, Alice Vestergaard`: a name in a run followed by a few small words has a note.
  // (`…, Lars Holm (formand), alle forældre samt Bo Dal`: a few small words before the run's last `samt` or `og` say who the
  // ones before were.)
  if (splitOutsideNotes(t, RUN_SEPARATOR).length >= 4) t = t.replace(/,\s*(?:\p{Ll}+\s+){0,2}\p{Ll}+(?=\s+(?:og|samt|&)\s+\p{Lu})/gu, '');
  const runNow = splitOutsideNotes(t, RUN_SEPARATOR);
  if (runNow.length >= 3) {
    const noted = runNow.map((x) => {
      if (isName(notesOf(x).rest)) return null;
      const m = /^((?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\p{Lu}[\p{L}'’\-]+)\s+(\p{Ll}+(?:\s+\p{L}+){0,3})$/u.exec(x.trim());
      return m && looksLikeName(m[1]!) ? { raw: x.trim(), fixed: `${m[1]!} (${m[2]!})` } : undefined;
    });
    if (noted.every((x) => x !== undefined) && noted.filter((x) => x !== null).length * 2 < runNow.length) {
      for (const x of noted) if (x) t = t.replace(x.raw, x.fixed);
    }
  }
  const { rest, notes } = notesOf(t);
  const parts = splitRun(rest);
  // In a list of one person a line, `Hanne Kjær, Dansk Røde Kors` is a name and an organisation, not two people.
  // (Not two people, each a given name the lexicon knows and a surname: `Jens Holm, Eva Dal`.)
  const twoPeople = parts.length === 2 && parts.every((x) => looksLikeName(x) && isGivenName(x.split(/\s+/u)[0]!) && !ORG_WORD.test(x));
  const pair = onePerLine && parts.length === 2 && !/\s+og\s+/u.test(rest) && !twoPeople;
  // A long run of names with a few entries the name tests do not know (`…, Bo v H. Dal, Eva i Dali, alla, …`): each of those, a
  // few words with no figure and no office, is a name as the list prints it.
  const oddName = (x: string) => ODD_NAME.test(x) && !NOT_A_NAME.test(x) && !RUN_OFFICE.test(x) && !ORG_WORD.test(x) && groupLabel(x) === null;
  const mostlyNames = !onePerLine && parts.length >= MOSTLY_NAMES_RUN && parts.filter((x) => !isName(x)).length * MOSTLY_NAMES_RUN <= parts.length && parts.every((x) => isName(x) || oddName(x));
  // A long run two thirds names whose other parts are remarks the list was written with (`… for Kim Lund. Ole Dam (Nst)`,
  // `Eva Holm deltog i punkterne 1-4`): the names in it, not one person whose office is the rest.
  // (Full names only, there and in what is taken: a run of clubs or towns (`Aarhus Aikikai`, `Stege`) is no list of people.)
  const strict = (x: string) => looksLikeName(x) && !ORG_WORD.test(x) && !x.split(/\s+/u).some((w) => ORGANISATION_END.test(w));
  const run = parts.length >= 2 && !pair && (parts.every(isName) || (parts.some(isName) && parts.every((x) => isName(x) || officeFirst(x) !== null)) || (!onePerLine && parts.length >= 4 && isNameRun(rest)) || mostlyNames);
  const loose = !run && !onePerLine && group !== 'absent' && parts.length >= LOOSE_RUN && parts.filter(strict).length * 3 >= parts.length * 2;
  if (run || loose) {
    // A run of names: notes stay with the name they followed.
    const people: Participant[] = [];
    for (const raw of splitOutsideNotes(t, RUN_SEPARATOR)) {
      const n = notesOf(raw);
      if (!n.rest) continue;
      // `Michael Kok (afbud)` inside the run: that one is absent.
      const awayNote = n.notes.some((x) => ABSENT_NOTE.test(x));
      const note = n.notes.filter((x) => !awayNote || !ABSENT_NOTE.test(x)).join('; ') || null;
      const g = awayNote && group !== 'absent' ? 'absent' : group === 'member' && n.notes.some((x) => CHAIR_NOTE.test(x)) ? 'chair' : group;
      // (`sognepræst Ib Lund`: the office before the name is its role.)
      const office = isName(n.rest.replace(/\.$/, '')) ? null : officeFirst(n.rest);
      people.push({ name: office?.name ?? n.rest.replace(/\.$/, ''), role: office?.office ?? null, group: g, note });
    }
    const named = loose ? people.filter((p) => strict(p.name)) : people.filter((p) => isName(p.name) || (parts.length >= 4 && NAME_AS_PRINTED.test(p.name)) || (mostlyNames && oddName(p.name)));
    if (lastAway && named.length > 0) named[named.length - 1]!.group = 'absent';
    return named;
  }
  // `Dorte Holm og Tonny Dal, Skjern KFUM, Mette Berg, Skive FVK, …`: people with the body or the place each comes from after them.
  const affiliated = onePerLine ? null : affiliatedRun(rest, group);
  if (affiliated !== null) return affiliated;
  const [head0, ...roleParts] = rest.split(/\s*,\s*/);
  let head = head0 ?? '';
  // `Sara Bak/Personalerep.`: the role after a slash.
  const slash = /^([^/]+?)\s*\/\s*(\S.*)$/u.exec(head);
  if (slash && looksLikeName(slash[1]!)) {
    head = slash[1]!;
    roleParts.unshift(slash[2]!.replace(/\.$/, ''));
  }
  let name = head.trim();
  let note: string | null = notes.join('; ') || null;
  // `Danmarks Jægerforbund Hans Holm`, `Varde Kommune Ib Dal`: where the person comes from before the name (a table's cells run
  // together), a note.
  const fromOrganisation = organisationFirst(name);
  if (fromOrganisation) {
    name = fromOrganisation.name;
    note = [fromOrganisation.organisation, note].filter(Boolean).join('; ');
  }
  // `Fraværende: Jette`, `Referent: Kim`: one first name alone under such a label.
  // (Under any label, in a list of one a line, a given name the lexicon knows: `Til stede:` / `Rikke` / `Heidi (afbud)`.)
  if ((group === 'absent' || group === 'secretariat' || (onePerLine && isGivenName(name))) && roleParts.length === 0 && /^\p{Lu}\p{Ll}+$/u.test(name) && !NOT_A_NAME.test(name) && !ORG_WORD.test(name) && !RUN_OFFICE.test(name)) {
    return [{ name, role: null, group, note }];
  }
  if (!looksLikeName(name)) {
    // `Ann Fogsgaard kl 8.40- 9.10`: the name is the leading capitalised words.
    const m = /^((?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}\p{Lu}[\p{L}'’\-]*)\s+(.+)$/u.exec(name);
    if (m && looksLikeName(m[1]!)) {
      name = m[1]!;
      note = [m[2]!, note].filter(Boolean).join('; ');
    } else return [];
  }
  if (/(?:vikar|i stedet) for/iu.test(note ?? '') && group === 'absent') group = 'member';
  let role = roleParts.filter((r) => r.trim() !== '').join(', ').trim() || null;
  // `Formand Erik Nielsen`, `Borgmester Jesper Christensen`: a title before the name.
  const titled = OFFICE.exec(name);
  if (titled && looksLikeName(name.slice(titled[0].length))) {
    role = [titled[1]!, role].filter(Boolean).join(', ');
    name = name.slice(titled[0].length);
    if (/^formand$/iu.test(titled[1]!) && group === 'member') group = 'chair';
  }
  // An office after the name and a house number (`Anne Krog #12 Formand`): the role.
  const office = note !== null && role === null ? OFFICE_AFTER.exec(note) : null;
  if (office) {
    role = office[2]!;
    note = office[1]!.trim() || null;
  }
  if (group === 'member' && (CHAIR_NOTE.test(note ?? '') || CHAIR_NOTE.test(role?.split(/\s*,\s*/)[0] ?? ''))) group = 'chair';
  // `Mads Holt, sekretær i Jobcenteret (referent)`: who takes the minutes is the secretariat.
  // A member of the body who takes the minutes (`#1 Suppleant (referent)`) stays a member.
  const said = `${note ?? ''} ${role ?? ''}`;
  if (group === 'member' && /\breferent\b/iu.test(said) && !/\b(?:suppleant|medlem|bestyrelsesmedlem|kasserer|formand|næstformand)\b/iu.test(said)) group = 'secretariat';
  // A party letter after a comma (`Anne Holm, V`) is noted like one in brackets (`Anne Holm (V)`).
  const party = role !== null ? PARTY.exec(role) : null;
  if (party) {
    note = [party[1]!, note].filter(Boolean).join('; ');
    role = role!.slice(party[0].length).replace(/^\s*,\s*/, '') || null;
  }
  // `Ayfer Baykal, Borgmester, F`, `Borgmester Ayfer Baykal, F`: a party after the office.
  const trailing = role !== null ? PARTY_AFTER_OFFICE.exec(role) : null;
  if (trailing) {
    note = [trailing[1]!, note].filter(Boolean).join('; ');
    role = role!.slice(0, trailing.index).trim() || null;
  }
  // `Carl Eg, C, kom til mødet kl. 17.40 under punkt 2` under an absence label: there for part of the meeting.
  if (group === 'absent' && role !== null && PART_TIME.test(role)) {
    group = 'member';
    note = [note, role.replace(/\.\s+(?=\p{Lu}).*$/u, '')].filter(Boolean).join('; ');
    role = null;
  }
  if (partial) note = [partial, note].filter(Boolean).join('; ');
  return [{ name, role, group, note }];
}

/** Coming late or leaving early: `kom til mødet kl. 17.40`, `gik fra mødet under punkt 9`, `ankom 18.15`. */
const PART_TIME = /^(?:kom til mødet|kom kl|ankom|gik fra mødet|gik kl|forlod mødet|deltog fra|deltog til|deltog under)\b/iu;

const STAND_IN = new RegExp(`^(.+?),?\\s+(${tolerant('stedfortræder')}|suppleant|vikar)\\s+(?!for\\b)(\\p{Lu}.+?)(?:\\s+(?:${tolerant('deltog')}|${tolerant('mødte')})(?:\\s+i stedet)?)?$`, 'u');

/** `Eva Holm. I stedet deltog Bo Dal.`: one away, then a sentence naming who came instead. */
const CAME_INSTEAD = new RegExp(`^(.+?)[.,;]?\\s+(?:[-–]\\s*)?[Ii]\\s?stedet\\s+(?:${tolerant('deltog')}|${tolerant('deltager')}|${tolerant('mødte')}|møder|kom)\\s+(\\p{Lu}.+?)\\.?$`, 'u');

const OFFICE_AFTER = new RegExp(`^(.*?)\\s*\\b(Formand|${tolerant('Næstformand')}|Kasserer|${tolerant('Sekretær')}|Suppleant|Bestyrelsesmedlem|Menigt medlem)$`, 'iu');

/** A party's letter or short name at the head of a role: `V`, `Ø`, `SF`, `DF`. */
const PARTY_LETTERS = '(?:[A-ZÆØÅ]|SF|EL|DF|LA|RV|KD|NB|KF)';
const PARTY = new RegExp(`^(${PARTY_LETTERS})(?=\\s*,|$)`, 'u');
const PARTY_AFTER_OFFICE = new RegExp(`,\\s*(${PARTY_LETTERS})\\s*,?$`, 'u');
// The stand-in's part holds no spaced dash of its own (a double surname's hyphen it may): one way through a line of dashes.
const DEPUTY = new RegExp(`^(.+?)\\s+[-–]\\s+((?:(?!\\s[-–]\\s).)+?)\\s+(${tolerant('stedfortræder')}|vikar|suppleant)\\.?$`, 'iu');
const ABSENCE_SUFFIX = new RegExp(`\\s+Afbud$|\\s*(?:[-–,]\\s*(?:afbud|${tolerant('fraværende')}|ikke til stede)|\\(\\s*(?:afbud|${tolerant('fraværende')})\\s*\\))\\.?$`, 'iu');

/** Initials or an organisation, then a name in brackets, as an entry of a list (`BD (Bo Dal)`, `Holmby Roklub (Eva Holm)`). */
const INITIALS_THEN_NAME = /(^|,\s*|\s+og\s+)(\p{Lu}[\p{L}\d&'’.\- ]{0,60}?)\s*\((\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3})\)(?=\s*(?:,|\s+og\s|\.?$))/gu;
/** A note that the person did not come: `(afbud)`, `(fraværende)`, `(deltog ikke/var syg)`. */
const ABSENT_NOTE = new RegExp(`^(?:afbud|${tolerant('fraværende')}|ikke til stede|meldt afbud|${tolerant('deltog')} ikke(?:\\s*[/,]\\s*(?:var\\s+)?(?:syg|forhindret|bortrejst))?|(?:var\\s+)?(?:syg|sygemeldt|bortrejst))$`, 'iu');

/** A member marked as the one chairing: `Anne Madsen (formand)`, `Ole Berg, mødeleder`. */
const CHAIR_NOTE = new RegExp(`^(?:formand|udvalgsformand|forperson|${tolerant('mødeleder')})$`, 'iu');

/** A group written as a run of names (`A, B, C og D`), possibly wrapped over lines. */
function isRun(lines: SLine[]): boolean {
  const first = lines.find((l) => !l.blank)?.text ?? '';
  const parts = first.split(/\s*,\s*/);
  return parts.length >= 3 && looksLikeName(notesOf(parts[0]!).rest) && looksLikeName(notesOf(parts[1]!).rest);
}

/** A star or a bullet between spaces, parting entries set on one line. */
const ENTRY_STAR = /\s+[*•·]\s+/gu;
/** A count after a list of names (`; – i alt 25 deltagere.`, `(i alt 12)`): no name. */
const TOTAL_AFTER = /[;,.]?\s*[–-]?\s*\(?\s*(?:i\s+alt|ialt|tilsammen)\s+\d{1,4}(?:\s+(?:deltagere|medlemmer|personer|fremmødte|stemmeberettigede))?\s*\)?\.?\s*$/iu;
/** A companion named after a person in a list: `& hustru`, `og ægtefælle`, `m/ledsager`. */
const COMPANION = /\s*(?:&|\+|\bog|\bm\/|\bmed)\s*(?:hustru|ægtefælle|kone|mand|frue|samlever|ledsager)(?!\p{L})/giu;

export function parseParticipants(blocks: { group: ParticipantGroup; lines: SLine[] }[]): Participant[] {
  const people: Participant[] = [];
  for (const listed of blocks) {
    // `Bent & hustru`, `Eva og mand`: a companion along is no name of the list.
    // (Replaced, not tested first: the pattern is global, and a test would move its place.)
    // (`…, Bo og Eva; – i alt 25 deltagere.`: the count after the list is no one either.)
    // `Bo Dal, Holmby (formand) * Eva Holm, Vejby * …`: entries set on one line with stars or bullets between, an entry a line.
    const lines = listed.lines.flatMap((l) => {
      const text = l.text.replace(COMPANION, '').replace(TOTAL_AFTER, '');
      const parts = (text.match(ENTRY_STAR) ?? []).length >= 2 ? text.split(ENTRY_STAR).map((t) => t.trim()).filter((t) => t !== '') : [text];
      return parts.length === 1 && parts[0] === l.text ? [l] : parts.map((t) => ({ ...l, text: t }));
    });
    const b = { ...listed, lines };
    // `LKB, TQF, MC, JC`: people by their initials, when the whole list is initials.
    const initials = b.lines.filter((l) => !l.blank).map((l) => l.text).join(', ').split(/\s*[,;]\s*|\s+og\s+/u).map((x) => x.trim().replace(/\.$/, '')).filter((x) => x !== '');
    if (initials.length >= 2 && initials.every((x) => /^\p{Lu}{2,5}$/u.test(x) && !/^(?:INGEN|ALLE|IKKE|NN|NB)$/u.test(x))) {
      for (const x of initials) people.push({ name: x, role: null, group: b.group, note: null });
      continue;
    }
    if (isRun(b.lines)) {
      // The run goes on over wrapped lines (`…, Bo Friis,` / `Carl Dam`) and lines of more names; a sentence after it is no one.
      const filled = b.lines.filter((l) => !l.blank);
      let k = 1;
      // (`Bo Dal, Eva Holm,` / `Mødet blev holdt på terrassen.`: a comma ending the list takes no sentence after it.)
      const sentence = (x: string) => /[.!?]$/u.test(x) && x.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w)).length >= 3 && !looksLikeName(notesOf(splitRun(x)[0] ?? '').rest);
      while (k < filled.length && ((/(?:[,&]|\bog)$/u.test(filled[k - 1]!.text) && !sentence(filled[k]!.text)) || runGoesOn(filled[k]!.text))) k++;
      // (A line of whole names after a line that ends on none of `,` `&` `og` is more of the run, `Bo Dal, Eva Holm og Ib Lund` /
      // `Tina Maria Vang`: parted from it by a comma; a surname wrapped alone goes on its name.)
      const run = filled.slice(0, k).reduce((acc, l, j) => {
        if (j === 0) return l.text;
        // (Not after a given name alone, its surname wrapped onto the next line: `…, Karin` / `Dahl Holm (forlader gruppen), …`.)
        const last = splitRun(notesOf(acc).rest).at(-1) ?? '';
        const own = !/(?:[,&]|\bog)\s*$/u.test(acc) && looksLikeName(last) && /^\s*\p{Lu}/u.test(l.text) && splitRun(notesOf(l.text).rest).every(looksLikeName);
        return `${acc}${own ? ', ' : ' '}${l.text}`;
      }, '');
      people.push(...parseEntry(run, b.group));
      for (const e of entries(filled.slice(k))) people.push(...subgroupEntry(e.text, b.group));
    } else {
      const list = entries(b.lines);
      for (const e of list) people.push(...subgroupEntry(e.text, b.group, list.length >= 2));
    }
  }
  // `Medlem, Bo Dal (deltog ikke/var syg)`: one listed among the members with a note that the person did not come is away.
  return withoutRepeats(people.map((p) => (p.group !== 'absent' && p.note !== null && ABSENT_NOTE.test(p.note) ? { ...p, group: 'absent' as const, note: null } : p)));
}


/** A word alone on a line that heads the next part of a document, never a name. */
const SECTION_WORD = /^(?:Agenda|Dagsorden|Dagsordenen|Referat|Program|Indhold|Emner|Beslutningsprotokol)\.?:?$/iu;

/** A line that goes on with a run of names: all names, or a name wrapped at both ends (`Thomsen, Ane Kro, Bo Dahl, Serhat`). */
function runGoesOn(text: string): boolean {
  const parts = splitRun(notesOf(text).rest);
  // A surname wrapped onto its own line (`Jens Bejer` / `Damgaard`); not the next part's heading (`Agenda`).
  if (parts.every(looksLikeName) || (/^\p{Lu}[\p{Ll}\-]+\.?$/u.test(text.trim()) && !SECTION_WORD.test(text.trim()))) return true;
  return parts.length >= 3 && parts.slice(1, -1).every(looksLikeName);
}

/** `Forældrevalgte: Lone Dahl, Per Holm.` inside a group: a sub-group, its name the people's role. */
const SUB_LABEL = /^(\p{L}[\p{L}\- ]{2,30}?)\s*:\s+(\S.*)$/u;

function subgroupEntry(text: string, group: ParticipantGroup, onePerLine = false): Participant[] {
  const m = SUB_LABEL.exec(text);
  if (!m || looksLikeName(m[1]!) || groupLabel(m[1]!) !== null) return parseEntry(text, group, onePerLine);
  let rest = m[2]!;
  let g = group;
  // `Afdelingsbestyrelsen: Lis Dam, Ole Bak` under a label of those present: the board's members.
  if (/\p{Ll}bestyrelsen?$/u.test(m[1]!.trim()) && group !== 'absent') return parseEntry(rest, 'member');
  // `Forældrevalgte: Afbud fra Mette Kjær.`
  const away = /^(?:afbud fra|afbud:?)\s+/iu.exec(rest);
  if (away) {
    rest = rest.slice(away[0].length);
    g = 'absent';
  }
  return parseEntry(rest, g).map((p) => ({ ...p, role: p.role ?? m[1]!.trim() }));
}

/**
 * One entry per person: a member also listed as absent (`Fraværende: X`
 * beside a full list of members) is absent; a name listed twice in the same
 * group is kept once, with the first entry's details.
 */
function withoutRepeats(people: Participant[]): Participant[] {
  // `Referent: Bo Dal` beside `Til stede: …, Bo Dal`: the member took the minutes.
  const attending = new Map(people.filter((p) => p.group === 'member' || p.group === 'chair').map((p) => [p.name, p]));
  people = people.filter((p) => {
    const member = p.group === 'secretariat' ? attending.get(p.name) : undefined;
    if (!member) return true;
    if (!/referent/iu.test(`${member.note ?? ''}`)) member.note = member.note ? `${member.note}; referent` : 'referent';
    return false;
  });
  const absent = new Set(people.filter((p) => p.group === 'absent').map((p) => p.name));
  const seen = new Set<string>();
  return people.filter((p) => {
    if (p.group === 'member' && absent.has(p.name)) return false;
    const key = `${p.group}\u0000${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A web page's control run on after the last name of a list (`Bo Dal Udskriv`). */
const CONTROL_AFTER_NAME = /\s+(?:Udskriv|Print|Tilbage|Luk|Del)$/u;

/**
 * The participants as read, each a person: a page's control run on after a name is cut off, and an entry that is one
 * long word of the language and no name (`Sagsoversigt`, `Organisationskonsulent`: a heading or a label read into a
 * list) is left out.
 */
export function plausibleParticipants(people: Participant[]): Participant[] {
  const seen = new Set<string>();
  return people.flatMap((p) => {
    const name = p.name.replace(CONTROL_AFTER_NAME, '');
    // (A compound counts: `Sags|oversigt`, `Organisations|konsulent`.)
    if (!/\s/u.test(name) && name.length >= 9 && isWord(name.toLocaleLowerCase('da')) && !isGivenName(name) && !isSurname(name)) return [];
    const key = `${p.group}\u0000${name}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [name === p.name ? p : { ...p, name }];
  });
}

/** A list's entry that is a person (`Borgmester Ida Holm (A)`, `Bo Lund (V)`): a member in a numbered list of those present, no item. */
export const PERSON_ENTRY = /^(?:(?:Over)?[Bb]orgmester\s+|[Rr]ådmand\s+|[Rr]egionsrådsformand\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s*\(\p{Lu}{1,2}\))?$|^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*\(\p{Lu}{1,2}\)$/u;
