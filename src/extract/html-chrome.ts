/**
 * What of a web page is not its text: hidden elements, the page's chrome
 * (navigation, banner, footer, asides, cookie banners, breadcrumbs,
 * toolbars), and lines that are only chrome (`Udskriv`, `Hent som PDF`, `Del`).
 */
import type { DefaultTreeAdapterMap } from 'parse5';
import type { FurnitureKind } from './types.js';

// Lines that are chrome by their words alone (buttons, breadcrumbs): shared with the segmenter, which reads pages copied as text.
export { CHROME_PHRASE, isChromeLine } from '../util/chrome-lines.js';

type Element = DefaultTreeAdapterMap['element'];

export const attr = (el: Element, name: string): string | null => el.attrs.find((a) => a.name === name)?.value ?? null;

/** Hidden from the reader: `hidden`, `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`, a screen-reader-only class. */
export function isHidden(el: Element): boolean {
  if (el.attrs.length === 0) return false;
  if (attr(el, 'hidden') !== null) return true;
  if ((attr(el, 'aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = attr(el, 'style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu.test(style)) return true;
  if (el.tagName === 'input' && (attr(el, 'type') ?? '').toLowerCase() === 'hidden') return true;
  return /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|hidden|hide|d-none|invisible)(?:\s|$)/iu.test(attr(el, 'class') ?? '');
}

/** Sections of a page's chrome: ARIA landmarks and the names portals give them. */
const CHROME_ROLE = /^(?:navigation|banner|contentinfo|search|menubar|toolbar|alertdialog)$/iu;
const COOKIE = /cookie|consent|gdpr|cookiebot|cookieinformation/iu;
const CHROME_CLASS = /(?:^|[\s_-])(?:breadcrumbs?|brødkrumme|skip-?link|skip-?to-content|toolbar|share|social|print-?buttons?|tools)(?:$|[\s_-])/iu;

/**
 * The kind of chrome an element is, or null: `<nav>`, a page's `<header>`,
 * `<footer>` and `<aside>` (not an article's or a section's own), ARIA landmarks,
 * cookie banners and breadcrumbs by their id, class or label.
 */
export function chromeKind(el: Element, inContent: boolean): FurnitureKind | null {
  const tag = el.tagName;
  if (el.attrs.length === 0 && !CHROME_TAGS.has(tag)) return null;
  const role = attr(el, 'role') ?? '';
  const names = `${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''}`;
  const label = attr(el, 'aria-label') ?? '';
  if (COOKIE.test(names) || COOKIE.test(label)) return 'sidebar';
  if (tag === 'nav' || /^(?:navigation|search|menubar|toolbar)$/iu.test(role)) return 'header';
  if (/breadcrumb|brødkrumme|du er her/iu.test(label) || CHROME_CLASS.test(names)) return 'header';
  // An aside of the page (related links, contact boxes); one in the main content or an article (the meeting's details) is content.
  if (!inContent && (tag === 'aside' || role === 'complementary')) return 'sidebar';
  if (!inContent && (tag === 'header' || role === 'banner')) return 'header';
  if (!inContent && (tag === 'footer' || role === 'contentinfo')) return 'footer';
  // Older portals name their divs: `<div id="bund">`, `<div class="site-footer">`, `<div id="topmenu">`.
  for (const token of names.split(/\s+/u)) {
    const m = CHROME_NAME.exec(token);
    if (m && !inContent) return /footer|bund|sidefod/iu.test(token) ? 'footer' : 'header';
    if (m && /menu|nav/iu.test(token)) return 'header';
  }
  if (CHROME_ROLE.test(role)) return 'header';
  return null;
}

/** Elements that are chrome by their name alone (in some places). */
const CHROME_TAGS = new Set(['nav', 'aside', 'header', 'footer']);

/** An id or class naming a page's banner, footer or menu. */
const CHROME_NAME = /^(?:(?:site|page|global|main|top)[-_]?)?(?:footer|header|bund|sidefod|sidehoved|topbar|topmenu|menu|navbar|nav|navigation|mainmenu|megamenu)$/iu;

