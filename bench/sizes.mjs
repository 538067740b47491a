#!/usr/bin/env node
// `pnpm bench:sizes`: what each part of ConsentKit's script-tag download costs (engine core, js-cookie,
// validation, embed, UI components, texts, Preact, CSS), from the built bundles' source maps. Prints markdown.
import { consentKitBreakdown, renderBreakdown } from './src/sizes.mjs';

console.log(renderBreakdown(consentKitBreakdown()));
