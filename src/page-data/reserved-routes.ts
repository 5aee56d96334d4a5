/**
 * The site's own paths, for the site's routes: the one list lives in the core
 * (core/read/reserved-routes.ts), where the check reports a file that would take one.
 */
export { reservedLocale, reservedSlug } from '../core/read/reserved-routes.ts';
