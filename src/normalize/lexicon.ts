import { FIRST_NAMES, OTHER_GIVEN_NAMES, PLACE_NAMES, SURNAMES } from './names.data.js';
import { SEEN_GIVEN_NAMES } from './names-seen.data.js';

/**
 * Names users search for: Danish municipalities, regions, their hospitals,
 * and other public bodies and places. Many are missing from the general
 * dictionary, and OCR damage in a name hides a whole document from search.
 */

/** The 98 municipalities (kommuner) since 2007, by the names they use. */
export const MUNICIPALITIES: readonly string[] = [
  'Albertslund', 'Allerød', 'Assens', 'Ballerup', 'Billund', 'Bornholm', 'Brøndby', 'Brønderslev',
  'Dragør', 'Egedal', 'Esbjerg', 'Fanø', 'Favrskov', 'Faxe', 'Fredensborg', 'Fredericia',
  'Frederiksberg', 'Frederikshavn', 'Frederikssund', 'Furesø', 'Faaborg-Midtfyn', 'Gentofte',
  'Gladsaxe', 'Glostrup', 'Greve', 'Gribskov', 'Guldborgsund', 'Haderslev', 'Halsnæs', 'Hedensted',
  'Helsingør', 'Herlev', 'Herning', 'Hillerød', 'Hjørring', 'Holbæk', 'Holstebro', 'Horsens',
  'Hvidovre', 'Høje-Taastrup', 'Hørsholm', 'Ikast-Brande', 'Ishøj', 'Jammerbugt', 'Kalundborg',
  'Kerteminde', 'Kolding', 'København', 'Køge', 'Langeland', 'Lejre', 'Lemvig', 'Lolland',
  'Lyngby-Taarbæk', 'Læsø', 'Mariagerfjord', 'Middelfart', 'Morsø', 'Norddjurs', 'Nordfyns',
  'Nyborg', 'Næstved', 'Odder', 'Odense', 'Odsherred', 'Randers', 'Rebild', 'Ringkøbing-Skjern',
  'Ringsted', 'Roskilde', 'Rudersdal', 'Rødovre', 'Samsø', 'Silkeborg', 'Skanderborg', 'Skive',
  'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Struer', 'Svendborg', 'Syddjurs', 'Sønderborg',
  'Thisted', 'Tønder', 'Tårnby', 'Vallensbæk', 'Varde', 'Vejen', 'Vejle', 'Vesthimmerlands',
  'Viborg', 'Vordingborg', 'Ærø', 'Aabenraa', 'Aalborg', 'Aarhus',
];

/** The five regions. */
export const REGIONS: readonly string[] = [
  'Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland',
];

/** The regions' main hospitals and hospital units. */
export const HOSPITALS: readonly string[] = [
  'Rigshospitalet', 'Herlev Hospital', 'Gentofte Hospital', 'Bispebjerg Hospital', 'Frederiksberg Hospital',
  'Hvidovre Hospital', 'Amager Hospital', 'Nordsjællands Hospital', 'Bornholms Hospital',
  'Sjællands Universitetshospital', 'Holbæk Sygehus', 'Nykøbing Falster Sygehus', 'Slagelse Sygehus',
  'Næstved Sygehus', 'Odense Universitetshospital', 'Svendborg Sygehus', 'Sygehus Lillebælt',
  'Sydvestjysk Sygehus', 'Sygehus Sønderjylland', 'Aarhus Universitetshospital', 'Regionshospitalet Gødstrup',
  'Regionshospitalet Randers', 'Regionshospitalet Horsens', 'Regionshospitalet Viborg',
  'Regionshospitalet Silkeborg', 'Hospitalsenhed Midt', 'Aalborg Universitetshospital',
  'Regionshospital Nordjylland', 'Psykiatrien i Region Syddanmark', 'Region Hovedstadens Psykiatri',
  'Psykiatrien Region Sjælland', 'Region Midtjylland Psykiatri', 'Psykiatrien Region Nordjylland',
];

/** Other public bodies and places that minutes name. */
export const PLACES_AND_BODIES: readonly string[] = [
  'Sjælland', 'Jylland', 'Sønderjylland', 'Nordjylland', 'Midtjylland', 'Vestjylland', 'Østjylland', 'Fyn',
  'Falster', 'Møn', 'Lillebælt', 'Storebælt', 'Nykøbing', 'Nørresundby', 'Skærbæk', 'Brønshøj', 'Åbyhøj',
  'Aabyhøj', 'Østerbro', 'Nørrebro', 'Vesterbro', 'Ørestad', 'Frederiksværk', 'Græsted', 'Gødstrup',
  'Skejby', 'Århus', 'Ålborg', 'Åbenrå', 'Grenå', 'Hadsund', 'Brædstrup', 'Ølgod', 'Kjellerup',
  'Folketinget', 'Christiansborg', 'Sundhedsstyrelsen', 'Styrelsen for Patientsikkerhed',
  'Kommunernes Landsforening', 'Danske Regioner', 'Beskæftigelsesministeriet', 'Sundhedsministeriet',
  'Indenrigs- og Boligministeriet', 'Økonomiudvalget', 'Magistraten', 'Byrådet', 'Regionsrådet',
  'Kommunalbestyrelsen', 'Borgerrepræsentationen', 'Rigsrevisionen', 'Statsrevisorerne',
];

/**
 * A place name spelt without its Danish letters (`Skaerbaek` beside
 * `Skærbæk`, as some registers write them) is what OCR damage looks like: it
 * is left out, so that it never passes damage off as a name.
 */
const LOOKS_DAMAGED = /ae|oe|Ae|Oe/;

/**
 * Danish first names, surnames and places from public data sets
 * (`names.data.ts`, written by `scripts/build-names-lexicon.js`, which says
 * where they come from).
 */
export function personAndPlaceNames(): string[] {
  return [...FIRST_NAMES, ...SURNAMES, ...PLACE_NAMES.filter((p) => !LOOKS_DAMAGED.test(p))];
}

/** Every single word of every name, for the dictionary. */
export function lexiconWords(): string[] {
  const all = [...MUNICIPALITIES, ...REGIONS, ...HOSPITALS, ...PLACES_AND_BODIES, ...personAndPlaceNames()];
  const words = new Set<string>();
  for (const name of all) {
    for (const part of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(part)) words.add(part);
  }
  return [...words];
}

let given: Set<string> | null = null;

/**
 * Whether a capitalised word is a given name (the Danish ones, those of
 * neighbouring locales, and those clean minutes print before a surname:
 * `names-seen.data.ts`): the word after it is a surname. Only to place a
 * word, never a repair's target.
 */
export function isGivenName(word: string, seen = true): boolean {
  // `seen`: also those clean minutes print before a surname (names-seen.data.ts).
  given ??= new Set([...FIRST_NAMES, ...OTHER_GIVEN_NAMES]);
  seenGiven ??= new Set(SEEN_GIVEN_NAMES);
  return given.has(word) || (seen && seenGiven.has(word));
}

let seenGiven: Set<string> | null = null;

let danishGiven: Set<string> | null = null;

/** Whether a capitalised word is one of the common Danish given names (the statistics' list, not the neighbours' or the seen ones). */
export function isDanishGivenName(word: string): boolean {
  danishGiven ??= new Set(FIRST_NAMES);
  return danishGiven.has(word);
}

let surnames: Set<string> | null = null;

/** Whether a capitalised word is a Danish surname of the lexicon (`Christiansen`): the words before it are a name. Only to place a word. */
export function isSurname(word: string): boolean {
  surnames ??= new Set(SURNAMES);
  return surnames.has(word);
}
