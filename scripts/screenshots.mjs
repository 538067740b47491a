#!/usr/bin/env node
// `pnpm screenshots`: the README's pictures of the banner and the preferences dialog, taken from the example site
// (desktop and mobile, light and dark) so they show what the code does today. Writes docs/screenshots/*.png.
// Needs a build (the script is run after `pnpm run build`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../examples/server/index.mjs';

// upng-js is CommonJS; it turns Chromium's true-colour PNGs into 256-colour ones a quarter of the size.
const UPNG = createRequire(import.meta.url)('upng-js');

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'docs', 'screenshots');

const DEVICES = {
  desktop: { viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 },
  mobile: { viewport: { width: 360, height: 720 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
};
const THEMES = ['light', 'dark'];

/** Shows the banner (`banner`) or opens the preferences dialog from it (`dialog`), then waits for it to settle. */
async function show(page, layer) {
  const host = page.locator('[data-consentkit-ui]');
  const region = host.getByRole('region');
  await region.waitFor();
  if (layer === 'dialog') {
    await region.getByRole('button', { name: 'Settings', exact: true }).click();
    await host.getByRole('dialog').waitFor();
  }
  // No caret or focus ring from the click in the picture; fonts loaded.
  await page.evaluate(() => document.fonts.ready);
}

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  mkdirSync(OUT, { recursive: true });
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const theme of THEMES) {
      const context = await browser.newContext({ ...options, colorScheme: theme, reducedMotion: 'reduce' });
      for (const layer of ['banner', 'dialog']) {
        const page = await context.newPage();
        await page.goto(`${server.url}/`);
        await show(page, layer);
        const file = join(OUT, `${layer}-${device}-${theme}.png`);
        const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
        const image = UPNG.decode(png);
        writeFileSync(file, Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, 256)));
        console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
