/**
 * Attendance recorded with the items' decisions (`Fraværende: Ole Berg (V)`,
 * `Ikke til stede: …`, `Afbud: …`) applied to the participants. Many minutes
 * record it only there, item by item; a person absent from every item that
 * records attendance was absent from the meeting, one absent from some of
 * them is noted with the items.
 */
import type { DiagnosticList } from '../diagnostics.js';
import type { Item, Participant } from '../schema.js';
import { isGivenName } from '../normalize/lexicon.js';
import { tolerant, withoutEndColon } from './model.js';
import { outcomeOf } from './outcome.js';
import { APOLOGY_SENTENCE, groupLabel, looksLikeName, NAMES_SOURCE, NOT_A_NAME, notesOf, parseEntry, PERSON_ENTRY, SENTENCE_AFTER_NAME } from './people.js';

/** Nobody: `Ingen`, `-`, `Ingen fraværende`. */
const NOBODY = new RegExp(`^(?:ingen(?: ${tolerant('fraværende')})?|intet|[-–—]|0)\\.?$`, 'iu');
/** `Carl Eng (C) - Erik Gran (C) mødte som stedfortræder`: the substitute who came. */
const CAME_INSTEAD = new RegExp(`^(.+?)\\s+[-–]\\s+(.+?)\\s+(?:${tolerant('mødte')}|deltog)\\s+som\\s+(${tolerant('stedfortræder')}|suppleant|vikar)\\.?$`, 'iu');

const ABSENT_SENTENCE = new RegExp(
  `^(${NAMES_SOURCE})\\s+(?:(?:var|er)\\s+(?:${tolerant('fraværende')}|forhindret|forhindrede)|${tolerant('fraværende')}(?=\\.?$))(?:\\s+i\\s+at\\s+deltage(?:\\s+i\\s+(?:sagens\\s+)?behandling(?:en)?(?:\\s+af\\s+(?:sagen|punktet|dette\\s+punkt))?)?)?\\.?$|^(${NAMES_SOURCE})\\s+${tolerant('deltog')}\\s+ikke\\s+i\\s+(?:sagens\\s+)?behandling(?:en)?(?:\\s+af\\s+(?:sagen|punktet|dette\\s+punkt))?\\.?$|^(\\p{Lu}[\\p{L}.'’\\- ]+?)\\s+havde meldt afbud(?:,?\\s+og\\s+(\\p{Lu}[\\p{L}.'’\\- ]+?)\\s+${tolerant('deltog')} i stedet)?\\.?$`,
  'u',
);

/** `Bo Dal deltog ikke i mødet.`, `… var ikke til stede ved mødet.`, `Bo Dal (A) har meddelt, at han vil være forhindret i at deltage …`: away from the whole meeting, said with an item. */
const AWAY_FROM_MEETING = new RegExp(
  `^(${NAMES_SOURCE})\\s+(?:(?:${tolerant('deltog')}\\s+ikke\\s+(?:i|på)|var\\s+ikke\\s+til\\s+stede\\s+(?:ved|på|under|i))\\s+(?:hele\\s+)?(?:mødet|byrådsmødet|udvalgsmødet)|har\\s+meddelt,?\\s+at\\s+(?:han|hun)\\s+(?:vil\\s+være|er|var)\\s+forhindret\\b.*)\\.?$`,
  'u',
);

/** `Indkaldelse af stedfortræder for Ole Berg (A)`: an item calling a substitute for the member named. */
const SUBSTITUTE_FOR = new RegExp(`^(?:Godkendelse af\\s+)?(?:indkaldelse|indkaldt)\\s+(?:af\\s+)?${tolerant('stedfortræder')}e?\\s+for\\s+(${NAMES_SOURCE})\\.?$`, 'iu');

/** A word every sentence of attendance holds; lines without one are not read further. */
const ATTENDANCE_CUE = new RegExp(`${tolerant('fravær')}|forhindre|${tolerant('deltog')}|afbud`, 'iu');

/** `Per Lund deltog ikke under punkterne 2-3.`: absent from the items the sentence names (a note). */
const LEFT_OUT = new RegExp(
  `^(${NAMES_SOURCE})\\s+${tolerant('deltog')}\\s+ikke\\s+(?:under|i|ved)\\s+(?:behandlingen\\s+af\\s+)?(?:punkt(?:erne)?|pkt\\.?)\\s*(\\d[\\d\\s,.\\-–]*(?:\\s+og\\s+\\d+)?)\\.?$`,
  'u',
);

/** Where a sentence may end inside a run of names: not after an initial (`Bo L. Dal`), an abbreviated first name (`Chr.`) or `pkt.`. */
const NOT_AN_END = /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\p{Ll}{1,3}|pkt|nr|jf|stk|ca)\.$/u;

/**
 * A line's sentences, for attendance told in running text (`Godkendt. Anna
 * Berg var fraværende.`, `Afbud fra Bo Dal (A). Lis Eg deltager i stedet.`).
 * The line itself comes first, so that a sentence spanning the whole line is
 * read as before.
 */
export function attendanceSentences(line: string): string[] {
  const t = line.trim();
  const parts: string[] = [];
  // (Also after a party's letter in brackets where the next sentence's subject follows with no full stop, lines joined:
  // `Som stedfortræder deltog Bo Dal (A) Eva Holm (V) var fraværende.`)
  for (const piece of t.split(/(?<=[.!?])\s+(?=\p{Lu})|(?<=\(\p{Lu}{1,3}\))\s+(?=\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,3}\s+\(\p{Lu}{1,3}\)\s+(?:var|er|deltog|havde|har)\s)/u)) {
    const last = parts[parts.length - 1];
    if (last !== undefined && NOT_AN_END.test(last)) parts[parts.length - 1] = `${last} ${piece}`;
    else parts.push(piece);
  }
  const out = parts.length > 1 ? [t, ...parts] : [t];
  // A sentence run on from a decision heading and its date (`Beslutning Byrådet, 20.09.2016 Ane Holm var fraværende.`): also what follows the date.
  {
    for (const p of parts) {
      if (!/\d[-./]\d{1,2}[-./]\d{2,4}\s/u.test(p)) continue;
      // Every such date within the sentence's first 160 characters (a case number `00.22.02-A26-1-13` may come first).
      for (const after of p.slice(0, 160).matchAll(/\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})\s+(?=\p{Lu}\p{Ll})/gu)) out.push(p.slice(after.index! + after[0].length));
    }
  }
  return out;
}

/** A first name alone (`Jeanette`), as associations name their members. */
const FIRST_NAME_ALONE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** A person's name, or a first name alone that is no sentence's first word (`Jeanette`). */
const nameOrFirstName = (x: string): boolean => looksLikeName(x) || (FIRST_NAME_ALONE.test(x) && !NOT_A_NAME.test(x));

/** A line's parts where it is a run of names: `Lene Dahl, Bo Kragh og Lis Eg.` */
function splitNames(line: string): string[] {
  return line.replace(/\.$/, '').split(/\s*,\s*|\s+og\s+/u);
}

function key(name: string): string {
  return name.toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}

interface Recorded {
  absent: Participant[];
  came: Participant[];
}

function read(text: string): Recorded {
  const t = text.replace(/\s+/g, ' ').trim();
  if (NOBODY.test(t)) return { absent: [], came: [] };
  const instead = CAME_INSTEAD.exec(t);
  if (instead) {
    const away = parseEntry(instead[1]!, 'absent');
    const came = parseEntry(instead[2]!, 'member').map((p) => ({ ...p, group: 'member' as const, note: [p.note, `${instead[3]!.toLowerCase()} for ${away.map((a) => a.name).join(', ')}`].filter(Boolean).join('; ') }));
    return { absent: away, came: away.length > 0 ? came : [] };
  }
  const people = parseEntry(t, 'absent');
  return { absent: people.filter((p) => p.group === 'absent'), came: people.filter((p) => p.group !== 'absent') };
}

/** Item numbers as a note: `fraværende under punkt 2`, `fraværende under punkt 2, 4 og 5`. */
function underItems(numbers: number[]): string {
  const list = numbers.length === 1 ? String(numbers[0]) : `${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
  return `fraværende under punkt ${list}`;
}

function addNote(p: Participant, note: string): void {
  if (p.note?.includes(note)) return;
  p.note = p.note ? `${p.note}; ${note}` : note;
}

/** A line of such a list: `Borgmester Ida Holm (A)`, `Bo Lund (V)`, or a name alone (`Ebbe Lund`). */
/** One person's entry, or a list of names on one line (`Thomas, Inger Marie, Bodil og Sofie`). */
const personLine = (x: string): boolean => {
  if (PERSON_ENTRY.test(x) || looksLikeName(notesOf(x).rest)) return true;
  const names = x.replace(/[.]$/u, '').split(/\s*,\s*|\s+og\s+|\s+&\s+/u);
  return names.length >= 2 && names.every((n) => looksLikeName(notesOf(n).rest) || isGivenName(notesOf(n).rest));
};

/** Entries of a list of those present under its label, this many at least, are read. */
const MIN_LISTED = 2;

/**
 * Those present listed in an item's record (`Deltagerne var:` / `1. Borgmester
 * Ida Holm (A)` / `2. Bo Lund (V)` …), where the header names nobody present:
 * the meeting's members. Minutes of a body that records its attendance under
 * its first item do so.
 */
export function presentInItems(items: Item[], participants: Participant[]): void {
  if (participants.some((p) => p.group !== 'absent')) return;
  // An item titled with the label itself (`1. Mødedeltagere:` / `Bo Dal, Eva Holm, Ib Lund`): its record's first lines are the list.
  for (const item of items.slice(0, 3)) {
    if (groupLabel(withoutEndColon(item.title.trim())) !== 'member') continue;
    const decision = item.sections.find((s) => s.kind === 'decision');
    if (!decision) continue;
    const listed: Participant[] = [];
    // (Lines, and sentences within a line: `…, Karin Holm. Villy Dal deltager i den sidste del af mødet`.)
    for (const line of decision.text.split(/\n|(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u).map((x) => x.trim())) {
      if (!personLine(line)) break;
      listed.push(...parseEntry(line, 'member').filter((p) => p.group === 'member'));
    }
    if (listed.length >= MIN_LISTED) {
      participants.push(...listed);
      return;
    }
  }
  for (const item of items) {
    for (const s of item.sections) {
      if (s.kind !== 'decision') continue;
      const lines = s.text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        // The label on its own line, or ending one after a sentence (`Mødet startede kl. 15.30. Deltagerne var:`).
        // … or with the first name after it (`Til stede: Bo Dal` / `Ane Holm` / …).
        // … or inside a line joined to what stood above it (`Referat af bestyrelsesmøde 4. maj 2031 Til stede: Bo, Eva, Ib`).
        const label = /(?:^|[.!?]\s+)([^.!?]{3,40}?)\s*:$/u.exec(lines[i]!.trim()) ?? /^([^.!?:]{3,40}?)\s*:\s+(\p{Lu}.*)$/u.exec(lines[i]!.trim()) ?? PRESENT_INSIDE.exec(lines[i]!.trim());
        if (!label || groupLabel(label[1]!) !== 'member') continue;
        const listed: Participant[] = [];
        // (The list ends where the next label's sentence starts: `Til stede: Bo, Eva og Ib. Fraværende: Kim`.)
        const first = label[2]?.trim().split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu}[\p{L} ]{2,30}:)/u)[0];
        if (first !== undefined) {
          if (!personLine(first)) continue;
          listed.push(...parseEntry(first, 'member').filter((p) => p.group === 'member'));
        }
        for (let j = i + 1; j < lines.length; j++) {
          const entry = lines[j]!.trim().replace(/^\d{1,3}[.)]\s+/u, '');
          if (!personLine(entry)) break;
          listed.push(...parseEntry(entry, 'member').filter((p) => p.group === 'member'));
        }
        if (listed.length >= MIN_LISTED) {
          participants.push(...listed);
          return;
        }
      }
    }
  }
}

/** The label of who was present inside a line, after other words (`… 2031 Til stede: Bo, Eva`). */
const PRESENT_INSIDE = /(?<=\s)((?:Til\s+stede|Tilstede|Deltagere|Fremmødte)(?:\s+var)?)\s*:\s+(\p{Lu}.*)$/u;

/** A sentence that announces a list of apologies below it: `Der var afbud fra:`, `Afbud fra:`, `Følgende havde meldt afbud:`. */
const LIST_APOLOGY = /(?:^|[.!?]\s+)(?:(?:Der\s+var\s+|Der\s+er\s+)?(?:meldt\s+)?afbud\s+fra|Følgende\s+(?:havde\s+|har\s+)?meldt\s+afbud)\s*:$/iu;

/**
 * Applies the absences recorded with the items to `participants` (changed in
 * place; people first named there are added at the end).
 */
export function applyItemAttendance(items: Item[], participants: Participant[], diags: DiagnosticList): void {
  const recording: number[] = [];
  const absentFrom = new Map<string, { person: Participant; items: number[] }>();
  const came = new Map<string, Participant>();
  const apologies = new Set<string>();
  const partly = new Map<string, { person: Participant; note: string }>();
  const caseOnly = new Set<string>();
  items.forEach((item, k) => {
    // Attendance recorded with another body's earlier treatment (history, kind `other`) is that meeting's, not this one's.
    const sections: Item['sections'] = [];
    let under: Item['sections'][number] | null = null;
    for (const s of item.sections) {
      if (s.kind === 'other' && s.heading !== null && groupLabel(s.heading) === 'absent') {
        if (under?.kind === 'decision') sections.push(s);
      } else if (!(s.kind === 'other' && s.heading !== null && /^(?:Dato|Sted|Mødested|Mødedato)$/iu.test(s.heading))) under = s;
    }
    // `Anna Berg og Bo Dal var fraværende.`, `X havde meldt afbud, og Y deltog i stedet.`: the same, as a sentence of the decision.
    const said: Recorded[] = [];
    for (const s of item.sections) {
      if (s.kind !== 'decision') continue;
      // `Der var afbud fra:` / `- Bo Dal` / `- Eva Holm`: the apologies as a list under the sentence that announces them.
      const rows = s.text.split('\n');
      rows.forEach((row, r) => {
        if (!LIST_APOLOGY.test(row.trim())) return;
        const listed: string[] = [];
        for (let q = r + 1; q < rows.length && /^\s*[-–•·*]\s+\S/u.test(rows[q]!); q++) listed.push(rows[q]!.replace(/^\s*[-–•·*]\s+/u, '').trim());
        const absent = listed.flatMap((t) => parseEntry(t, 'absent')).filter((p) => p.group === 'absent' && groupLabel(p.name) === null && looksLikeName(p.name));
        if (absent.length === 0) return;
        said.push({ absent, came: [] });
        for (const a of absent) apologies.add(key(a.name));
      });
      // `Fraværende` / `Bo Dal og Eva Holm.`, `Fraværende: Bo Dal`: the absence label in the decision's text, the names after it or on the next line.
      rows.forEach((row, r) => {
        // (Or the label run into its list's first line with no colon, `Fraværende med afbud Bo Dal.`, where the lines go on with names.)
        const bare = /^([^:.!?]{3,30}?)\s+(\p{Lu}[^:]*)$/u.exec(row.trim());
        const runIn = bare !== null && groupLabel(bare[1]!) === 'absent' && nameOrFirstName(notesOf(bare[2]!.split(SENTENCE_AFTER_NAME)[0]!).rest);
        const colon = runIn ? null : /^([^:.!?]{3,30}?)\s*(?::\s*(\S.*)?)?$/u.exec(row.trim());
        if (!runIn && (!colon || groupLabel(colon[1]!) !== 'absent')) return;
        // (The label alone on its row: the names start on the next row with text.)
        const alone = !runIn && colon![2] === undefined;
        const names = runIn ? bare![2]! : (colon![2] ?? rows.slice(r + 1).find((x) => x.trim() !== '')?.trim());
        // (`Fraværende:` left empty over `Godkendt.`: what was decided, no name.)
        if (names === undefined || outcomeOf(names) !== null || (!runIn && !splitNames(names).every(nameOrFirstName))) return;
        // `Fraværende med afbud` / `Bo Dal.` / `Eva Holm. I stedet deltog Ib Lund.` / `Kaj Berg.`: a name a line under the label, to a blank line.
        const more: string[] = [];
        if (runIn || alone) {
          const at = runIn ? r : rows.findIndex((x, q) => q > r && x.trim() !== '');
          for (let q = at + 1; q < rows.length && rows[q]!.trim() !== ''; q++) {
            const opening = rows[q]!.trim().split(SENTENCE_AFTER_NAME)[0]!;
            if (!nameOrFirstName(notesOf(opening).rest)) break;
            more.push(rows[q]!.trim());
          }
        }
        if (more.length > 0) {
          const listed = [names, ...more].flatMap((x) => parseEntry(x, 'absent'));
          said.push({ absent: listed.filter((p) => p.group === 'absent' && groupLabel(p.name) === null), came: listed.filter((p) => p.group === 'member') });
          return;
        }
        const absent = read(names).absent.filter((p) => groupLabel(p.name) === null);
        if (absent.length > 0) said.push({ absent, came: [] });
      });
      for (const line of s.text.split('\n').filter((l) => ATTENDANCE_CUE.test(l)).flatMap(attendanceSentences)) {
        const out = LEFT_OUT.exec(line.trim());
        if (out) {
          const which = out[2]!.trim().replace(/[.\s]+$/u, '').replace(/\s*[-–]\s*/g, '-');
          for (const p of parseEntry(out[1]!, 'member')) if (p.group === 'member') partly.set(key(p.name), { person: p, note: `deltog ikke under punkt ${which}` });
          continue;
        }
        // `Der var afbud fra Bo Dal.`, `Bo Dal deltog ikke i mødet.` with a decision: away from the meeting.
        const sorry = APOLOGY_SENTENCE.exec(line.trim()) ?? AWAY_FROM_MEETING.exec(line.trim());
        if (sorry) {
          const absent = parseEntry(sorry[1]!, 'absent').filter((p) => p.group === 'absent' && groupLabel(p.name) === null);
          if (absent.length > 0) said.push({ absent, came: [] });
          for (const a of absent) apologies.add(key(a.name));
          continue;
        }
        const away = ABSENT_SENTENCE.exec(line.trim());
        if (!away) continue;
        // `Bo Dal deltog ikke i sagens behandling.`: away from this case only, even when it is the first.
        if (away[2] !== undefined) for (const p of parseEntry(away[2], 'absent')) caseOnly.add(key(p.name));
        const absent = parseEntry(away[1] ?? away[2] ?? away[3]!, 'absent').filter((p) => p.group === 'absent');
        const came = away[4] ? parseEntry(away[4], 'member').map((p) => ({ ...p, group: 'member' as const, note: [p.note, `i stedet for ${absent.map((a) => a.name).join(', ')}`].filter(Boolean).join('; ') })) : [];
        if (absent.length > 0) said.push({ absent, came });
        // `havde meldt afbud`: sent apologies for the meeting, not one item.
        if (away[3] !== undefined) for (const a of absent) apologies.add(key(a.name));
      }
    }
    if (sections.length === 0 && said.length === 0) return;
    recording.push(k);
    for (const found of [...sections.map((s) => read(s.text)), ...said]) {
      for (const p of found.absent) {
        const entry = absentFrom.get(key(p.name));
        if (!entry) absentFrom.set(key(p.name), { person: p, items: [k] });
        else if (!entry.items.includes(k)) entry.items.push(k);
      }
      for (const p of found.came) if (!came.has(key(p.name))) came.set(key(p.name), p);
    }
  });
  // `Indkaldelse af stedfortræder for Ole Berg`: a council calls a substitute for a member who will be away; that member was absent.
  for (const item of items) {
    const sub = SUBSTITUTE_FOR.exec(item.title);
    if (!sub) continue;
    for (const p of parseEntry(sub[1]!, 'absent').filter((x) => x.group === 'absent' && looksLikeName(x.name))) {
      apologies.add(key(p.name));
      if (!absentFrom.has(key(p.name))) absentFrom.set(key(p.name), { person: p, items: [] });
    }
  }
  // `1. Fraværende: Lene Dahl og Bo Kragh`: an item of its own that records who was away from the meeting.
  // `1. Fraværende` over `Der er afbud fra Preben Lund og Sanne Vig.`: the same, the names in the item's text.
  for (const item of items) {
    const m = /^([^:]{3,40}):\s*(\S.*)$/u.exec(item.title);
    let named: string[] = [];
    // `Afbud Jeanette`, `Fraværende Bo Dal og Lis Eg`: the label and the names with no colon between.
    const bare = /^(\p{L}+(?: \p{L}+)?)\s+(\p{Lu}.*?)\.?$/u.exec(item.title);
    if (m && groupLabel(m[1]!) === 'absent') named = [m[2]!];
    else if (bare && groupLabel(bare[1]!) === 'absent' && splitNames(bare[2]!).every(nameOrFirstName)) named = [bare[2]!];
    else if (groupLabel(item.title.replace(/[.:]$/, '')) === 'absent') {
      // Lines of the item's text that are a sentence of apologies or absence, or names and nothing else.
      const lines = item.sections.flatMap((s) => s.text.split('\n')).flatMap(attendanceSentences);
      named = lines.flatMap((l) => {
        const from = APOLOGY_SENTENCE.exec(l) ?? ABSENT_SENTENCE.exec(l);
        if (from) return [from[1] ?? from[2] ?? from[3]!];
        // Names alone, a first name too (`Afbud` / `Jeanette`).
        return splitNames(l).every(nameOrFirstName) ? [l] : [];
      });
    }
    for (const text of named) {
      for (const p of read(text).absent) {
        if (groupLabel(p.name) !== null) continue;
        apologies.add(key(p.name));
        if (!absentFrom.has(key(p.name))) absentFrom.set(key(p.name), { person: p, items: [] });
      }
    }
  }
  // Absent from items a sentence names: a note on the member (added when not listed).
  const listedByName = new Map(participants.map((p) => [key(p.name), p]));
  for (const [name, { person, note }] of partly) {
    const listed = listedByName.get(name);
    if (listed) addNote(listed, note);
    else participants.push({ ...person, note: [person.note, note].filter(Boolean).join('; ') });
  }
  if (partly.size > 0 && absentFrom.size === 0 && came.size === 0) {
    diags.info('attendance-from-items', `Attendance recorded with the items' decisions applied to ${partly.size} ${partly.size === 1 ? 'person' : 'people'}`);
    return;
  }
  if (absentFrom.size === 0 && came.size === 0) return;
  // Absent from the whole meeting: from every item that records attendance, when most items with a decision do.
  const decided = items.filter((it) => it.sections.some((s) => s.kind === 'decision')).length;
  const recordedThroughout = recording.length >= 2 && recording.length * 2 >= decided;
  const byName = new Map(participants.map((p) => [key(p.name), p]));
  const headerAbsent = participants.some((p) => p.group === 'absent');
  let applied = 0;
  for (const [name, { person, items: ks }] of absentFrom) {
    // Absent from the meeting: from every item with a decision, not only from those that record attendance (who left midway is absent from the last ones).
    // Attendance recorded under the first item only (a case system's `Fraværende:` with the agenda's approval) is the meeting's.
    const firstOnly = recording.length === 1 && recording[0] === 0 && ks.length === 1 && ks[0] === 0 && !caseOnly.has(name);
    const whole = (recordedThroughout && ks.length === recording.length && ks.length >= decided) || apologies.has(name) || firstOnly || /\bdeltog ikke i (?:hele )?mødet\b|\bikke til stede (?:ved|på|under) (?:hele )?mødet\b/iu.test(person.note ?? '');
    const listed = byName.get(name);
    const numbers = ks.map((k) => items[k]!.number);
    if (listed) {
      if (listed.group === 'absent') continue;
      if (whole) listed.group = 'absent';
      else addNote(listed, underItems(numbers));
    } else if (whole) {
      // Where the header records the apologies (`Afbud: …`), it is the meeting's record: a sentence with an item about someone it does not list is about something else (a guest, another body's meeting).
      if (headerAbsent) continue;
      participants.push({ ...person, group: 'absent' });
    } else {
      // Absent from some items only: present for the rest, as a member of the body.
      participants.push({ ...person, group: 'member', note: [person.note, underItems(numbers)].filter(Boolean).join('; ') });
    }
    applied++;
  }
  for (const [name, person] of came) {
    if (byName.has(name) || absentFrom.has(name)) continue;
    participants.push(person);
    applied++;
  }
  if (applied > 0) {
    diags.info('attendance-from-items', `Attendance recorded with the items' decisions applied to ${applied} ${applied === 1 ? 'person' : 'people'}`);
  }
}
