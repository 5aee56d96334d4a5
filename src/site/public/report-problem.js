// "Report a translation problem" names the sentence the reader selected in the article, when
// there is one: it is added to the new issue's text as a quote. The selection is taken as the
// link is pressed (a click on a link can clear it before the click arrives); without this
// script, or without a selection, the issue still names the file, the locale and the page.
const link = document.querySelector('a[data-report-problem]');
const article = document.querySelector('article');

if (link && article) {
  const base = link.href;
  let selected = '';
  const remember = () => {
    const selection = document.getSelection();
    const inArticle =
      selection && selection.rangeCount > 0 && article.contains(selection.getRangeAt(0).commonAncestorContainer);
    selected = inArticle ? selection.toString().trim().replace(/\s+/g, ' ').slice(0, 1500) : '';
  };
  link.addEventListener('pointerdown', remember);
  link.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') remember();
  });
  link.addEventListener('click', () => {
    // The body is the last parameter of the prefilled link: the quote follows what it says.
    link.href = selected ? `${base}${encodeURIComponent(`\n\nThe sentence:\n> ${selected}`)}` : base;
  });
}
