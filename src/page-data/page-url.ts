/** Page URLs from the site root, with the trailing slash the site uses everywhere. */
export function pageUrl(locale: string, slug: string): string {
  return `/${locale}/${slug.split('/').map(encodeURIComponent).join('/')}/`;
}
