// Small response helpers shared by every route. Every answer is `no-store`: the examples change on each build.

/** Sends a short plain-text answer (errors, mostly); a HEAD request gets the headers only. */
export function sendText(res, status, text, req, headers = {}) {
  const body = Buffer.from(text);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(req?.method === 'HEAD' ? undefined : body);
}

/** Sends `value` as JSON. */
export function sendJson(res, status, value, req) {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(req?.method === 'HEAD' ? undefined : body);
}
