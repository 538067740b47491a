/**
 * The URL if it may become a link: http, https or relative; undefined otherwise (`javascript:`, `data:`, …).
 * Parsed with the WHATWG URL parser, so what is checked is what a browser would follow: it drops tabs and newlines
 * inside a scheme and leading control characters (`java\nscript:` is `javascript:`). The engine checks config URLs
 * the same way; this guards UI options, which do not pass through the engine.
 */
export function safeUrl(value: unknown): string | undefined {
  try {
    if (typeof value == 'string' && value && /^https?:$/.test(new URL(value, 'http://x').protocol)) return value;
  } catch {
    // An unparseable URL is not a link.
  }
  return undefined;
}
