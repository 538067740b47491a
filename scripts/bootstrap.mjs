#!/usr/bin/env node
// Gets a checkout ready for `npm start` / `npm test`: the pinned pnpm, installed dependencies and, with
// `--browser`, a Chromium for Playwright. Runs before anything is installed, so Node built-ins only.
// Each step prints one line and is skipped when already satisfied, so a ready checkout costs well under a second.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];
// Written after a successful install: pnpm leaves node_modules/.modules.yaml untouched when nothing changed,
// so its mtime alone would make every run after a package.json edit reinstall.
const INSTALL_STAMP = join(ROOT, 'node_modules', '.consentkit-installed');
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const windows = process.platform === 'win32';

const log = (message) => console.log(`bootstrap: ${message}`);

function fail(message, code = 1) {
  console.error(`bootstrap: ${message}`);
  process.exit(code);
}

/** Runs a command with inherited stdio; exits with the child's code when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: windows, ...options });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`, result.status || 1);
}

function pnpmVersion() {
  // Outside the workspace, so a mismatched pnpm does not refuse to run because of `packageManager`.
  const result = spawnSync('pnpm', ['-v'], { cwd: tmpdir(), encoding: 'utf8', shell: windows });
  return result.status === 0 ? result.stdout.trim() : null;
}

function ensurePnpm() {
  const found = pnpmVersion();
  if (found === PNPM_VERSION) return log(`pnpm ${PNPM_VERSION} ok`);
  log(found ? `pnpm ${found} found, installing pnpm@${PNPM_VERSION}` : `pnpm missing, installing pnpm@${PNPM_VERSION}`);
  run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
  const installed = pnpmVersion();
  if (installed !== PNPM_VERSION) fail(`pnpm -v says ${installed ?? 'nothing'} after installing ${PNPM_VERSION}; check PATH`);
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** package.json of the root and of every workspace project (`dir` and `dir/*` entries of pnpm-workspace.yaml). */
function manifests() {
  const files = [join(ROOT, 'package.json')];
  const workspace = readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8');
  const section = /^packages:\s*\n((?:[ \t]+-.*\n?)*)/m.exec(workspace)?.[1] ?? '';
  for (const [, raw] of section.matchAll(/-\s*['"]?([^'"#\s]+)/g)) {
    if (raw.endsWith('/*')) {
      const parent = join(ROOT, raw.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory()) files.push(join(parent, entry.name, 'package.json'));
      }
    } else {
      files.push(join(ROOT, raw, 'package.json'));
    }
  }
  return files.filter(existsSync);
}

function installReason() {
  if (!existsSync(join(ROOT, 'node_modules', '.modules.yaml'))) return 'node_modules missing';
  const installedAt = mtime(INSTALL_STAMP);
  if (!installedAt) return 'no install recorded';
  const inputs = [join(ROOT, 'pnpm-lock.yaml'), join(ROOT, 'pnpm-workspace.yaml'), ...manifests()];
  const changed = inputs.find((file) => mtime(file) > installedAt);
  return changed ? `${changed.slice(ROOT.length + 1)} changed` : null;
}

/**
 * better-sqlite3 (the example collector) compiles against Node's headers; node-gyp would download them, which
 * fails offline. The machine's own headers (Debian's nodejs, NodeSource) serve instead. pnpm 12 ignores a
 * project .npmrc, so it goes in the environment; node-gyp reads npm_config_nodedir itself.
 */
function installEnv() {
  const env = { ...process.env };
  const prefix = dirname(dirname(process.execPath));
  const nodedir = [prefix, '/usr'].find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')));
  if (nodedir && !env.npm_config_nodedir) env.npm_config_nodedir = nodedir;
  return env;
}

function ensureDependencies() {
  const reason = installReason();
  if (!reason) return log('dependencies ok');
  log(`${reason}, running pnpm install --frozen-lockfile`);
  run('pnpm', ['install', '--frozen-lockfile'], { env: installEnv() });
  writeFileSync(INSTALL_STAMP, `${new Date().toISOString()}\n`);
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (isExecutable(configured)) return log(`chromium ok (${configured})`);
    fail(`CHROMIUM_PATH=${configured} is not an executable file; fix it or unset it to use ${DEFAULT_CHROMIUM}`);
  }
  if (isExecutable(DEFAULT_CHROMIUM)) return log(`chromium ok (${DEFAULT_CHROMIUM})`);
  if (process.getuid?.() !== 0) {
    fail(
      `Chromium not found at ${DEFAULT_CHROMIUM}. Playwright cannot download browsers here; install Debian's:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    );
  }
  log('chromium missing, installing it with apt-get (about 30 s)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', 'chromium'], { env });
  if (!isExecutable(DEFAULT_CHROMIUM)) fail(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is still missing`);
}

ensurePnpm();
ensureDependencies();
if (process.argv.includes('--browser')) ensureChromium();
