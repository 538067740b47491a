#!/usr/bin/env node
// `pnpm run check:consumers`, after the build: the built packages as a site's project sees them. Type-checks
// scripts/consumer-types/consumer.ts under each moduleResolution a consumer may use (bundler; node16 for ESM and CommonJS;
// the old `node`), and server.ts as a Node server's project without the DOM lib, with the packages' declarations
// checked too (skipLibCheck off), then require()s the CommonJS build with Node's require(esm) turned off, as Jest
// and older Node load it, and checks that it requires no Node built-in module, which a CommonJS app's bundler for
// the browser could not resolve.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const DOM = { lib: ['es2022', 'dom'], types: [] };
const CONFIGS = {
  bundler: { module: 'esnext', moduleResolution: 'bundler', files: ['use.mts'], ...DOM },
  node16: { module: 'node16', moduleResolution: 'node16', files: ['use.mts', 'use.cts'], ...DOM },
  node10: { module: 'commonjs', moduleResolution: 'node10', files: ['use.cts'], ...DOM },
  // A Node server's project: no DOM lib, Node's own types.
  'node16 without the DOM lib': {
    module: 'node16',
    moduleResolution: 'node16',
    files: ['server.mts'],
    lib: ['es2022'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules', '@types')],
  },
};

const dir = mkdtempSync(join(tmpdir(), 'consentkit-consumer-'));
let failed = false;
try {
  cpSync(join(ROOT, 'scripts', 'consumer-types'), dir, { recursive: true });
  // One consumer, as each module kind: TypeScript decides ESM or CommonJS by the extension.
  for (const name of ['use.mts', 'use.cts']) cpSync(join(dir, 'consumer.ts'), join(dir, name));
  cpSync(join(dir, 'server.ts'), join(dir, 'server.mts'));
  mkdirSync(join(dir, 'node_modules', '@consentkit'), { recursive: true });
  for (const name of ['sdk', 'banner-ui']) symlinkSync(join(ROOT, 'packages', name), join(dir, 'node_modules', '@consentkit', name), 'dir');
  for (const [name, { files, ...options }] of Object.entries(CONFIGS)) {
    const compilerOptions = { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, ignoreDeprecations: '6.0' };
    const config = `tsconfig.${name.replaceAll(' ', '-')}.json`;
    writeFileSync(join(dir, config), JSON.stringify({ compilerOptions, files }));
    try {
      execFileSync(process.execPath, [TSC, '-p', config], { cwd: dir, encoding: 'utf8' });
      console.log(`ok    types, moduleResolution ${name}: ${files.join(', ')}`);
    } catch (error) {
      failed = true;
      console.error(`FAIL  types, moduleResolution ${name}:\n${error.stdout}${error.stderr}`);
    }
  }
  try {
    execFileSync(process.execPath, ['--no-experimental-require-module', 'require.cjs'], { cwd: dir, encoding: 'utf8' });
    console.log('ok    require() of the CommonJS builds without require(esm)');
  } catch (error) {
    failed = true;
    console.error(`FAIL  require() of the CommonJS builds without require(esm):\n${error.stderr}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const name of ['sdk', 'banner-ui']) {
  const dist = join(ROOT, 'packages', name, 'dist');
  const builtIns = readdirSync(dist)
    .filter((file) => file.endsWith('.cjs'))
    .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/require\(['"]([^'"]+)['"]\)/g)].filter((match) => isBuiltin(match[1])).map((match) => `${file}: ${match[1]}`));
  if (builtIns.length) failed = true;
  console.log(builtIns.length ? `FAIL  ${name}'s CommonJS build requires Node modules: ${builtIns.join(', ')}` : `ok    ${name}'s CommonJS build requires no Node module`);
}
process.exitCode = failed ? 1 : 0;
