// Where ConsentKit's main-thread time goes: a V8 CPU profile's samples, attributed through the built bundles'
// source maps to the parts `pnpm bench:sizes` uses (engine folders, validation, js-cookie, Preact, UI, ...).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { decodeMappings, partOf } from './sizes.mjs';

/**
 * A function (line, column), 0-based as CPU profiles give them, to the part of `file` (a built bundle with a
 * `.map` next to it) the character there came from.
 */
export function partLocator(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sources = map.sources.map((source) => resolve(dirname(file), source));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    let source = -1;
    for (const [start, index] of lines[line] ?? []) {
      if (start > column) break;
      source = index;
    }
    return partOf(source < 0 ? '(unmapped)' : sources[source]);
  };
}

/**
 * Inclusive time (µs) per part in `profile` (a CDP `Profiler.stop` result): each sample counts once for every
 * part on its stack, so a part's figure includes what it called. `locators` maps a script URL's file name
 * (consentkit.js) to its `partLocator`; `total` is the time of samples with any located frame on the stack.
 */
export function inclusiveByPart(profile, locators) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const parts = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const { url, lineNumber, columnNumber } = nodes.get(at).callFrame;
      const locate = locators[url.slice(url.lastIndexOf('/') + 1)];
      if (locate) seen.add(locate(lineNumber, columnNumber));
    }
    if (seen.size) total += micros;
    for (const part of seen) parts.set(part, (parts.get(part) ?? 0) + micros);
  });
  return { total, parts };
}
