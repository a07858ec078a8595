/**
 * A body named by its kind near the top of a document, in whatever sentence or
 * title carries it: `Holmby Kunstforening Referat af generalforsamling`,
 * `Generalforsamling i Holmby Roklub`, `Den Konservative Vælgerforening i
 * Holmby afholdt i går sin generalforsamling`, `Holmbys Lokalråd.` alone on its
 * line, `Retsforbundets ordinære landsmøde`.
 *
 * Two tables and one reader: the words that end an organisation's name by its
 * kind (KIND_ENDINGS), and the places around a name where a document names the
 * body that met (KIND_CONTEXTS). The reader finds every name phrase with a
 * kind word in the first lines and takes the first that stands in one of the
 * contexts. The header's own readings come first (meeting.ts); this is asked
 * only where none of them named a body.
 */
import type { SLine } from './model.js';

/** Words that end a name of an organisation by its kind, with examples (tests/vocabulary.test.ts runs them). */
export const KIND_ENDINGS: [string, string[]][] = [
  ['forening', ['Kunstforening', 'Fejøforeningen', 'Vælgerforening', 'Fiskeriforenings']],
  ['klub', ['Sejlklub', 'Pinseklubben', 'Boldklubben']],
  ['laug', ['Bryggerlaug', 'Gårdlauget']],
  ['selskab', ['Selskabet', 'Bellmanselskab']],
  ['forbund', ['Retsforbundet', 'Jægerforbund']],
  ['råd', ['Lokalråd', 'Fællesrådet', 'Seniorråd', 'Landssamrådet']],
  ['udvalg', ['Lokaludvalg', 'Teaterudvalget', 'fritidsudvalgs']],
  ['gilde[t]?', ['Gilde', 'Gildet', 'Gildets']],
  ['afdeling', ['Lokalafdelingen', 'afdeling']],
  ['kreds', ['Skolekredsen', 'kreds']],
  ['menighed', ['Frimenighed']],
  ['venner', ['Venner']],
  ['samvirke[t]?', ['Foreningssamvirket', 'Samvirke']],
  ['fond', ['Fonden']],
  ['netværk', ['Selvejenetværket']],
  ['kor', ['Kammerkor', 'Koret']],
  ['kommission', ['Beredskabskommissionen']],
  // `-lag` only after the kinds of guild it names (`Forslag`, `Oplag` are words).
  ['(?:dige|pumpe|vej|sluse|kanal|grøfte|bro)-?\\s?lag', ['Pumpelag', 'Digelaget']],
];

const INFLECTION = '(?:en|et|ne|ene|s|ens|ets|nes|ben|bens)?';
const KIND = `(?:${KIND_ENDINGS.map(([k]) => k).join('|')})${INFLECTION}`;
/** A word ending in a kind (`Kunstforening`, `forening`, `Sejlklubs`). */
const KIND_WORD = new RegExp(`^[\\p{L}\\-]*${KIND}$`, 'iu');
/** Whether a word ends in a kind of organisation (`Kunstforening`, `Sejlklubs`; not `klubhuset`). */
export function isKindWord(word: string): boolean {
  return KIND_WORD.test(word);
}

/** The kind alone, with nothing before it in the word (`Foreningen`, `Klubben`): a name only with other words. */
const BARE_KIND = new RegExp(`^${KIND}$`, 'iu');
/** A capitalised word, an abbreviation, a number in a name (`Sct.`, `3F`, `1913`, `FOA/PMF`, `St.`). */
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d&'’.\-/]*|[”"“][^”"“]{1,40}[”"“]|&)$/u;
/** Small words that join the words of a name (`Motor og Veterantraktor Klubben`, `Fællesrådet for Holmby`, `Selskabet Bellman i Danmark`). */
const JOIN_WORD = /^(?:i|for|af|og|ved|på|&)$/u;
/** Small words before the kind that describe it (`lokalhistoriske`, `omegns`): an adjective or a genitive. */
const DESCRIBING = /^\p{Ll}{3,}(?:(?<![td])e|s)$/u;
/** Words that never begin a body's name: the meeting, the document, a weekday or a title word. */
const NOT_FIRST = /^(?:Referat\p{L}*|Dagsorden\p{L}*|Mødereferat|Protokol\p{L}*|Generalforsamling\p{L}*|GENERALFORSAMLING|\p{L}*[Mm]øde[tr]?|MØDE|Ordinær\p{L}*|Ekstraordinær\p{L}*|Stiftende|Årets|Bestyrelsen|Formanden|Den|Det|De|Der|Og|I|For|Af|På|Ved|Hermed|Til|Fra|Nyt|Kære|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$/u;
/** Where a name found after `i`, `på` is a building, not a part of the body's name (`… i Holmby Forsamlingshus`). */
const BUILDING = /(?:hus|huset|hallen|hal|center|centret|centeret|kro|kroen|lokale|lokaler|lokalerne|salen|sal|skole|skolen|kirke|kirken|hotel|gården|biblioteket|stuen)$/iu;

/** A meeting's word (`generalforsamling`, `bestyrelsesmøde`, `gildeting`, `gildestævne`), at the end of what is before a name. */
const MEETING_WORD = '\\p{L}*(?:møde[t]?|generalforsamling(?:en)?|ting(?:et)?|stævne[t]?)';
/** Weekdays, which open the date line after a letterhead (`Holmby Seniorråd. Torsdag den 4. juni 2031`). */
const WEEKDAYS = 'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag';
/** A sentence's end in the text before a name: no meeting's word of that sentence counts. */
const HELD = new RegExp(`^\\s*(?:(?:har|havde)\\s+)?(?:(?:[^.!?]|(?<=\\d)\\.){0,40}?\\s)?(?:af)?holdte?\\s+(?:[^.!?\\s]+\\s+){0,4}?${MEETING_WORD}|^\\s+(?:inviterer|indkalder)\\s+(?:\\S+\\s+){0,3}?til\\s+${MEETING_WORD}`, 'iu');

/** The places around a name that make it the body that met, each with its examples (the body, or null for none). */
export const KIND_CONTEXTS: { name: string; test: (before: string, after: string, p: Phrase) => boolean; examples: [string, string | null][] }[] = [
  {
    // The body in the genitive before its meeting (`Retsforbundets ordinære landsmøde`): the name without the genitive's `s`.
    name: 'genitive',
    test: (before, after, p) =>
      /\p{L}{3}s$/u.test(p.words[p.words.length - 1]!) &&
      KIND_WORD.test(p.words[p.words.length - 1]!.slice(0, -1)) &&
      /^(?:[\s\-–•*|]*|.*\b(?:referat|dagsorden)\s+(?:af|fra|for)\s+)$/iu.test(before) &&
      new RegExp(`^\\s+(?:(?:ordinære|ekstraordinære|årlige|\\d{1,3}\\.)\\s+)?${MEETING_WORD}\\b`, 'iu').test(after),
    examples: [
      ['Referat fra Holmbyforbundets ordinære landsmøde 15 sept. 2031', 'Holmbyforbundet'],
      ['Referat fra brætspillerlaugets generalforsamling 21. juni 2031', null],
      ['Agenda ved laugets generalforsamling 1. marts 2031', null],
      ['Holmby Sejlklubs generalforsamling', 'Holmby Sejlklub'],
      ['Bo Dal fra Holmby Sejlklubs bestyrelse', null],
    ],
  },
  {
    // The name alone on its line, perhaps with a year or a date, or beside the document's title or the meeting's: a letterhead.
    name: 'alone',
    test: (before, after, p) =>
      !p.small &&
      new RegExp(`^(?:[\\s\\-–•*|]*|(?:referat|dagsorden|mødereferat)\\s*[,:]?\\s*|m\\s?ø\\s?d\\s?e\\s+|r\\s?e\\s?f\\s?e\\s?r\\s?a\\s?t\\s+møde\\s+|.{0,40}${MEETING_WORD}\\s*[-–|]\\s*|(?:dagsordener|referater|nyt)\\s+(?:og\\s+\\p{L}+\\s+)?fra\\s+)$`, 'iu').test(before) &&
      new RegExp(`^\\s*(?:[.,]?\\s*(?:\\(?[\\d./\\- ]{4,12}\\)?)?\\s*$|[.]?\\s*[|–-]?\\s*(?:referat|dagsorden|generalforsamling|beretning)\\b|\\.\\s+${MEETING_WORD}\\b|[.,]\\s+(?:${WEEKDAYS})\\b)`, 'iu').test(after),
    examples: [
      ['Holmby Kunstforening Referat af generalforsamling', 'Holmby Kunstforening'],
      ['Øster Holmby Lokalråd.', 'Øster Holmby Lokalråd'],
      ['Vejlauget 2031', 'Vejlauget'],
      ['R e f e r a t MØDE Holmby Seniorråd. Torsdag den 4. juni 2031 kl. 10', 'Holmby Seniorråd'],
      ['Dagsordener og referater fra Foreningssamvirket', 'Foreningssamvirket'],
      ['Nyt fra Holmby Turistforening', 'Holmby Turistforening'],
      ['Selskabet Holmer i Danmark. Generalforsamlingen 2031, den 4. februar', 'Selskabet Holmer i Danmark'],
      ['Mødereferat, Fællesrådet for Holmby (8/6-2031)', 'Fællesrådet for Holmby'],
      ['Ekstraordinært gildestævne - Sct. Knuds Gilde i Holmby', 'Sct. Knuds Gilde i Holmby'],
      ['Referat: Holmby Dige- og Pumpelag', 'Holmby Dige- og Pumpelag'],
      ['Foreningen', null],
      ['Mvh klubben', null],
      ['Udskriv kampkort', null],
      ['Holmby Forening, Lokal afdeling Holmby.', null],
    ],
  },
  {
    // After the meeting it held (`generalforsamling i`, `møde i`, `årsmøde for`; in a title with none: `Referat generalforsamling X`).
    name: 'of-meeting',
    test: (before, after, p) =>
      (!p.small || /^\s*(?:$|[.,;:(–-]|den\b|d\.|kl\b|\d)/iu.test(after)) &&
      new RegExp(`${MEETING_WORD}\\s+(?:i|for|hos)\\s+$|^(?:referat|dagsorden)\\p{L}*\\s+(?:(?:af|fra|for|til)\\s+)?(?:\\S+\\s+){0,2}?${MEETING_WORD}\\s+$`, 'iu').test(before),
    examples: [
      ['Generalforsamling i Holmby Roklub 2031.', 'Holmby Roklub'],
      ['Årsmøde og generalforsamling for Dansk Holmeforening – 2031', 'Dansk Holmeforening'],
      ['Referat af åbent bestyrelsesmøde i Holmby Vælgerforening, mandag d. 5.11.2031', 'Holmby Vælgerforening'],
      ['Referat af møde i borgerforeningen den 10/9', null],
      ['Referat fra bestyrelsesmøde kreds 3 den 7. november 2031', 'kreds 3'],
      ['Referat af bestyrelsesmøde gårdlauget Holmgården – 26. september 2031', 'gårdlauget Holmgården'],
      ['Referat generalforsamling Forening Holmer Holmby i sejlerstuen den 26. februar 2031', 'Forening Holmer Holmby'],
      ['Generalforsamlingen blev holdt i klubhuset', null],
      ['Referat af møde i foreningen', null],
      ['Generalforsamling i støtteforeningen ved hospice Holmby', null],
    ],
  },
  {
    // The one that held it, opening the sentence (`Holmby Frimenighed har afholdt generalforsamling`, `… afholdt i går sin årlige
    // generalforsamling`), or named right after the verb (`… afholdte Boldklubben 1913 den ordinære generalforsamling`).
    name: 'held-by',
    test: (before, after, p) =>
      !p.small &&
      ((/^(?:\S+\s+){0,8}$/u.test(before) && !/(?:^|\s)(?:fra|hos|til|med|og|for|af|i|på|ved)\s*$/iu.test(before) && HELD.test(after)) ||
        (/\b(?:af)?holdte?\s+$/iu.test(before) && new RegExp(`^\\s+(?:den|det|sin|sit|deres)\\s+(?:\\S+\\s+)?${MEETING_WORD}`, 'iu').test(after))),
    examples: [
      ['Den Konservative Vælgerforening i Holmby afholdt i går sin årlige generalforsamling på museet.', 'Den Konservative Vælgerforening i Holmby'],
      ['Den Konservative vælgerforening i Holmby har den 28. januar, afholdt sin ordinære generalforsamling', 'Den Konservative vælgerforening i Holmby'],
      ['Holmby Frimenighed har afholdt generalforsamling i marts 2031.', 'Holmby Frimenighed'],
      ['Tirsdag d. 5 marts 2031 afholdte Boldklubben 1913 den ordinære generalforsamling.', 'Boldklubben 1913'],
      ['Holmby Naturforening inviterer til årsmøde 2031 på slottet', 'Holmby Naturforening'],
      ['Bo Dal fra Holmby Sejlklub holdt et oplæg om sommerens møde', null],
      ['Formanden for Holmby Sejlklub holdt generalforsamling', null],
    ],
  },
];

interface Phrase {
  start: number;
  end: number;
  words: string[];
  /** Begun in small letters (`borgerforeningen`, `kreds 3`): a name only after its meeting. */
  small: boolean;
}

/** Name phrases of a line that end in, or hold, a kind word (`Den Konservative Vælgerforening i Holmby`). */
function kindPhrases(line: string): Phrase[] {
  // Words with their places; a comma, a semicolon, a colon or a bracket between two words ends a name.
  const tokens = [...line.matchAll(/[^\s,;:()”"“]+|[,;:()]/gu)].map((m) => {
    const abbreviation = /^(?:Sct|St|Grf|Bdr|Afd|Kbh|Nr)\.$/u.test(m[0]);
    return { text: abbreviation ? m[0] : m[0].replace(/\.$/u, ''), at: m.index!, stop: /^[,;:()]$/u.test(m[0]) };
  });
  const found: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!.text;
    const article = /^(?:Den|Det)$/u.test(first) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !NOT_FIRST.test(tokens[i + 1]!.text);
    if (tokens[i]!.stop || /^[\d.]+$/u.test(first) || (!article && (!(NAME_WORD.test(first) || KIND_WORD.test(first)) || NOT_FIRST.test(first) || JOIN_WORD.test(first)))) {
      i++;
      continue;
    }
    let j = i;
    let kindAt = -1;
    let describing = 0;
    const words: string[] = [];
    while (j < tokens.length && !tokens[j]!.stop) {
      const w = tokens[j]!.text;
      const next = tokens[j + 1]?.text;
      // (A bare kind in small letters, `klubben`, `laugets`, refers to a body named elsewhere, `Mvh klubben`; with its number it is a name, `kreds 3`.)
      if (KIND_WORD.test(w) && !(BARE_KIND.test(w) && !/^\p{Lu}/u.test(w) && !/^\d{1,3}$/u.test(next ?? ''))) kindAt = words.length;
      // (An article opening the name, `Den Konservative …`, is one of its words.)
      else if (NAME_WORD.test(w) && !(words.length > 0 && NOT_FIRST.test(w))) describing = 0;
      else if (JOIN_WORD.test(w) && words.length > 0 && next !== undefined && !tokens[j + 1]!.stop && (NAME_WORD.test(next) || KIND_WORD.test(next)) && !NOT_FIRST.test(next)) {
        // `… i Holmby Forsamlingshus`: where it was, not the name.
        if (/^(?:i|på)$/u.test(w) && kindAt >= 0 && BUILDING.test(next)) break;
      } else if (kindAt < 0 && DESCRIBING.test(w) && describing < 2 && words.length > 0) describing++;
      else break;
      words.push(w);
      j++;
      // A sentence's full stop ends the name (an abbreviation's is kept in the token).
      if (/^[.!?]/u.test(line.slice(tokens[j - 1]!.at + w.length)) && !/\.$/u.test(w)) break;
    }
    // Trailing joining or describing words, and the meeting's year (`Vejlauget 2031`), are no part of the name; a founding year is
    // (`Boldklubben 1913`).
    while (
      words.length > 1 &&
      (JOIN_WORD.test(words[words.length - 1]!) || (DESCRIBING.test(words[words.length - 1]!) && words.length - 1 > kindAt) || /^(?:199\d|20\d\d)$/u.test(words[words.length - 1]!))
    )
      words.pop();
    if (kindAt >= 0 && kindAt < words.length) {
      const last = tokens[i + words.length - 1]!;
      // One word names a body only capitalised and more than its kind (`Fejøforeningen`, not `Foreningen`, `grundejerforeningen`).
      const single = words.length === 1 && (BARE_KIND.test(words[0]!) || !/^\p{Lu}/u.test(words[0]!));
      if (!single) found.push({ start: tokens[i]!.at, end: last.at + last.text.length, words, small: !/^[\p{Lu}\d]/u.test(words[0]!) });
    }
    i = Math.max(i + 1, i + words.length);
  }
  return found;
}

/** The genitive's `s` off a name's last word (`Retsforbundets` → `Retsforbundet`, `fritidsudvalgs` → `fritidsudvalg`). */
function withoutGenitive(name: string): string {
  return name.replace(/(?<=\p{L}{3})s$/u, '');
}

/** The body a line names by its kind in one of KIND_CONTEXTS, or null. */
export function kindNamedBody(line: string): string | null {
  for (const p of kindPhrases(line)) {
    const before = line.slice(0, p.start);
    const after = line.slice(p.end);
    for (const c of KIND_CONTEXTS) {
      if (!c.test(before, after, p)) continue;
      const name = p.words.join(' ');
      return c.name === 'genitive' ? withoutGenitive(name) : name;
    }
  }
  return null;
}

/** How many of the header's first lines are read. */
const LINES_READ = 8;

/** The body the first lines of a header name by its kind (see kindNamedBody), or null. */
export function bodyNamedByKind(header: SLine[]): string | null {
  for (const l of header.filter((x) => !x.blank).slice(0, LINES_READ)) {
    // (A rule drawn with underscores or dashes, run on before the text, is no part of it.)
    const t = l.text.trim().replace(/^[_=*~-]{3,}\s*/u, '');
    if (t.length > 300) continue;
    const found = kindNamedBody(t);
    if (found !== null) return found;
  }
  return null;
}
