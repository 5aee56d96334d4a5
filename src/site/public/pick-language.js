// `/`: takes the reader to the language their browser asks for. The page is a plain list
// of links without this; a reader who came here from the site itself stays to choose.
const links = [...document.querySelectorAll('.language-list a[hreflang]')];
const cameFromSite = document.referrer && new URL(document.referrer).origin === location.origin;

const target = cameFromSite ? undefined : pick(navigator.languages ?? [navigator.language]);
if (target) location.replace(target.href);

function pick(wanted) {
  const tags = links.map((link) => link.hreflang.toLowerCase());
  for (const tag of wanted.map((w) => w.toLowerCase())) {
    const exact = tags.indexOf(tag);
    if (exact !== -1) return links[exact];
  }
  // No exact match: the first site language of the reader's first language that has one (`sv` → `sv-SE`).
  for (const tag of wanted.map((w) => w.toLowerCase().split('-')[0])) {
    const same = tags.findIndex((t) => t.split('-')[0] === tag);
    if (same !== -1) return links[same];
  }
  return undefined;
}
