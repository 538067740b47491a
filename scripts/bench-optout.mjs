#!/usr/bin/env node
// Benchmark (not a test): 1,000 visitors each opt out of interest-based ads, and the built engine delivers their
// events to the reference collector, which fails 30% of requests at random: half of the failures before storing
// (HTTP 500), half after committing, with the answer lost (a 502 instead of the acknowledgement). Prints what the collector
// received, how many were stored twice, and how many were lost: the target is 1000, 0, 0.
//
//   pnpm run build && pnpm bench:optout            (VISITORS=1000 FAILURE_RATE=0.3 SEED=1 to change)
//
// Each visitor is one createConsent() from packages/sdk/dist with its own storage, as 1,000 browsers would be.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seededRandom } from '../bench/src/stats.mjs';
import { createCollector } from '../examples/collector/collector.mjs';
import { startServer } from '../examples/server/index.mjs';
import { sendText } from '../examples/server/respond.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const ENGINE = join(ROOT, 'packages', 'sdk', 'dist', 'index.js');
const VISITORS = Number(process.env.VISITORS ?? 1000);
const FAILURE_RATE = Number(process.env.FAILURE_RATE ?? 0.3);
const TIMEOUT_MS = 120_000;
// Of the failures, the share that stored the events and lost the answer (the rest fail before storing).
const LOST_SHARE = Number(process.env.LOST_SHARE ?? 0.5);

/** A Web Storage in memory: each visitor's localStorage. */
function memoryStorage() {
  const map = new Map();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

if (!existsSync(ENGINE)) {
  console.error(`${ENGINE} is missing: run pnpm run build first`);
  process.exit(1);
}

// Seeded, so a run's failures can be replayed.
const random = seededRandom(Number(process.env.SEED ?? 1));
const collector = createCollector({ dbPath: ':memory:' });
const counts = { requests: 0, failedBeforeStoring: 0, answerLost: 0, acknowledged: 0 };

/** The collector, failing FAILURE_RATE of its POSTs. */
async function flakyCollector(req, res, context) {
  if (req.method === 'POST') {
    counts.requests++;
    if (random() < FAILURE_RATE) {
      if (random() >= LOST_SHARE) {
        counts.failedBeforeStoring++;
        req.resume();
        return sendText(res, 500, 'Internal server error\n', req);
      }
      // Stored and committed, then the answer is lost on the way back (a proxy answers 502 instead).
      counts.answerLost++;
      const [writeHead, end] = [res.writeHead.bind(res), res.end.bind(res)];
      res.writeHead = () => res;
      res.end = () => (writeHead(502, { 'Content-Type': 'text/plain' }), end('Bad gateway\n'));
    } else {
      counts.acknowledged++;
    }
  }
  return collector.handle(req, res, context);
}

const server = await startServer({ port: 0, routes: [{ prefix: '/api/consent-log', methods: ['GET', 'POST'], handle: flakyCollector }] });

// The browser globals the engine touches, for Node.
globalThis.window = globalThis;
globalThis.addEventListener = () => {};
globalThis.location = { origin: server.url, pathname: '/bench' };

const { createConsent, memoryStore } = await import(pathToFileURL(ENGINE).href);
const started = performance.now();
const logged = [];
const visitors = Array.from({ length: VISITORS }, () => {
  const consent = createConsent({
    store: memoryStore(),
    domEvents: false,
    optOut: { endpoint: `${server.url}/api/consent-log`, storage: memoryStorage(), retryDelay: 100, maxRetryDelay: 2000 },
  });
  consent.on('logged', ({ event }) => logged.push(event.id));
  consent.optOutOfInterestBasedAds({ source: 'api' });
  return consent;
});

const pending = () => visitors.reduce((sum, consent) => sum + consent.getPendingEvents().length, 0);
while (pending() && performance.now() - started < TIMEOUT_MS) await new Promise((resolve) => setTimeout(resolve, 50));
const seconds = ((performance.now() - started) / 1000).toFixed(1);

const rows = (await (await fetch(`${server.url}/api/consent-log?type=optout&limit=10000`)).json()).events;
const stored = new Set(rows.map(({ id }) => id));
const received = logged.filter((id) => stored.has(id)).length;
const duplicates = rows.length - stored.size;
const lost = logged.length - received;

console.log(`opt-out events logged:   ${logged.length} (${VISITORS} visitors)`);
console.log(`collector requests:      ${counts.requests} (${counts.failedBeforeStoring} failed before storing, ${counts.answerLost} stored but the answer lost, failure rate ${FAILURE_RATE})`);
console.log(`still queued at the end: ${pending()} (after ${seconds} s)`);
console.log(`resends of stored events: ${counts.answerLost}, each a no-op (primary key on the event id)`);
console.log(`received: ${received}, duplicates: ${duplicates}, lost: ${lost}`);

await server.close();
collector.close();
process.exit(received === VISITORS && duplicates === 0 && lost === 0 ? 0 : 1);
