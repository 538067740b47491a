// One build for every package and bundle.
//   packages/sdk/dist        ESM + CJS + .d.ts of the engine, and consentkit.js (the script-tag embed, IIFE)
//   packages/banner-ui/dist  ESM + CJS + .d.ts of the UI, and consentkit-ui.js: the script-tag UI as ES module
//                            chunks that share one Preact chunk, imported by the embed only when needed
//   examples/npm-app/dist    the npm example, bundled from the workspace packages by name
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cssFile, cssText } from './scripts/rollup-css.mjs';
import { nodeDeclarations } from './scripts/rollup-types.mjs';

const sdkVersion = JSON.parse(readFileSync('packages/sdk/package.json', 'utf8')).version;

// Replaces the __CK_VERSION__ token so the engine knows its version without importing package.json.
const version = () => ({
  name: 'consentkit-version',
  transform: (code) =>
    code.includes('__CK_VERSION__')
      ? { code: code.replaceAll('__CK_VERSION__', JSON.stringify(sdkVersion)), map: { mappings: '' } }
      : null,
});

const ts = (pkg, { declarations }) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    // The build must read the engine's published types, not its source (see banner-ui/tsconfig.json).
    compilerOptions: declarations
      ? { customConditions: [], declaration: true, declarationDir: `packages/${pkg}/dist`, outDir: `packages/${pkg}/dist` }
      : { customConditions: [], declaration: false, outDir: `packages/${pkg}/dist` },
    outputToFilesystem: true,
  });

// Property names that start with `_` (ours, and Preact's internals) are shortened. The chunks of one build share one
// name cache, so they agree on every shortened name: a component class in a lazily loaded chunk must not give its
// own field the name Preact's code in consentkit-ui.js uses for another (each chunk minified alone would).
const minify = (format = {}) =>
  terser({
    nameCache: {},
    ecma: 2020,
    compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
    // The IAB GPP protocol's names start with `_` too, and other scripts read them: they keep their names.
    mangle: { properties: { regex: /^_/, reserved: ['__gpp', '__gppCall', '__gppReturn', '__gppLocator'] } },
    format,
  });

// A directory, not a file: banner-ui's language packs, notice and cookie declaration, and the engine's event
// delivery are chunks of their own that a site's bundler splits off. The ESM build writes the declarations.
//
// `shared`: the modules the engine's event delivery chunk imports go to a chunk of their own. Left in the main chunk,
// they would make it an import of the lazily loaded delivery, and esbuild (size-limit's, and many a site's bundler)
// then keeps that whole chunk, unused exports and all, in any app that imports one function from the package.
const library = (pkg, external, shared) => ({
  input: `packages/${pkg}/src/index.ts`,
  external,
  output: {
    dir: `packages/${pkg}/dist`,
    entryFileNames: 'index.js',
    chunkFileNames: '[name].js',
    format: 'es',
    sourcemap: true,
    manualChunks: shared && ((id) => (shared.test(id) ? 'shared' : undefined)),
  },
  plugins: [version(), cssText(), nodeResolve({ resolveOnly: () => false }), ts(pkg, { declarations: true }), nodeDeclarations(`packages/${pkg}/dist`)],
});

// CommonJS, for require() (Node servers, Jest, a CommonJS app's bundler). `bundled` dependencies are ESM-only
// (nanoid 5, Preact 11), which require() loads only on Node 20.19+ and 22.12+, and Jest's loader never: they are
// bundled in here, their browser build, which needs no Node module (nanoid's uses the global `crypto`, which
// Node has since 19), so a bundler for the browser takes it too. The banner's Preact copy renders only its own
// shadow root, so a site's Preact never meets it.
const commonJs = (pkg, external, bundled = []) => ({
  input: `packages/${pkg}/src/index.ts`,
  external,
  output: { dir: `packages/${pkg}/dist`, entryFileNames: 'index.cjs', chunkFileNames: '[name].cjs', format: 'cjs', sourcemap: true, exports: 'named' },
  plugins: [version(), cssText(), nodeResolve({ resolveOnly: bundled, browser: true }), ts(pkg, { declarations: false })],
});

// The engine runs on every page view, and most of its functions run while it starts. V8's compile hint (Chrome 136+;
// others ignore the comment) compiles them all while the file streams in, off the main thread, instead of one by one
// on first call: `pnpm bench`, returning visit at 4x CPU, 15 runs twice each: script 85 and 79 ms -> 57 and 51 ms,
// runs with a long task from 13/15 -> 8 and 9/15. The price: all of it compiles before any of it runs, so a first
// visit starts the UI download later (banner 10-12 ms later unthrottled, 23-50 ms at 4x CPU, alternating runs of 20).
// Every later page view gains; a first visit is one. The banner's chunk showed no clear gain, so it has none.
const scriptTag = (pkg, input, file) => ({
  input,
  output: { file: `packages/${pkg}/dist/${file}`, format: 'iife', sourcemap: true },
  plugins: [version(), cssText(), nodeResolve({ browser: true }), ts(pkg, { declarations: false }), minify({ preamble: '//# allFunctionsCalledOnLoad' })],
});

// The script-tag UI's files: ES modules next to each other, chunks named for what they hold.
const uiOutput = {
  dir: 'packages/banner-ui/dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: ({ name }) => `consentkit-${name.toLowerCase()}.js`,
  sourcemap: true,
};

export default [
  library('sdk', ['js-cookie', 'nanoid'], /\/src\/(optout\/(valid|lock)|config\/ids|record\/codec)\.ts$/),
  commonJs('sdk', ['js-cookie'], ['nanoid']),
  library('banner-ui', [/^preact/, '@consentkit/sdk']),
  commonJs('banner-ui', ['@consentkit/sdk'], [/^preact/]),
  scriptTag('sdk', 'packages/sdk/src/embed/index.ts', 'consentkit.js'),
  {
    // The event delivery scheduler: an ES module next to consentkit.js, imported by it only when there is
    // something to send.
    input: 'packages/sdk/src/optout/delivery-entry.ts',
    output: { file: 'packages/sdk/dist/consentkit.delivery.js', format: 'es', sourcemap: true },
    plugins: [version(), nodeResolve({ browser: true }), ts('sdk', { declarations: false }), minify()],
  },
  {
    // The IAB GPP CMP (US National section): an ES module next to consentkit.js, imported by it only on sites that
    // turn `gpp` on (packages/sdk/src/embed/gpp.ts).
    input: 'packages/sdk/src/integrations/gpp/index.ts',
    output: { file: 'packages/sdk/dist/consentkit.gpp.js', format: 'es', sourcemap: true },
    plugins: [version(), nodeResolve({ browser: true }), ts('sdk', { declarations: false }), minify()],
  },
  {
    // Each entry is one lazily imported piece of UI; Rollup moves what they share (Preact) into one chunk.
    input: {
      'consentkit-ui': 'packages/banner-ui/src/embed.ts',
      // Language packs: imported by the UI only for a visitor who reads that language (src/language.ts).
      ...Object.fromEntries(['ar', 'de', 'es', 'fr'].map((lang) => [`consentkit-lang-${lang}`, `packages/banner-ui/src/lang/${lang}.ts`])),
    },
    // Pieces the banner imports itself (the opt-out notice, the cookie declaration) are chunks that import what
    // they share from consentkit-ui.js, instead of Rollup moving it to a chunk of its own: the banner stays one file.
    preserveEntrySignatures: 'allow-extension',
    output: uiOutput,
    plugins: [
      cssText(),
      cssFile(['packages/banner-ui/src/styles.css', 'packages/banner-ui/src/dialogs.css'], 'consentkit-ui.css'),
      nodeResolve({ browser: true }),
      ts('banner-ui', { declarations: false }),
      minify(),
    ],
  },
  // The click-to-load placeholders, and the opt-out panel with the GPC notice: imported by the embed when a page has
  // a blocked widget, and on first use (packages/sdk/src/embed/placeholders.ts, optout.ts). Plain DOM, sharing no
  // code with the banner; each a build of its own, so the little they share (choosing their language) is copied
  // into both instead of being one more file each has to fetch. Their language packs are chunks beside them.
  ...[
    ['consentkit-placeholder', 'packages/banner-ui/src/placeholder-embed.ts'],
    ['consentkit-optout', 'packages/banner-ui/src/optout/entry.ts'],
  ].map(([name, input]) => ({
    input: { [name]: input },
    output: uiOutput,
    plugins: [cssText(), nodeResolve({ browser: true }), ts('banner-ui', { declarations: false }), minify()],
  })),
  {
    input: 'examples/npm-app/src/main.ts',
    // Split like a site's bundler would: the language packs, notice, cookie declaration and the engine's event
    // delivery stay out of app.js.
    output: { dir: 'examples/npm-app/dist', entryFileNames: 'app.js', chunkFileNames: '[name].js', format: 'es', sourcemap: true },
    plugins: [
      cssText(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: 'examples/tsconfig.json', compilerOptions: { customConditions: [], outDir: 'examples/npm-app/dist' } }),
      minify(),
    ],
  },
];
