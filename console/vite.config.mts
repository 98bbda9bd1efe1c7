import { defineConfig } from 'vite';

// The console: built into dist/console (outDir is relative to console/, the root the build gives) as static files that the API serves at `/` (src/api/console.ts).
// External files only (the Content-Security-Policy allows no inline script or style), hashed names
// under /assets/ so they can be cached for a year.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      // Two pages: the staff console and the customer's own pages (/c/…), each loading only its code.
      input: { console: 'index.html', customer: 'customer.html' },
      // Libraries' "use client" lines mean nothing to a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
