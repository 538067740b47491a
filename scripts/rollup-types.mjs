// Declarations that resolve under every moduleResolution a consumer may use. TypeScript writes them as the source
// imports (`from './consent'`), which `bundler` resolves but `node16`/`nodenext` refuse (relative imports need
// extensions there), and a `require` consumer needs CommonJS declarations, not the ESM ones. After the ESM build,
// every relative specifier gets its file's extension, and each `.d.ts` gets a `.d.cts` twin that names `.cjs`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]+)\2/g;

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** `./consent` -> `./consent.js`, `./enforce` -> `./enforce/index.js` (`.cjs` for the twin); `?raw` imports unchanged. */
function withExtension(file, specifier, extension) {
  if (specifier.includes('?')) return specifier;
  const bare = specifier.replace(/\.(c?js)$/, '');
  const target = join(dirname(file), bare);
  if (existsSync(`${target}.d.ts`)) return `${bare}${extension}`;
  if (existsSync(join(target, 'index.d.ts'))) return `${bare}/index${extension}`;
  throw new Error(`${file}: cannot resolve the declaration import '${specifier}'`);
}

export function rewriteDeclarations(dir) {
  for (const file of declarations(dir)) {
    const source = readFileSync(file, 'utf8');
    const rewrite = (extension) => source.replace(SPECIFIER, (_, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec, extension)}${quote}`);
    writeFileSync(file, rewrite('.js'));
    writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), rewrite('.cjs'));
  }
}

/** A Rollup plugin for the build that emits `dir`'s declarations. */
export const nodeDeclarations = (dir) => ({
  name: 'consentkit-node-declarations',
  writeBundle: () => rewriteDeclarations(dir),
});
