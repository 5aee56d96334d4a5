// The header's search field on pages other than homes (components/Search.astro): a plain
// field until the reader goes to it — focus, a tap, or `/` anywhere outside a text field —
// and then the locale's search UI (/<locale>/search-ui.js and its stylesheet), which takes
// the field's place, its text and its focus. An article page thus carries no search script
// it does not use.
const box = document.querySelector('[data-search-ui][data-module]');
const landmark = box?.querySelector('[data-search-standin]');
const standin = landmark?.querySelector('input');

if (box && landmark && standin) {
  landmark.hidden = false;
  let loading;
  const load = () => {
    if (!loading) {
      const styles = document.createElement('link');
      styles.rel = 'stylesheet';
      styles.href = box.dataset.styles;
      document.head.append(styles);
      loading = import(box.dataset.module);
      document.removeEventListener('keydown', onSlash);
    }
    return loading;
  };
  function onSlash(event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    standin.focus();
  }
  standin.addEventListener('focus', load, { once: true });
  standin.addEventListener('pointerdown', load, { once: true });
  document.addEventListener('keydown', onSlash);
}
