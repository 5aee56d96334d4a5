// Side-by-side machine translations: each sentence's English original on focus (and on
// hover, by CSS alone), and the whole article in English with one button or the O key.
// The reader's choice is remembered for every article.
const STORAGE_KEY = 'errata.showOriginal';
const SOURCE_LANG = 'en-US';

const article = document.querySelector('article[data-translation="MT"]');
const prose = article?.querySelector('.prose');
const control = article?.querySelector('.original-control');
const button = control?.querySelector('button');

const segments = prose ? describedSegments(prose) : [];

if (prose && control && button) {
  const toggle = () => showOriginal(!prose.classList.contains('show-original'), true);
  button.addEventListener('click', toggle);
  document.addEventListener('keydown', (event) => {
    // event.code, not event.key: the same key works on Arabic, Ukrainian or any layout.
    if (event.code !== 'KeyO' || event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    toggle();
  });
  control.hidden = false;
  showOriginal(remembered(), false);
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
  if (!remember) return;
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode); the switch still works for this page.
  }
}

function remembered() {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}
