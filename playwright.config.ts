import { defineConfig, devices } from '@playwright/test';

// Not 4173, so a running `npm start` never collides with the test server.
const port = Number(process.env.E2E_PORT ?? 4183);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Playwright cannot download browsers here: Debian's Chromium (see scripts/bootstrap.mjs).
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // Nothing may leave loopback: no update checks, sync, or QUIC probes from the browser itself.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: 'node examples/server.mjs',
    url: `${baseURL}/`,
    // A fresh, in-memory consent log per run: tests count the collector's rows.
    env: { PORT: String(port), HOST: '127.0.0.1', CONSENT_LOG_DB: ':memory:' },
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 15_000,
  },
});
