// Astro is the shell around errata's core: routing, layouts, the build.
// Articles reach it as finished HTML in the site data errata hands over (src/page-data/site-store.ts).
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './src/site',
  publicDir: './src/site/public',
  outDir: process.env.ERRATA_OUT ?? './dist',
  site: process.env.ERRATA_SITE ?? 'https://errata.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
});
