// What the collector refuses before it looks at a single event: the wrong content type, an encoded body, a body
// past the size limit, JSON nested deeper than the protocol ever is. Each is cheap to check and bounds the work
// one request can cost the server, whatever it sends.

/** The SDK sends at most 100 events of well under 2 KB each per request (and keepalive bodies stop at 64 KB). */
export const MAX_BODY_BYTES = 256 * 1024;
/** Events per request: the SDK's largest batchSize. */
export const MAX_EVENTS = 100;
/** `{ "events": [ { "choices": {} } ] }` nests 4 deep; anything past 8 is not the protocol. */
export const MAX_JSON_DEPTH = 8;

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Strict: `application/json`, optionally with `charset=utf-8`, and no content coding. A cross-site form can post
 * `text/plain` without a CORS preflight, never `application/json`; a gzip body would otherwise be an unbounded
 * amount of work behind a small Content-Length.
 */
export function checkContentType(headers) {
  if (!/^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i.test(headers['content-type'] ?? '')) {
    throw new HttpError(415, 'Content-Type must be application/json');
  }
  const coding = headers['content-encoding'];
  if (coding && coding.toLowerCase() !== 'identity') throw new HttpError(415, 'Content-Encoding is not supported: send the body as is');
}

/** The request body, refused past `limit` bytes (413) without reading the rest. */
export function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new HttpError(413, `Body too large: at most ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the handler answers 413 and closes the connection.
        req.pause();
        reject(new HttpError(413, `Body too large: at most ${limit} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Whether JSON `text` nests arrays and objects deeper than `max`, found by one pass over the characters (strings
 * skipped) before parsing. JSON.parse itself copes with deep nesting, but whatever walks the result recursively
 * afterwards (JSON.stringify, a logger, a site's own code) overflows the stack.
 */
export function nestsDeeperThan(text, max) {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) index++; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      if (++depth > max) return true;
    } else if (code === 93 || code === 125) depth--;
  }
  return false;
}

/** The body parsed as `{ "events": [...] }` within every limit, or an HttpError with the status to answer. */
export function parseBatch(text) {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) throw new HttpError(400, `JSON nested too deep: at most ${MAX_JSON_DEPTH} levels`);
  let body;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `Malformed JSON: ${error.message}`);
  }
  // Own property only: JSON.parse makes `__proto__` an ordinary key, and nothing is read through a prototype.
  const events = typeof body === 'object' && body !== null && Object.hasOwn(body, 'events') ? body.events : undefined;
  if (!Array.isArray(events)) throw new HttpError(400, 'Expected a JSON object { "events": [...] }');
  if (events.length === 0) throw new HttpError(400, 'Expected at least 1 event');
  // 413, not 400: the SDK halves its batch on 413 and sends again, so a smaller limit here loses nothing.
  if (events.length > MAX_EVENTS) throw new HttpError(413, `Too many events: at most ${MAX_EVENTS} per request`);
  return events;
}
