#!/usr/bin/env node
// Deletes consent events older than the retention period: `pnpm collector:prune` (or node examples/collector/prune.mjs).
//   --months N   keep N months (default CONSENT_LOG_RETENTION_MONTHS, else 24)
//   --db PATH    the database (default CONSENT_LOG_DB, else examples/collector/data/consent-log.db)
// Run it daily (cron, a scheduled job); it is safe while the server runs (SQLite WAL).
import { parseArgs } from 'node:util';
import { collectorSettings, createCollector } from './collector.mjs';

try {
  const { values } = parseArgs({ options: { months: { type: 'string' }, db: { type: 'string' } } });
  const env = { ...process.env };
  if (values.months !== undefined) env.CONSENT_LOG_RETENTION_MONTHS = values.months;
  if (values.db !== undefined) env.CONSENT_LOG_DB = values.db;
  const { dbPath, retentionMonths } = collectorSettings(env);
  const collector = createCollector({ dbPath, retentionMonths });
  const removed = collector.prune();
  collector.close();
  console.log(`consent log: removed ${removed} event${removed === 1 ? '' : 's'} older than ${retentionMonths} months from ${dbPath}`);
} catch (error) {
  console.error(`consent log prune failed: ${error.message}`);
  process.exit(1);
}
