// What reached the fake third parties on 127.0.0.2, newest last: the QA page shows it, so anyone can check that
// nothing is sent to a provider before consent. In memory, bounded; one log per server process.

/** @typedef {{ at: string, method: string, url: string, page: string | null, cookies: string[] }} LoggedRequest */

export function createRequestLog(limit = 200) {
  /** @type {LoggedRequest[]} */
  const entries = [];
  return {
    /** @param {import('node:http').IncomingMessage} req */
    record(req) {
      entries.push({
        at: new Date().toISOString(),
        method: req.method ?? 'GET',
        url: `http://${req.headers.host}${req.url}`,
        // Browsers send the embedding page as Referer (origin only for cross-site requests by default policy).
        page: req.headers.referer ?? null,
        cookies: (req.headers.cookie ?? '').split(';').map((pair) => pair.split('=')[0].trim()).filter(Boolean),
      });
      if (entries.length > limit) entries.splice(0, entries.length - limit);
    },
    entries: () => [...entries],
  };
}
