/**
 * Where titles run together without numbers or marks between them start
 * again (`Dialogmøde ældrerådet Budgetopfølgning pr. oktober Evaluering af
 * konferencen …`), as a web transcript prints a table of contents that lost
 * its numbers and line breaks. A title opens with a capital; inside one, a
 * capital follows a name or a word that asks for one (`i Holmby Kommune`,
 * `til Holmby Roklub`). So a new title starts:
 *
 * - at a capitalised word after a word in small letters that asks for none
 *   (`… for kultur- og fritidsområdet Forslag til …`);
 * - after a word's first part and `og` in small letters, which only a word in
 *   small letters ends (`… for kultur- og Evaluering af …`);
 * - at a word that opens titles (TITLE_OPENERS, or a noun made from a verb:
 *   `Godkendelse`, `Orientering`, `Genoptagelse`) after a capitalised one or a
 *   closing quote or bracket (`… Risikostyringsplan Beslutning om …`);
 * - at a heading in capitals (`SAGER TIL EFTERRETNING`) and after it, at
 *   `Til orientering`, at a closed case (`LUKKET PUNKT:`) and after an entry's
 *   leaders and page (`… Kraftværket...58 Bilagsoversigt`).
 *
 * Where three entries or more open with a committee's letters and a dash
 * (`ØU - Godkendelse af dagsorden ØU - Orientering TM - Frigivelse …`), those
 * alone start titles.
 */

/** Words that open an agenda's titles, as printed with their capital (one per row); a word ending as TITLE_OPENER_ENDING is one too. */
export const TITLE_OPENERS = ['Budget', 'Regnskab', 'Forslag', 'Status', 'Rapport', 'Tilsyn', 'Regulativ', 'Meddelelser', 'Meddelelse', 'Eventuelt', 'Evt.', 'Endelig', 'Eventuel', 'Valg', 'Analyse', 'Principper', 'Drøftelse', 'Temadrøftelse', 'Køb', 'Salg', 'Udbud', 'Evt', 'Ny', 'Nye'];
/**
 * A noun made from a verb (`Godkendelse`, `Orientering`, `Ansøgninger`, `Revision`, but not a short one as `Station`, nor an
 * association, `Kvindeforening`), a kind of cases (`Orienteringssager`), a budget's or the accounts' compound (`Budgetforslag`,
 * `Budgetstatus`, `Regnskabsaflæggelse`), a compound opened by such a noun (`Prioriteringskatalog`, `Udviklingsplan`).
 */
const TITLE_OPENER_ENDING = /^(?!\p{L}*forening(?:er)?$)\p{Lu}\p{Ll}{2,}(?:else|elser|ing|inger|sager)$|^\p{Lu}\p{Ll}{3,}(?:tion|tioner|sion|sioner)$|^(?:Budget|Regnskabs)\p{Ll}{4,}$|^\p{Lu}\p{Ll}{3,}(?:ering|ling)s\p{Ll}{4,}$/u;
const OPENER_SET = new Set(TITLE_OPENERS);

/** Words in small letters after which a capital goes on with the title: prepositions, articles, conjunctions, abbreviations that ask for a name. */
const ASKS_FOR_NAME = new Set(['i', 'af', 'for', 'til', 'om', 'med', 'på', 'ved', 'fra', 'og', 'eller', 'mellem', 'samt', 'under', 'over', 'efter', 'før', 'hos', 'mod', 'den', 'det', 'de', 'en', 'et', 'som', 'via', 'ud', 'inden', 'uden', 'omkring', 'vedrørende', 'angående', 'gennem', 'langs', 'blandt', 'imod', 'ifølge', 'hen', 'vedr.', 'vedr', 'jf.', 'ang.', 'v/', 'pr.', 'hhv.', 'bl.a.', 'ifm.', 'i.f.m.', 'inkl.', 'du', 'vi', 'jeg', 'han', 'hun', 'man']);
/** Nouns a name follows in apposition (`region Syddanmark`, `projekt Holmby Havn`, `byrådsmedlem Bo Dal`, `puljeinstitutionen Dragen`). */
const BEFORE_A_NAME = /(?:medlem|rådmand|rådmænd|direktør|konsulent|formand|chef|projekt|projektet|bostedet|plejehjemmet|ejendommen|virksomheden|restaurant|restauranten|institution|institutionen|selskabet|foreningen|klubben|region|regionen|kommune|kommunen|sogn|skolen|børnehaven)$/u;
/** A committee's, a council's or an administration's name in the definite form (`Erhvervsudvalget`, `Ældrerådet`, `Kommunalbestyrelsen`). */
const BODY_NAME_END = /^\p{Lu}\p{Ll}+(?:udvalget|rådet|bestyrelsen|forvaltningen)$/u;
/** Titles of one word (`Meddelelser`, `Eventuelt`): a capital after them starts the next title. */
const ALONE_TITLE = new Set(['Meddelelser', 'Meddelelse', 'Eventuelt', 'Evt.', 'Evt']);
/** Conjunctions: a title's word after them goes on with it even where it opens titles (`Kultur og Planlægning`). */
const JOINS = new Set(['og', 'eller', 'samt']);

/** What a contents list ends in after the items: the appendices, the signatures (`Bilagsoversigt`, `Samlet bilagsliste`, `Underskriftsark`). */
export const END_MATTER = /^(?:Bilagsoversigt|Bilagsliste|Samlet bilagsliste|Oversigt over bilag|Underskriftsark|Underskriftsside|Underskrifter)(?!\p{L})/iu;
/** An entry's leaders and page at its end (`Kraftværket.com...58`). */
const LEADERS_END = /(?:\.{3,}|…+)\s*\d{0,4}$/u;
/** A committee's letters and a dash opening an entry (`ØU - `, `ØU- `, `Lukket - ØU - `). */
const COMMITTEE_LEAD = /^(?:Lukket\s*-\s*)?\p{Lu}{2,4}\s?-(?:\s|$)/u;

/**
 * Run-together titles and the titles they are. tests/vocabulary.test.ts runs them.
 */
export const TITLE_RUN_EXAMPLES: [string, string[]][] = [
  ['Dialogmøde ældrerådet Budgetopfølgning pr. ultimo oktober 2031 for kultur- og Evaluering af konferencen', ['Dialogmøde ældrerådet', 'Budgetopfølgning pr. ultimo oktober 2031 for kultur- og', 'Evaluering af konferencen']],
  ['Forslag til Risikostyringsplan Beslutning om tilskud til Holmby Museum Orientering om "Landet i byen" Høring af standard', ['Forslag til Risikostyringsplan', 'Beslutning om tilskud til Holmby Museum', 'Orientering om "Landet i byen"', 'Høring af standard']],
  ['Analyse af Holmby Kommunes Idræts- og Fritidsfaciliteter Særordninger for foreninger', ['Analyse af Holmby Kommunes Idræts- og Fritidsfaciliteter', 'Særordninger for foreninger']],
  ['TIL BYRÅDETS AFGØRELSE Fjernvarme Holm - Garanti Regulativ for vandværker SAGER TIL EFTERRETNING Orientering fra Borgmesteren LUKKET PUNKT: LUKKET PUNKT:', ['TIL BYRÅDETS AFGØRELSE', 'Fjernvarme Holm - Garanti', 'Regulativ for vandværker', 'SAGER TIL EFTERRETNING', 'Orientering fra Borgmesteren', 'LUKKET PUNKT:', 'LUKKET PUNKT:']],
  ['ØU - Godkendelse af dagsorden ØU - Forventet Regnskab Lukket - ØU - Salg af grund TM - Forslag til Lokalplan LK 33', ['ØU - Godkendelse af dagsorden', 'ØU - Forventet Regnskab', 'Lukket - ØU - Salg af grund', 'TM - Forslag til Lokalplan LK 33']],
  ['Sundhedspolitik for Holmby Kommune Til orientering - Cykeldag i Holmby Til orientering - Arkivet', ['Sundhedspolitik for Holmby Kommune', 'Til orientering - Cykeldag i Holmby', 'Til orientering - Arkivet']],
  ['Ansøgning fra LOF Holmegnen om tilskud Budget Aftenskoler', ['Ansøgning fra LOF Holmegnen om tilskud', 'Budget Aftenskoler']],
  ['Fremtidig drift af Holmhallen...58 Bilagsoversigt...59', ['Fremtidig drift af Holmhallen...58', 'Bilagsoversigt...59']],
  ['Halvårsregnskab Vejudvalget Cykelprojektet "Sejl til Holmby" Kender du Holmby Kommune', ['Halvårsregnskab Vejudvalget', 'Cykelprojektet "Sejl til Holmby"', 'Kender du Holmby Kommune']],
  ['Orientering om samarbejdet "Holmby plus" Garanti for Holmby Varme A/S Forpligtende samarbejde', ['Orientering om samarbejdet "Holmby plus"', 'Garanti for Holmby Varme A/S', 'Forpligtende samarbejde']],
  ['Samarbejdsaftale mellem kommunerne i region Holmland Ansøgning fra institutionen Dragen om lokaler på Holmby Station', ['Samarbejdsaftale mellem kommunerne i region Holmland', 'Ansøgning fra institutionen Dragen om lokaler på Holmby Station']],
  ['Dialogmøde med styrelsen Ansøgning fra Slagelse Kommune om tilskud Evt', ['Dialogmøde med styrelsen', 'Ansøgning fra Slagelse Kommune om tilskud', 'Evt']],
  ['Ny forening - Holmby Kvindeforening søger om godkendelse Ny forening - Holmby Bordfodboldforening søger om godkendelse', ['Ny forening - Holmby Kvindeforening søger om godkendelse', 'Ny forening - Holmby Bordfodboldforening søger om godkendelse']],
  ['Budgetprocedure Prioriteringskatalog for energi Orientering om tilskud til Skovvej Ny forening - Holmby Karate søger om godkendelse', ['Budgetprocedure', 'Prioriteringskatalog for energi', 'Orientering om tilskud til Skovvej', 'Ny forening - Holmby Karate søger om godkendelse']],
  ['Meddelelser Anden budgetopfølgning for året Godkendelse af garanti', ['Meddelelser', 'Anden budgetopfølgning for året', 'Godkendelse af garanti']],
  ['Kvalitetsrapport for skoleårene 2030/31 og 2031/ Det nære sundhedsvæsen', ['Kvalitetsrapport for skoleårene 2030/31 og 2031/', 'Det nære sundhedsvæsen']],
  ['Godkendelse af dagsorden Åben sag Meddelelser', ['Godkendelse af dagsorden Åben sag', 'Meddelelser']],
  ['Budgetstatus Budgetforslag 2032 på udvalgets område Ansøgning til puljen - Messe og -Børs Ansøgning fra Holmby Kor Køb af Skovvej 1, 7800 Holmby', ['Budgetstatus', 'Budgetforslag 2032 på udvalgets område', 'Ansøgning til puljen - Messe og -Børs', 'Ansøgning fra Holmby Kor', 'Køb af Skovvej 1, 7800 Holmby']],
];

/** `words` (a text split at spaces) cut where each title starts: the titles, each as its words joined again. */
export function titlesRunTogether(words: string[]): string[] {
  const byCommittee = words.filter((_w, k) => COMMITTEE_LEAD.test(words.slice(k, k + 4).join(' '))).length >= 3;
  const titles: string[][] = [];
  let current: string[] = [];
  for (let k = 0; k < words.length; k++) {
    if (current.length > 0 && startsTitle(words, k, byCommittee)) {
      titles.push(current);
      current = [];
    }
    current.push(words[k]!);
  }
  if (current.length > 0) titles.push(current);
  return titles.map((t) => t.join(' '));
}

const CAPITALISED = /^[„"“«]?\p{Lu}\p{Ll}/u;
const IN_CAPITALS = /^\p{Lu}{2,}[\p{Lu}:]*$/u;
const SMALL_WORD = /^\p{Ll}[\p{L}\-./]*$/u;

function startsTitle(words: string[], k: number, byCommittee: boolean): boolean {
  const w = words[k]!;
  const prev = words[k - 1]!;
  if (LEADERS_END.test(prev)) return true;
  if (byCommittee) {
    // (`Lukket - ØU - …`: the closed mark opens the entry, the letters after it go on with it.)
    if (/^Lukket$/u.test(prev) && words[k] === '-') return false;
    if (w === 'Lukket' && words[k + 1] === '-' && COMMITTEE_LEAD.test(words.slice(k + 2, k + 5).join(' '))) return true;
    return COMMITTEE_LEAD.test(words.slice(k, k + 4).join(' ')) && !(prev === '-' && words[k - 2] === 'Lukket');
  }
  // A case's access after its title (`… dagsorden Åben sag Meddelelser …`): the title's end; the next title starts after it.
  if (/^(?:Åben|Lukket)$/u.test(w) && words[k + 1] === 'sag' && !/^:/u.test(words[k + 2] ?? '')) return false;
  if (prev === 'sag' && /^(?:Åben|Lukket)$/u.test(words[k - 2] ?? '') && /^\p{Lu}/u.test(w)) return true;
  // A closed case (`LUKKET PUNKT:`), and a heading in capitals: apart from the titles around them.
  if (/^(?:LUKKET|Lukket)$/u.test(w) && /^(?:PUNKT|punkt|sag)/u.test(words[k + 1] ?? '')) return true;
  const capitals = IN_CAPITALS.test(w) && /^\p{Lu}{2,}/u.test(words[k + 1] ?? '') && IN_CAPITALS.test(words[k + 1]!);
  if (capitals && !IN_CAPITALS.test(prev)) return true;
  if (IN_CAPITALS.test(prev) && /^\p{Lu}{2,}/u.test(words[k - 2] ?? '') && CAPITALISED.test(w)) return true;
  // The contents' end matter (`Bilagsoversigt...14`), after any word.
  if (/^\p{Lu}/u.test(w) && END_MATTER.test(words.slice(k, k + 3).join(' '))) return true;
  if (w === 'Til' && /^(?:orientering|efterretning|beslutning|drøftelse)$/u.test(words[k + 1] ?? '')) return true;
  if (!CAPITALISED.test(w)) return false;
  // After a title that is one word (`Meddelelser`, `Eventuelt`), which asks for nothing after it (`… Meddelelser Anden budgetopfølgning …`).
  // (Not a closed part's heading after it, `Eventuelt Lukket`, read below.)
  if (ALONE_TITLE.has(prev) && !/^(?:Lukket|LUKKET)$/u.test(w)) return true;
  // After a year cut short at its slash (`… skoleårene 2030/31 og 2031/ Det nære …`), the next title.
  if (/\d\/$/u.test(prev) && CAPITALISED.test(w)) return true;
  // After a company's form, which ends its name (`… Holmby Varme A/S Forpligtende samarbejde`).
  if (/^(?:A\/S|ApS|I\/S|P\/S|K\/S|a\.m\.b\.a\.)$/u.test(prev)) return true;
  // After a name in quotes (`… støtte til "Holmby Dage 2031" Frivillig Fredag`).
  if (/["”»]$/u.test(prev) && !/^[„"“«]/u.test(prev)) return true;
  // (Initials in brackets end a title as a word in small letters does: `… Vandplanen (kuv) Anlægsregnskaber …`.)
  const small = SMALL_WORD.test(prev) || /^\p{Ll}[\p{L}-]*["”)]$/u.test(prev) || /\(\p{Ll}{1,5}\)$/u.test(prev);
  // After a committee's or a council's name, which ends a title (`… Halvårsregnskab Erhvervsudvalget Cykelprojektet …`).
  if (BODY_NAME_END.test(prev) && /^\p{Lu}/u.test(w)) return true;
  // After a word in small letters that asks for no name (not at a name in quotes, `om "Holmby Dage"`, nor a committee's name).
  if (small && !ASKS_FOR_NAME.has(prev) && !BEFORE_A_NAME.test(prev) && !prev.endsWith('-') && /^\p{Lu}/u.test(w) && !BODY_NAME_END.test(w)) return true;
  // After `kultur- og`: the compound's end is a word in small letters.
  if (JOINS.has(prev) && /^\p{Ll}[\p{L}]*-$/u.test(words[k - 2] ?? '')) return true;
  // A word that opens titles, after a capitalised word, a figure, a quote or a bracket (not after `og`).
  const opener = OPENER_SET.has(w) || TITLE_OPENER_ENDING.test(w);
  // (A word's last part after its hyphen is capitalised too: `… Messe og -Børs Ansøgning …`.)
  // (After a word that asks for a name only a listed opener: `… ansøgning fra Slagelse Kommune` names a town.)
  return opener && !JOINS.has(prev) && !/-$/u.test(prev) && (/^-?[„"“«]?\p{Lu}|\d$|["”)]$/u.test(prev) || (ASKS_FOR_NAME.has(prev) && OPENER_SET.has(w)));
}
