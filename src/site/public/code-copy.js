// A copy button on every code block of an article: a real <button> (Tab reaches it, Enter
// and Space press it), named in the page's language from the article body's data-copy and
// data-copied (locales/<locale>.json: code.copy, code.copied). What was copied is said in a
// polite live region, so a screen reader hears it without the focus moving. The page reads
// fully without this script; without a clipboard (an insecure origin) no button is offered.
const prose = document.querySelector('.prose[data-copy]');

if (prose && navigator.clipboard) {
  const copyLabel = prose.dataset.copy;
  const copiedLabel = prose.dataset.copied;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  prose.after(status);

  for (const pre of prose.querySelectorAll('pre')) {
    const block = document.createElement('div');
    block.className = 'code-block';
    pre.replaceWith(block);
    block.append(pre);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = copyLabel;
    block.append(button);
    let reset;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
      } catch {
        return;
      }
      button.textContent = copiedLabel;
      status.textContent = copiedLabel;
      clearTimeout(reset);
      reset = setTimeout(() => {
        button.textContent = copyLabel;
        status.textContent = '';
      }, 2000);
    });
  }
}
