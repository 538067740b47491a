// `import css from './styles.css?raw'` gives the stylesheet as a minified string, the same contract Vite (and so
// vitest) gives `?raw` natively. The UI adopts it as a constructable stylesheet: no inline <style>, strict-CSP safe.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SUFFIX = '.css?raw';

export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    // Not around + or ~ (calc() needs them spaced) nor before ':' (a descendant :pseudo selector).
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function cssText() {
  return {
    name: 'consentkit-css-text',
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      return resolve(dirname(importer), source);
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -'?raw'.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(minifyCss(readFileSync(file, 'utf8')))};`;
    },
  };
}

/**
 * Emits the stylesheets as one file too (`consentkit-ui.css`), for `stylesheetUrl`: browsers without constructable
 * stylesheets (Safari < 16.4) under a `style-src` that allows files but no nonce get it through a `<link>`. The
 * parts are joined in order (the base, then the dialogs'), as the UI adopts them.
 */
export function cssFile(sources, fileName) {
  return {
    name: 'consentkit-css-file',
    buildStart() {
      for (const source of sources) this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: sources.map((source) => minifyCss(readFileSync(source, 'utf8'))).join('') });
    },
  };
}
