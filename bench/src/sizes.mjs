// What each part of ConsentKit's script-tag download costs. The built bundles' source maps say which source file
// every minified character came from; characters are grouped into parts (engine core, js-cookie, validation,
// UI components, Preact, CSS, ...). gzip does not add up per part, so two figures are given for each:
//   - alone:    gzip -9 of just that part's characters (what it would cost by itself)
//   - marginal: gzip -9 of the whole file minus gzip -9 of the file with that part's characters cut out (what
//               removing it would save, given everything else stays)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT_DIR } from './tools.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's `mappings` into, per generated line, [column, sourceIndex] pairs (source -1: unmapped). */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The characters of `code` attributed to each source of its map: Map<source path, string>. */
export function attribute(code, map) {
  const parts = new Map();
  const add = (source, text) => parts.set(source, (parts.get(source) ?? '') + text);
  const mapped = decodeMappings(map.mappings);
  code.split('\n').forEach((line, index) => {
    const segments = mapped[index] ?? [];
    let previous = 0;
    let owner = '(unmapped)';
    for (const [column, source] of segments) {
      if (column > previous) add(owner, line.slice(previous, column));
      previous = column;
      owner = source < 0 ? '(unmapped)' : map.sources[source];
    }
    add(owner, `${line.slice(previous)}\n`);
  });
  return parts;
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The part a source file belongs to. */
export function partOf(source) {
  if (source === '(unmapped)') return 'bundle glue (unmapped)';
  if (/js-cookie/.test(source)) return 'js-cookie';
  if (/nanoid/.test(source)) return 'nanoid';
  if (/preact/.test(source)) return 'Preact';
  if (/\.css(\?|$)/.test(source)) return 'CSS';
  if (/config\/(validate|schema)\./.test(source)) return 'engine: config validation';
  // Engine code by feature folder (record/, store/, enforce/, optout/, ...); files at its root by name.
  const engine = /sdk\/src\/(?:([\w-]+)\/|([\w-]+)\.ts$)/.exec(source);
  if (engine) return `engine: ${engine[1] ? `${engine[1]}/` : engine[2]}`;
  if (/banner-ui\/src\/(texts|i18n|lang)/.test(source)) return 'UI: texts';
  if (/banner-ui\/src\//.test(source)) return 'UI: components';
  return 'other';
}

/** The file and every chunk it imports statically (`import ... from "./x.js"`), as the browser fetches them. */
function staticClosure(file) {
  const files = [];
  const visit = (path) => {
    if (files.includes(path) || !existsSync(path)) return;
    files.push(path);
    const code = readFileSync(path, 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?["'](\.\/[^"']+)["']/g)) visit(join(dirname(path), spec));
  };
  visit(file);
  return files;
}

/**
 * The breakdown of a download made of `entries` (each file plus what it imports statically), by part:
 * [{ part, raw, alone, marginal }], plus the files and their total gzip size.
 */
export function breakdown(entries) {
  const files = [...new Set(entries.flatMap(staticClosure))];
  const rows = new Map();
  let total = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
    const full = gzip(code);
    total += full;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    // Sources are relative to the map: make them absolute so parts are recognised by their real path.
    map.sources = map.sources.map((source) => resolve(dirname(file), source));
    const bySource = attribute(code, map);
    const byPart = new Map();
    for (const [source, text] of bySource) byPart.set(partOf(source), (byPart.get(partOf(source)) ?? '') + text);
    for (const [part, text] of byPart) {
      const rest = [...byPart].filter(([other]) => other !== part).map(([, other]) => other).join('');
      const row = rows.get(part) ?? { part, raw: 0, alone: 0, marginal: 0 };
      row.raw += text.length;
      row.alone += gzip(text);
      row.marginal += full - gzip(rest);
      rows.set(part, row);
    }
  }
  return { files: files.map((file) => file.slice(ROOT_DIR.length + 1)), total, parts: [...rows.values()].sort((a, b) => b.raw - a.raw) };
}

/** ConsentKit's script-tag downloads: the returning visitor's (the embed) and the first visitor's (embed + UI). */
export function consentKitBreakdown() {
  const embed = join(ROOT_DIR, 'packages', 'sdk', 'dist', 'consentkit.js');
  const ui = join(ROOT_DIR, 'packages', 'banner-ui', 'dist', 'consentkit-ui.js');
  return { returning: breakdown([embed]), first: breakdown([embed, ui]) };
}

/** Markdown tables of `consentKitBreakdown()`. */
export function renderBreakdown({ returning, first }) {
  const table = (title, { files, total, parts }) => [
    `### ${title}: ${files.join(' + ')}, ${total} B gzip -9 (sum over files)`,
    '',
    '| part | minified bytes | gzip -9 alone | gzip -9 marginal (saved if cut) |',
    '|---|---|---|---|',
    ...parts.map(({ part, raw, alone, marginal }) => `| ${part} | ${raw} | ${alone} | ${marginal} |`),
  ];
  return [...table('Returning visitor', returning), '', ...table('First visit', first)].join('\n');
}
