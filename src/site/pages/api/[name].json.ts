/**
 * /api/codes.json: every registered error code with its family, symbolic name and the URL
 * of its article in each locale that has one — a static file, so the error lookup
 * (ErrorLookup.astro) and tools outside the site work without a server. Built from the
 * site-wide facts alone, so every shard of a split build writes the same file (a root
 * page: data/root-pages.ts).
 */
import type { APIRoute } from 'astro';
import { rootPaths } from '../../data/root-pages.ts';
import { siteData } from '../../data/site-data.ts';

export function getStaticPaths() {
  return rootPaths(() => [{ params: { name: 'codes' } }]);
}

export const GET: APIRoute = () => {
  const data = siteData();
  const codes = Object.fromEntries(
    data.codes.map((code) => [
      code.code,
      {
        family: code.family,
        ...(code.name ? { name: code.name } : {}),
        urls: code.urls,
      },
    ]),
  );
  return new Response(`${JSON.stringify({ sourceLocale: data.sourceLocale, codes })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
