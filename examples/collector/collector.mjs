// The reference collector: the receiving end of ConsentKit's consent event log, for a site to copy.
//   POST /api/consent-log  { "events": [...] }  ->  { "acknowledged": [ids], "rejected": [{ id, problems }] }
//   GET  /api/consent-log?consentId=...&type=optout&format=csv&limit=100  ->  { "events": [...] } newest first
// Node's http module only; SQLite through store.mjs. See README.md for moving it to the site's own database.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendJson, sendText } from '../server/respond.mjs';
import { checkContentType, HttpError, MAX_BODY_BYTES, parseBatch, readBody } from './limits.mjs';
import { openStore } from './store.mjs';
import { EVENT_TYPES, validateEvent } from './validate.mjs';

export const DEFAULT_DB = join(dirname(fileURLToPath(import.meta.url)), 'data', 'consent-log.db');
/** US state rules (CCPA regs § 7102, for example) keep opt-out records for 24 months. */
export const DEFAULT_RETENTION_MONTHS = 24;
export { MAX_BODY_BYTES };
const MAX_LIMIT = 10_000;

/** Settings from the environment: CONSENT_LOG_DB (a path or :memory:) and CONSENT_LOG_RETENTION_MONTHS. */
export function collectorSettings(env = process.env) {
  const months = Number(env.CONSENT_LOG_RETENTION_MONTHS ?? DEFAULT_RETENTION_MONTHS);
  if (!Number.isInteger(months) || months < 1) throw new Error(`CONSENT_LOG_RETENTION_MONTHS must be a whole number of months from 1, not ${env.CONSENT_LOG_RETENTION_MONTHS}`);
  return { dbPath: env.CONSENT_LOG_DB || DEFAULT_DB, retentionMonths: months };
}

/**
 * The instant `months` calendar months before `now`, ISO 8601: the same day of that month, or its last day when it
 * is shorter (24 months before 29 February is 28 February, never 1 March: a row is never pruned early).
 */
export function retentionCutoff(months, now = new Date()) {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff.toISOString();
}

const csvCell = (value) => {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Quoted, quotes doubled (RFC 4180); a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  return `"${(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};
const CSV_COLUMNS = ['id', 'type', 'consentId', 'at', 'receivedAt', 'revision', 'source', 'method', 'choices', 'url', 'dnt', 'gpc', 'sdkVersion', 'notice'];

/**
 * A route handler for the collector, with its database opened on first use.
 * @param {{ dbPath?: string, retentionMonths?: number, maxBodyBytes?: number }} [options]
 */
export function createCollector({ dbPath = DEFAULT_DB, retentionMonths = DEFAULT_RETENTION_MONTHS, maxBodyBytes = MAX_BODY_BYTES } = {}) {
  let store;
  const db = () => (store ??= openStore(dbPath));

  async function post(req, res) {
    checkContentType(req.headers);
    const events = parseBatch(await readBody(req, maxBodyBytes));
    const valid = [];
    const rejected = [];
    for (const event of events) {
      const problems = validateEvent(event);
      if (problems.length) rejected.push({ id: typeof event?.id === 'string' ? event.id.slice(0, 64) : null, problems });
      else valid.push(event);
    }
    // Acknowledged only after the transaction committed: an id we answer is on disk (WAL).
    const acknowledged = valid.length ? db().store(valid) : [];
    const status = acknowledged.length || !rejected.length ? 200 : 400;
    sendJson(res, status, { ...(status === 400 ? { error: 'No valid events' } : {}), acknowledged, rejected }, req);
  }

  function get(req, res, url) {
    const params = url.searchParams;
    const type = params.get('type');
    if (type && !EVENT_TYPES.includes(type)) throw new HttpError(400, `type must be one of ${EVENT_TYPES.join(', ')}`);
    const consentId = params.get('consentId');
    if (consentId && consentId.length > 64) throw new HttpError(400, 'consentId is at most 64 characters');
    const limit = params.has('limit') ? Number(params.get('limit')) : 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_LIMIT}`);
    const events = db().list({ consentId, type, limit });
    if (params.get('format') === 'csv') {
      const csv = [CSV_COLUMNS.join(','), ...events.map((event) => CSV_COLUMNS.map((column) => csvCell(event[column])).join(','))].join('\r\n');
      return sendText(res, 200, `${csv}\r\n`, req, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="consent-log.csv"',
      });
    }
    sendJson(res, 200, { events }, req);
  }

  return {
    /** The route handler: POST stores, GET (and HEAD) lists. */
    async handle(req, res, { url }) {
      try {
        if (req.method === 'POST') await post(req, res);
        else get(req, res, url);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (error.status === 413) {
          // The rest of an oversized body is never read: answer, then drop the connection.
          res.setHeader('Connection', 'close');
          res.on('finish', () => req.destroy());
        }
        sendJson(res, error.status, { error: error.message }, req);
      }
    },
    /** Deletes events received more than `months` months ago; returns how many. */
    prune(months = retentionMonths, now = new Date()) {
      return db().prune(retentionCutoff(months, now));
    },
    close() {
      store?.close();
      store = undefined;
    },
  };
}
