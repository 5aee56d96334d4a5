import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'slug-reserved',
  severity: 'error',
  blocksPublishing: true,
  area: 'site',
  summary: "a file or locale folder whose URL would be one of the site's own paths",
  docs: "Some paths of the site belong to errata: each locale's home (`index`), its 404 page, sitemaps, search bundle (`pagefind/`, `search.js`), the status page, the site's scripts (`_astro/`) and its code index (`api/`). An article whose file name would become one of them — `404.md`, `search.js.md`, a name made only of dots — or a locale folder named like one would overwrite that page or break the build, so it is not published. Rename the file (and its links) or the folder.",
  messages: {
    slug: {
      message: "The file would be published at {{url}}, which is the site's own {{what}}: it is not published.",
      hint: 'Rename the file (in every locale) and update the links to it.',
    },
    locale: {
      message:
        "The locale folder {{locale}}/ would be published at /{{locale}}/, which is the site's own {{what}}: its files are not published.",
      hint: "Rename the folder to the locale's BCP 47 tag (en-us, zh-tw).",
    },
  },
});
