/**
 * Whether a URL from config may be rendered as a link: http, https or relative. Anything with another scheme
 * (`javascript:`, `data:`, `vbscript:`) is refused. Browsers ignore tabs and newlines inside a scheme and
 * leading control characters, so those are stripped before the check (the WHATWG URL parser does the same).
 */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  const url = value.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return true;
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https';
}
