/**
 * How Zendesk treats the text it is given: tags and comment bodies. Kept apart from the
 * model so the rules read in one place.
 */

/** Zendesk stores tags lowercase, and a space inside a tag splits it in two. */
export function normalizeTags(input: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of input) {
    for (const tag of raw.toLowerCase().split(/\s+/)) {
      if (tag !== '' && !out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

/** Zendesk cuts a comment body over 64 KB silently. Measured in UTF-8 bytes, cut on a character boundary. */
export const MAX_COMMENT_BYTES = 64 * 1024;

export function cutToBytes(text: string, maxBytes = MAX_COMMENT_BYTES): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  // Decoding a prefix may end in half a character; drop the replacement char it leaves.
  return new TextDecoder().decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD$/, '');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * `body` is plain text: Zendesk strips HTML tags from it and collapses runs of spaces
 * (as Zendesk documents it). Line breaks are kept.
 */
export function plainBody(body: string): string {
  return body.replace(/<\/?[A-Za-z!][^>]*>/g, '').replace(/[ \t]+/g, ' ');
}

/** The HTML Zendesk renders for a plain-text body: escaped, one paragraph per line. */
export function htmlFromPlain(body: string): string {
  const paragraphs = body.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`);
  return `<div class="zd-comment" dir="auto">${paragraphs.join('')}</div>`;
}

/** The plain text of an `html_body`, for the comment's `body`. */
export function plainFromHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trimEnd();
}
