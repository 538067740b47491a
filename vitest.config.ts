import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Resolve workspace packages to their TypeScript source (the `source` export condition): no build needed.
  resolve: { conditions: ['source'] },
  define: { __CK_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    environment: 'jsdom',
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'examples/**/test/**/*.test.{ts,tsx}', 'scripts/test/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['scripts/vitest/inner-text.ts'],
    // `import css from './styles.css?raw'` must give the real stylesheet, as the build does.
    css: { include: [/\.css\?raw$/] },
  },
});
