/** The errata checkout: Astro's root, and the home of `.errata-cache/`. */
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
