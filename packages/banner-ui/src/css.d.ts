// `import css from './styles.css?raw'`: the stylesheet as a string. Vite (vitest) handles `?raw` natively; the
// build's scripts/rollup-css.mjs does the same and minifies it.
declare module '*.css?raw' {
  const css: string;
  export default css;
}
