#!/usr/bin/env node
// Serves the example site: `node examples/server.mjs` (PORT and HOST override 4173 and 127.0.0.1), and the fake
// third parties (a social network, an ad partner) on 127.0.0.2 at the same port. Routes live in
// examples/server/routes.mjs and examples/server/providers.mjs.
import { startServer } from './server/index.mjs';
import { PROVIDER_HOST, providerRoutes } from './server/providers.mjs';
import { createRequestLog } from './server/request-log.mjs';
import { siteRoutes, sitePaths } from './server/routes.mjs';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

try {
  const providerLog = createRequestLog();
  const site = await startServer({ port, host, routes: siteRoutes(sitePaths, { providerLog }) });
  const providers = await startServer({ port: site.port, host: PROVIDER_HOST, routes: providerRoutes(providerLog) });
  const { url } = site;
  console.log(`ConsentKit examples: ${url}/  (npm example: ${url}/app/, QA page: ${url}/qa.html)`);
  console.log(`Fake third parties (Chirp, AdPartner): ${providers.url}/`);
  const stop = () => Promise.all([site.close(), providers.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${error.port ?? port} on ${error.address ?? host} is in use: set PORT to another one.` : error);
  process.exit(1);
}
