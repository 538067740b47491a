#!/usr/bin/env node
// `pnpm bench:has-consent`: how many `hasConsent()` calls per second the built engine answers (bench/src/has-consent.mjs),
// printed and written to the README's marked section (`--no-readme` leaves the README alone).
// A benchmark prints its figures; it asserts nothing and is never part of `npm test`.
import { HAS_CONSENT_END, HAS_CONSENT_START, measureHasConsent, renderHasConsentSection, renderHasConsentText } from './src/has-consent.mjs';
import { rewriteReadmeSection } from './src/report.mjs';

let measured;
try {
  measured = await measureHasConsent();
} catch (error) {
  console.error(`has-consent: ${error.message}`);
  process.exit(1);
}
console.log(renderHasConsentText(measured));
if (!process.argv.includes('--no-readme')) {
  const section = renderHasConsentSection(measured, 'pnpm bench:has-consent');
  console.log(`\nhas-consent: ${rewriteReadmeSection(HAS_CONSENT_START, HAS_CONSENT_END, section)}`);
}
