// Side-by-side machine translations: each sentence's English original on focus (and on
// hover, by CSS alone), and the whole article in English with one button or the O key.
// The reader's choices are remembered for every article: the English shown or not, and the
// one-key shortcut on or off (WCAG 2.1.4: a single-character shortcut can be turned off).
const STORAGE_KEY = 'errata.showOriginal';
const SHORTCUT_OFF_KEY = 'errata.originalShortcutOff';
const SOURCE_LANG = 'en-US';

const article = document.querySelector('article[data-translation="MT"]');
const prose = article?.querySelector('.prose');
const control = article?.querySelector('.original-control');
const button = control?.querySelector('button');
const shortcut = control?.querySelector('input[data-shortcut]');

const segments = prose ? describedSegments(prose) : [];

if (prose && control && button) {
  const toggle = () => showOriginal(!prose.classList.contains('show-original'), true);
  button.addEventListener('click', toggle);
  if (shortcut) {
    useShortcut(!stored(SHORTCUT_OFF_KEY));
    shortcut.addEventListener('change', () => {
      useShortcut(shortcut.checked);
      store(SHORTCUT_OFF_KEY, !shortcut.checked);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (shortcut && !shortcut.checked) return;
    // event.code, not event.key: the same key works on Arabic, Ukrainian or any layout.
    if (
      event.code !== 'KeyO' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.repeat ||
      event.defaultPrevented
    )
      return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    toggle();
  });
  control.hidden = false;
  showOriginal(stored(STORAGE_KEY), false);
}

function useShortcut(on) {
  shortcut.checked = on;
  if (on) button.setAttribute('aria-keyshortcuts', 'O');
  else button.removeAttribute('aria-keyshortcuts');
}

/** Segments with an English original, each described by it for screen readers. */
function describedSegments(root) {
  let count = 0;
  return [...root.querySelectorAll('.sxs > .sxs-o')].map((original) => {
    original.id ||= `sxs-o-${++count}`;
    original.parentElement.setAttribute('aria-describedby', original.id);
    return original.parentElement;
  });
}

function showOriginal(on, remember) {
  prose.classList.toggle('show-original', on);
  // Sentences take focus to show their English; with the English all shown there is nothing to reveal.
  for (const segment of segments) segment.tabIndex = on ? -1 : 0;
  // The English reads left to right in its own language, even inside an Arabic page.
  if (on) {
    prose.lang = SOURCE_LANG;
    prose.dir = 'ltr';
  } else {
    prose.removeAttribute('lang');
    prose.removeAttribute('dir');
  }
  button.textContent = on ? button.dataset.showTranslation : button.dataset.showOriginal;
  if (remember) store(STORAGE_KEY, on);
}

function store(key, on) {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage may be off (private mode); the switch still works for this page.
  }
}

function stored(key) {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}
