#!/usr/bin/env node
// Benchmark (not a test): the reference collector under load and abuse. Starts examples/collector/serve.mjs on a
// temporary SQLite file, sends EVENTS unique valid events in concurrent batches of 1 to 100, mixed with resent
// batches (duplicates) and malformed requests, SIGKILLs the collector part way through and starts it again, then
// checks the database itself: every valid event stored exactly once, every acknowledged one there (acknowledged
// only after commit), no invalid event stored, every bad request refused with its status, the server answering.
//
//   pnpm bench:collector        (EVENTS=20000 CONCURRENCY=16 SEED=1 KILL_AT=0.4 TIMEOUT_S=300 to change)
//
// Prints throughput and p50/p99 latency; exits 1 when any check fails. Local only, bounded in count and time.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_BODY_BYTES, MAX_EVENTS, MAX_JSON_DEPTH } from '../examples/collector/limits.mjs';
import { openStore } from '../examples/collector/store.mjs';
import { quantile, seededRandom, shuffled } from '../bench/src/stats.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const EVENTS = Number(process.env.EVENTS ?? 20_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);
const KILL_AT = Number(process.env.KILL_AT ?? 0.4);
const DEADLINE = Date.now() + Number(process.env.TIMEOUT_S ?? 300) * 1000;

const random = seededRandom(Number(process.env.SEED ?? 1));
const pick = (list) => list[Math.floor(random() * list.length)];

let serial = 0;
/** A valid event; `prefix` keeps the ids of valid and invalid events apart. */
const event = (prefix = 'v') => ({
  id: `${prefix}${String(++serial).padStart(20, '0')}`,
  type: pick(['consent', 'optout', 'optin', 'reset']),
  consentId: `c${String(Math.floor(random() * 1e9)).padStart(20, '0')}`,
  at: new Date(Date.UTC(2026, 10, 26) + serial * 1000).toISOString(),
  revision: 1,
  source: pick(['banner', 'link', 'api', 'gpc']),
  method: pick(['accept-all', 'reject-all', 'custom', 'api']),
  choices: { analytics: random() < 0.5, advertising: random() < 0.5 },
  url: 'https://www.example.com/pricing',
  dnt: null,
  gpc: pick([true, false, null]),
  sdkVersion: '0.1.0',
});
const batchBody = (events) => JSON.stringify({ events });
const JSON_TYPE = { 'Content-Type': 'application/json' };

// The plan: valid batches, resends of some of them, and bad requests, each with the answer it must get.
const valid = [];
const plan = [];
while (valid.length < EVENTS) {
  const events = Array.from({ length: Math.min(1 + Math.floor(random() * MAX_EVENTS), EVENTS - valid.length) }, () => event());
  valid.push(...events);
  plan.push({ kind: 'valid batch', body: batchBody(events), headers: JSON_TYPE, status: 200, ids: events.map(({ id }) => id) });
}
const refused = (kind, status, body, headers = JSON_TYPE) => ({ kind, status, body, headers });
const badEvent = () => ({ ...event('x'), type: 'hacked' });
const BAD = [
  () => refused('wrong content type', 415, batchBody([event('x')]), { 'Content-Type': 'text/plain' }),
  () => refused('content coding', 415, batchBody([event('x')]), { ...JSON_TYPE, 'Content-Encoding': 'gzip' }),
  () => refused('body too large', 413, batchBody([{ ...event('x'), url: `https://example.com/${'a'.repeat(MAX_BODY_BYTES)}` }])),
  () => refused('too many events', 413, batchBody(Array.from({ length: MAX_EVENTS + 1 }, () => event('x')))),
  () => refused('bad JSON', 400, batchBody([event('x')]).slice(0, -7)),
  () => refused('JSON too deep', 400, `{"events":[${'['.repeat(MAX_JSON_DEPTH * 4)}${']'.repeat(MAX_JSON_DEPTH * 4)}]}`),
  () => refused('no events', 400, '{"events":[]}'),
  () => refused('only invalid events', 400, batchBody([badEvent(), badEvent()])),
  () => refused('__proto__ payload', 400, `{"__proto__":{"events":[${JSON.stringify(event('x'))}]}}`),
];
const validBatches = plan.length;
// Resends: a tenth of the batches again (a lost answer, a beacon and a fetch), each later in the run.
for (let index = 0; index < validBatches / 10; index++) plan.push({ ...plan[Math.floor(random() * validBatches)], kind: 'resent batch' });
// Mixed: valid events with invalid ones among them; the valid ones stored, the others named in `rejected`.
for (let index = 0; index < validBatches / 10; index++) {
  const events = Array.from({ length: 5 }, () => event());
  valid.push(...events);
  // The last one is valid but for an own `__proto__` key, which JSON.parse keeps as a plain (unknown) field.
  const polluted = `{"__proto__":{"type":"optout"},${JSON.stringify(event('x')).slice(1)}`;
  const body = `${batchBody([...events, badEvent()]).slice(0, -2)},${polluted}]}`;
  plan.push({ kind: 'mixed batch', body, headers: JSON_TYPE, status: 200, ids: events.map(({ id }) => id) });
}
const badCount = Math.ceil(validBatches / 4);
for (let index = 0; index < badCount; index++) plan.push(BAD[index % BAD.length]());
// Shuffled, so resends, bad requests and the kill fall anywhere.
const steps = shuffled(plan, random);

// The collector process: started, SIGKILLed, started again on the same port and database.
const dir = mkdtempSync(join(tmpdir(), 'consentkit-bench-'));
const dbPath = join(dir, 'consent-log.db');
let child;
function startCollector(port = 0) {
  child = spawn(process.execPath, [join(ROOT, 'examples', 'collector', 'serve.mjs'), String(port)], {
    env: { ...process.env, CONSENT_LOG_DB: dbPath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`collector exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      const match = /listening on (\S+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
  });
}
const url = `${await startCollector()}/api/consent-log`;
const port = new URL(url).port;

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
/** One POST; resolves with the status and parsed answer, or rejects on a network error (before any answer). */
function post({ body, headers }) {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, answer: JSON.parse(text) }));
      res.on('error', reject);
    });
    // After a 413 the server closes without reading the rest: a write error then is not a failure.
    req.on('error', (error) => answered || reject(error));
    req.end(body);
  });
}

const acknowledged = new Set();
const latencies = [];
const wrong = [];
const counts = {};
let done = 0;
let networkErrors = 0;
let kill;
let next = 0;
const started = performance.now();

async function worker() {
  while (next < steps.length) {
    const step = steps[next++];
    for (;;) {
      if (Date.now() > DEADLINE) throw new Error('bench:collector: over its time limit');
      const sent = performance.now();
      try {
        const { status, answer } = await post(step);
        latencies.push(performance.now() - sent);
        counts[step.kind] = (counts[step.kind] ?? 0) + 1;
        if (status !== step.status) wrong.push(`${step.kind}: ${status}, expected ${step.status}`);
        for (const id of answer.acknowledged ?? []) acknowledged.add(id);
        if (step.ids && String(answer.acknowledged) !== String(step.ids)) wrong.push(`${step.kind}: acknowledged ${answer.acknowledged?.length} of ${step.ids.length}`);
        break;
      } catch {
        // The collector is down (killed): the SDK retries with backoff, and so does this.
        networkErrors++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    if (++done === Math.floor(steps.length * KILL_AT)) kill = restart();
  }
}

async function restart() {
  const before = acknowledged.size;
  const killedAt = performance.now();
  child.removeAllListeners('exit');
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  await startCollector(port);
  return { acknowledgedBefore: before, downMs: performance.now() - killedAt };
}

await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - started) / 1000;
const killed = await kill;

// The server still answers, then the database is read directly.
const health = await fetch(`${url}?limit=1`).then((response) => response.status, () => 'no answer');
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
agent.destroy();
const store = openStore(dbPath);
const rows = store.db.prepare('SELECT id FROM consent_events').pluck().all();
store.close();
rmSync(dir, { recursive: true, force: true });

const stored = new Set(rows);
const validIds = new Set(valid.map(({ id }) => id));
const lost = [...validIds].filter((id) => !stored.has(id));
const lostAcknowledged = [...acknowledged].filter((id) => !stored.has(id));
const invalidStored = rows.filter((id) => !validIds.has(id));
const percentile = (p) => quantile(latencies, p / 100).toFixed(1);
const number = (n) => n.toLocaleString('en-US');
const resent = steps.filter(({ kind }) => kind === 'resent batch').reduce((sum, { ids }) => sum + ids.length, 0);

console.log(`bench:collector  ${number(steps.length)} requests, ${CONCURRENCY} at a time, SQLite WAL synchronous=FULL, node ${process.version}`);
console.log(`  valid events sent   ${number(validIds.size)} (+ ${number(resent)} resent as duplicates)`);
console.log(`  stored              ${number(rows.length)}   lost ${lost.length}   duplicated ${rows.length - stored.size}   invalid stored ${invalidStored.length}`);
console.log(`  acknowledged        ${number(acknowledged.size)}, of which lost ${lostAcknowledged.length}`);
const badKinds = new Map(steps.filter(({ ids }) => !ids).map(({ kind, status }) => [kind, status]));
console.log(`  bad requests        ${number([...badKinds.keys()].reduce((sum, kind) => sum + counts[kind], 0))} (a mismatch would be listed under wrong answers):`);
console.log(`                      ${[...badKinds].map(([kind, status]) => `${kind} ${counts[kind]}x ${status}`).join(', ')}`);
console.log(`  batches             ${['valid batch', 'resent batch', 'mixed batch'].map((kind) => `${counts[kind]} ${kind.replace(' batch', '')}`).join(', ')} (mixed: 5 valid events, 2 invalid)`);
console.log(`  wrong answers       ${wrong.length}${wrong.length ? `: ${wrong.slice(0, 5).join('; ')}` : ''}`);
console.log(`  SIGKILL + restart   after ${number(killed.acknowledgedBefore)} acknowledged events; down ${killed.downMs.toFixed(0)} ms; ${networkErrors} requests retried`);
console.log(`  throughput          ${number(Math.round(validIds.size / seconds))} events/s, ${number(Math.round(steps.length / seconds))} requests/s (${seconds.toFixed(1)} s, restart included)`);
console.log(`  latency             p50 ${percentile(50)} ms, p99 ${percentile(99)} ms (answered requests)`);
console.log(`  afterwards          GET answered ${health}`);
const ok = !lost.length && !lostAcknowledged.length && !invalidStored.length && rows.length === stored.size && !wrong.length && health === 200 && validIds.size >= EVENTS;
console.log(ok ? 'ok' : 'FAILED');
process.exit(ok ? 0 : 1);
