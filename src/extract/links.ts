/**
 * Links that name an attachment, shared by the readers of formats that keep
 * links (HTML, Word): the address is put after the link's text on its line
 * (`Bilag 1 Budget https://…`), as Markdown's `[Bilag 1](…)` is read, so that
 * the segmenter's attachment reading gives it as `attachments[].url`.
 */

/** Link text that names an attachment: `Bilag 2`, `Bilag: Budget 2027`, `Bilag 1 - Regnskab.pdf`. */
export const ATTACHMENT_TEXT = /^\s*(?:bilag\b|bilagsliste\b)/iu;
/** An address of a document a link opens. */
export const DOCUMENT_HREF = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf)(?:[?#]|$)/iu;

/** Whether a link is to an attachment: its text names one, or it opens a document. */
export function isAttachmentLink(text: string, href: string): boolean {
  return ATTACHMENT_TEXT.test(text) || DOCUMENT_HREF.test(href);
}

/** An absolute web address, or null for anything else (`javascript:`, a file path, a relative address). */
export function webAddress(href: string): string | null {
  try {
    const u = new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
