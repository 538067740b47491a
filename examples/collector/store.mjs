// The collector's storage: one SQLite table, keyed by event id, through better-sqlite3. Parameterized SQL only.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_events (
  id          TEXT PRIMARY KEY,   -- the SDK's event id: a resend is a no-op
  type        TEXT NOT NULL,      -- consent | optout | optin | reset
  consent_id  TEXT NOT NULL,      -- the consent record (cookie) id
  occurred_at TEXT NOT NULL,      -- the visitor's clock, ISO 8601
  received_at TEXT NOT NULL,      -- this server's clock, ISO 8601; retention counts from here
  revision    INTEGER NOT NULL,
  source      TEXT NOT NULL,      -- banner | link | api | gpc
  method      TEXT NOT NULL,
  choices     TEXT NOT NULL,      -- JSON object
  url         TEXT NOT NULL,      -- no query string, no fragment
  dnt         TEXT,               -- '1' | '0' | 'unspecified' | NULL: recorded, never used to decide
  gpc         INTEGER,            -- 1 | 0 | NULL
  sdk_version TEXT NOT NULL,
  notice      TEXT                -- SHA-256 of the text the visitor read, or NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS consent_events_consent_id ON consent_events (consent_id, occurred_at);
CREATE INDEX IF NOT EXISTS consent_events_occurred_at ON consent_events (occurred_at);
CREATE INDEX IF NOT EXISTS consent_events_received_at ON consent_events (received_at);
`;

/** A row as the API returns it: the SDK's field names, plus `receivedAt`. */
const toEvent = (row) => ({
  id: row.id,
  type: row.type,
  consentId: row.consent_id,
  at: row.occurred_at,
  receivedAt: row.received_at,
  revision: row.revision,
  source: row.source,
  method: row.method,
  choices: JSON.parse(row.choices),
  url: row.url,
  dnt: row.dnt,
  gpc: row.gpc === null ? null : row.gpc === 1,
  sdkVersion: row.sdk_version,
  ...(row.notice !== null && { notice: row.notice }),
});

/**
 * Opens (and creates) the database. WAL: readers do not block the writer, and a commit is one append.
 * @param {string} file a path, or ':memory:'
 */
export function openStore(file) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: in WAL mode NORMAL may roll back the last commits after a power loss, and an acknowledged
  // event must survive that too (https://www.sqlite.org/pragma.html#pragma_synchronous). A killed process loses
  // nothing either way: a commit is in the WAL file before `store` returns.
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  // A database made before events carried `notice` gets the column; its rows keep NULL there.
  if (!db.pragma('table_info(consent_events)').some(({ name }) => name === 'notice')) db.exec('ALTER TABLE consent_events ADD COLUMN notice TEXT');
  const insert = db.prepare(`
    INSERT INTO consent_events (id, type, consent_id, occurred_at, received_at, revision, source, method, choices, url, dnt, gpc, sdk_version, notice)
    VALUES (@id, @type, @consentId, @at, @receivedAt, @revision, @source, @method, @choices, @url, @dnt, @gpc, @sdkVersion, @notice)
    ON CONFLICT (id) DO NOTHING`);
  // One transaction per batch: the ids are acknowledged only once it committed.
  const insertAll = db.transaction((events, receivedAt) => {
    for (const event of events) {
      insert.run({ notice: null, ...event, receivedAt, choices: JSON.stringify(event.choices), gpc: event.gpc === null ? null : Number(event.gpc) });
    }
  });
  return {
    db,
    /** Stores the events (a known id is left as it was) and returns their ids once committed. */
    store(events, receivedAt = new Date().toISOString()) {
      insertAll(events, receivedAt);
      return events.map(({ id }) => id);
    },
    /** Newest first; `consentId` and `type` filter when given. */
    list({ consentId, type, limit = 1000 } = {}) {
      const where = [];
      const params = { limit };
      if (consentId) (where.push('consent_id = @consentId'), (params.consentId = consentId));
      if (type) (where.push('type = @type'), (params.type = type));
      const sql = `SELECT * FROM consent_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY occurred_at DESC, received_at DESC, id DESC LIMIT @limit`;
      return db.prepare(sql).all(params).map(toEvent);
    },
    /** Deletes rows received before `cutoff` (ISO 8601); returns how many. */
    prune(cutoff) {
      return db.prepare('DELETE FROM consent_events WHERE received_at < ?').run(cutoff).changes;
    },
    close: () => db.close(),
  };
}
