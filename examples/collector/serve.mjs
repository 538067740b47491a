#!/usr/bin/env node
// The reference collector on its own: `node examples/collector/serve.mjs [port]` serves /api/consent-log on
// 127.0.0.1 (CONSENT_LOG_DB and CONSENT_LOG_RETENTION_MONTHS as in README.md) and prints its URL once listening.
// The example site mounts the same handler on its own origin; pnpm bench:collector runs, kills and restarts this.
import { startServer } from '../server/index.mjs';
import { collectorSettings, createCollector } from './collector.mjs';

const collector = createCollector(collectorSettings());
const server = await startServer({
  port: Number(process.argv[2] ?? process.env.PORT ?? 0),
  routes: [{ prefix: '/api/consent-log', methods: ['GET', 'HEAD', 'POST'], handle: collector.handle }],
});
console.log(`collector listening on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    collector.close();
    process.exit(0);
  });
}
