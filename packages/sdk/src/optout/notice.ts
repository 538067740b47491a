/** The text as hashed: every run of whitespace one space, the ends trimmed. */
export const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The hash a logged event carries of the text the visitor read when choosing: SHA-256 of the text with every run
 * of whitespace collapsed to one space and the ends trimmed, as 64 lower-case hex digits. Collapsing makes it the
 * hash of the words, not of how the markup was indented. Resolves undefined where there is no `crypto.subtle`
 * (pages on plain http) or the text is not a string. Works in Node too, so a server can hash the wordings it keeps.
 *
 * @example
 * // On a server, for the archive of wordings the site has shown:
 * import { noticeHash } from '@consentkit/sdk';
 * const hash = await noticeHash(bannerText);
 * if (hash) archive.set(hash, bannerText);
 */
export async function noticeHash(text: unknown): Promise<string | undefined> {
  const subtle = typeof crypto == 'object' ? crypto.subtle : undefined;
  if (typeof text != 'string' || !subtle) return;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(words(text)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
