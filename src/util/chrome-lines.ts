/**
 * Lines that are a web page's chrome, not its text: its buttons and links
 * (`Udskriv`, `Hent som PDF`, `Del`, `Til toppen`), alone or in a row, and its
 * breadcrumbs. Text alone, no markup: read where a page's HTML is parsed
 * (extract/html.ts) and where a page copied as text is segmented.
 */

/** Buttons and links of a page's chrome: `Udskriv`, `Hent som PDF`, `Del`, `Til toppen`. */
const CHROME_WORDS = [
  'Print(?: this page)?', 'Udskriv(?: siden| referat| dagsorden)?', 'Printvenlig(?: version)?', 'Hent(?: som)? PDF', 'Hent (?:hele )?(?:referatet|dagsordenen|referat|dagsorden)(?: som PDF)?',
  'Download(?: som)? PDF', 'Gem som PDF', 'Del(?: siden| på (?:Facebook|LinkedIn|X|Twitter|mail))?', 'Send (?:til en ven|som e-?mail|link)', 'Tip en ven', 'Tilbage(?: til oversigten)?',
  'Til toppen', 'Gå til (?:indhold|hovedindhold|indholdet)', 'Spring (?:til|over) (?:indhold|hovedindhold|navigation)', 'Læs (?:op|højt)', 'Abonnér', 'Abonner', 'Luk',
  'Accepter(?: alle)?(?: cookies)?', 'Tillad(?: alle)?(?: cookies)?', 'Afvis(?: alle)?(?: cookies)?', 'Kun nødvendige(?: cookies)?', 'Cookie-?indstillinger', 'Menu', 'Søg', 'Log ind', 'Skriv ud',
].join('|');
export const CHROME_PHRASE = new RegExp(`^(?:${CHROME_WORDS})$`, 'iu');
/** One or more of them, as a row of buttons: `Udskriv | Del | Hent som PDF`, `Udskriv Hent som PDF`. */
const CHROME_ROW = new RegExp(`^(?:${CHROME_WORDS})(?:\\s*[|·•/]?\\s*(?:${CHROME_WORDS}))*$`, 'iu');
/** A breadcrumb: `Forside > Politik > Referater`, `Du er her: Forside / Byrådet`. */
const BREADCRUMB = /^(?:Du er her\s*:.*|(?:Forside|Hjem|Start)\s*(?:[>›»/|→]\s*[^>›»/|→]{1,60}){1,8})$/iu;

/** A line that is only page chrome, alone or as a row of buttons (`Udskriv | Del | Hent som PDF`). */
export function isChromeLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 200) return false;
  return BREADCRUMB.test(t) || CHROME_ROW.test(t);
}
