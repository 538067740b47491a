#!/usr/bin/env node
// Serves the example site: `node examples/server.mjs` (PORT and HOST override 4173 and 127.0.0.1).
// Routes live in examples/server/routes.mjs.
import { startServer } from './server/index.mjs';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

try {
  const { url, close } = await startServer({ port, host });
  console.log(`ConsentKit examples: ${url}/  (npm example: ${url}/app/, QA page: ${url}/qa.html)`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use: set PORT to another one.` : error);
  process.exit(1);
}
