// errata dev's client: reloads the page when the server says its file (or the site) changed,
// and makes the problem overlay dismissible (its button, Escape). Served only by errata dev.
const overlay = document.getElementById('errata-dev-overlay');
if (overlay) {
  const close = () => {
    overlay.hidden = true;
  };
  overlay.querySelector('.errata-dev-close')?.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !overlay.hidden) close();
  });
  overlay.querySelector('.errata-dev-close')?.focus({ preventScroll: true });
}

const here = decodeURIComponent(location.pathname);
const generation = document.getElementById('errata-dev-note')?.dataset.generation ?? '0';
const events = new EventSource(`/__errata/events?path=${encodeURIComponent(location.pathname)}&since=${generation}`);
events.addEventListener('change', (event) => {
  const change = JSON.parse(event.data);
  // A locale's lists: its home and article-list pages, and the root and status pages that count its articles.
  const isList = (locale) =>
    here === '/' ||
    here.startsWith('/status/') ||
    here === `/${locale}/` ||
    here.startsWith(`/${locale}/articles/`) ||
    here.endsWith('/404.html');
  if (change.all || change.paths.some((path) => decodeURIComponent(path) === here) || (change.lists ?? []).some(isList))
    location.reload();
});
