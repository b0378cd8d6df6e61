// @ts-check
import { defineConfig } from 'astro/config';
import { dossier } from './src/integration.ts';

// Dossier's options, all optional: see "Configuration" in the README.
// Where the site will live is given at deploy time: SITE_URL (the origin, for
// canonical URLs and feeds) and BASE_PATH (a sub-path, e.g. /mosul/).
export default defineConfig({
  integrations: [dossier()],
});
