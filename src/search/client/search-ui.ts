/**
 * /<locale>/search-ui.js: Pagefind's own search UI (@pagefind/default-ui) in the home
 * page's search box, in the page's language (strings from locales/<locale>.json, written
 * into the page by Search.astro), running errata's /<locale>/search.js through the adapter
 * Pagefind's UI loads as its "pagefind.js" (pagefind-adapter.js, which reports each search).
 * Under a search for a code this locale has no page for, a status line says so and points
 * to the error lookup.
 */
import { PagefindUI } from '@pagefind/default-ui';

interface SearchDone {
  query: string;
  count: number;
  kind: 'codes' | 'text' | 'empty';
  codes: string[];
}

const root = document.querySelector<HTMLElement>('[data-search-ui]');
const hint = document.querySelector<HTMLElement>('[data-search-hint]');

if (root) {
  // Pages other than homes show a plain field until this loads (public/search-loader.js): take its place, its text and its focus.
  const standin = root.querySelector<HTMLElement>('[data-search-standin]');
  const field = standin?.querySelector('input');
  const typed = field?.value ?? '';
  const focused = field !== undefined && field !== null && document.activeElement === field;
  standin?.remove();
  const ui = new PagefindUI({
    element: root,
    bundlePath: root.dataset.bundle,
    translations: JSON.parse(root.dataset.searchUi ?? '{}'),
    showImages: false,
    showSubResults: false,
    excerptLength: 24,
  });
  fitResultsToHeader(root);
  // Pagefind's input is named by its title only; the label Search.astro shows names it for everyone.
  const input = root.querySelector('input');
  input?.setAttribute('id', 'search-input');
  if (focused) input?.focus();
  if (typed) ui.triggerSearch(typed);
  // The result count ("3 results for …") is said to screen readers once it settles: Pagefind's
  // own message is in no live region. The "searching…" message in between is not said.
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  let settle: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver(() => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
      const searching =
        root.querySelector('.pagefind-ui__result-skeleton') !== null ||
        root.querySelector('.pagefind-ui__results') === null;
      if (status && (!message || !searching)) status.textContent = message;
    }, 400);
  }).observe(root, { childList: true, subtree: true, characterData: true });
  document.addEventListener('errata:search', (event) => {
    const { count, kind, codes } = (event as CustomEvent<SearchDone>).detail;
    if (kind === 'codes' && count === 0 && codes.length > 0) showHint(codes);
    else hint?.replaceChildren();
  });
  // Emptying the box (typing, Escape or its clear button) also clears the hint.
  root.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && !event.target.value) hint?.replaceChildren();
  });
  root.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.pagefind-ui__search-clear')) hint?.replaceChildren();
  });
  // `/` jumps to the box. Pagefind's focusOnSlash would, but its npm build registers it in
  // a mount hook its bundle replaced with the server-side no-op (@pagefind/default-ui 1.5.2).
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    document.getElementById('search-input')?.focus();
  });
}

/**
 * The results open under the box as wide as the header's content: the box shares its line with
 * the site's name and the language switcher, and results only as wide as it wrapped a title every
 * few words and cut its excerpt. Pagefind places them from its form, which also holds the icon
 * and the clear button, so the form stays their frame and site.css stretches the results by
 * these two lengths, kept current as the header's layout changes.
 */
function fitResultsToHeader(root: HTMLElement): void {
  const header = root.closest('header');
  const form = root.querySelector<HTMLElement>('.pagefind-ui__form');
  if (!header || !form) return;
  const fit = () => {
    const box = header.getBoundingClientRect();
    const style = getComputedStyle(header);
    const own = form.getBoundingClientRect();
    const left = own.left - (box.left + parseFloat(style.paddingLeft));
    const right = box.right - parseFloat(style.paddingRight) - own.right;
    form.style.setProperty('--results-left', `${-Math.max(0, left)}px`);
    form.style.setProperty('--results-right', `${-Math.max(0, right)}px`);
  };
  // The box moves when the header's size changes, and when its neighbours' do, which resizes it.
  // An observer also reports each element's size when it starts observing: the first fit, before the first paint.
  const observer = new ResizeObserver(fit);
  observer.observe(header);
  observer.observe(form);
}

/** "No page has 5.7.999" and the way to the error lookup, in the status region under the box. */
function showHint(codes: string[]): void {
  if (!hint) return;
  const link = document.createElement('a');
  // The lookup is on the locale's home; the search box is in every page's header.
  link.href = hint.dataset.lookup ?? '#error-lookup';
  link.textContent = hint.dataset.link ?? '';
  hint.replaceChildren((hint.dataset.template ?? '').replace('[CODE]', codes.join(', ')), ' ', link);
}
