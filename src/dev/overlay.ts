/**
 * What `errata dev` adds to the HTML pages it serves, and only there: its client script and
 * stylesheet, served as files so the site's Content-Security-Policy (script-src 'self',
 * style-src 'self') holds unchanged; a note on where search comes from; and, when the page's
 * file has diagnostics, an overlay at the top of the page listing them.
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';

export const CLIENT_SCRIPT = '/__errata/dev.js';
export const CLIENT_STYLES = '/__errata/dev.css';
export const EVENTS = '/__errata/events';

/**
 * `generation`: the server's count of changes when the page was made; a tab that connects to
 * the events after a later change to its page reloads at once (a change can come between
 * a reload and the new page's connection).
 */
export function injectDev(
  html: string,
  options: { diagnostics: readonly Diagnostic[]; file?: string; search: string; generation: number },
): string {
  const head = `<link rel="stylesheet" href="${CLIENT_STYLES}"><script type="module" src="${CLIENT_SCRIPT}"></script>`;
  const body = `${overlay(options.diagnostics, options.file)}<p class="errata-dev-note" id="errata-dev-note" data-generation="${options.generation}">${escape(options.search)}</p>`;
  let out = html.includes('</head>') ? html.replace('</head>', `${head}</head>`) : head + html;
  const open = /<body\b[^>]*>/i.exec(out);
  out = open ? out.slice(0, open.index + open[0].length) + body + out.slice(open.index + open[0].length) : body + out;
  return out;
}

/** The overlay: a labelled alert region, one item per diagnostic (file:line:column, message, hint), a close button. */
export function overlay(diagnostics: readonly Diagnostic[], file?: string): string {
  if (diagnostics.length === 0) return '';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const count = `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}${errors ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}`;
  const items = diagnostics
    .map(
      (d) =>
        `<li class="errata-dev-${d.severity}"><span class="errata-dev-severity">${d.severity}</span> <code class="errata-dev-where">${escape(`${d.file}:${d.line}:${d.column}`)}</code> <span class="errata-dev-message">${escape(d.message)}</span> <span class="errata-dev-rule">${escape(d.rule)}</span>${d.hint ? `<p class="errata-dev-hint">${escape(d.hint)}</p>` : ''}</li>`,
    )
    .join('');
  return (
    `<section id="errata-dev-overlay" class="errata-dev-overlay" role="alert" aria-labelledby="errata-dev-overlay-title" tabindex="-1" lang="en" dir="ltr">` +
    `<h2 id="errata-dev-overlay-title">errata dev: ${escape(count)}${file ? ` in ${escape(file)}` : ''}</h2>` +
    `<button type="button" class="errata-dev-close" aria-label="Close the problem list">×</button>` +
    `<ul>${items}</ul></section>`
  );
}

/** A page for an article that cannot be published and was never served well: only its problems. */
export function problemPage(file: string, diagnostics: readonly Diagnostic[], csp: string): string {
  return (
    `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escape(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(file)} · errata dev</title><link rel="stylesheet" href="/site.css"></head>` +
    `<body><main id="main"><h1>${escape(file)}</h1><p>This article cannot be published until the errors below are fixed. The page reloads when you save.</p></main></body></html>`
  );
}

/** What a request that failed in dev shows: the error, in a page that still reloads with the next save. */
export function errorPage(path: string, message: string, csp: string): string {
  return (
    `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${escape(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(path)} · errata dev</title><link rel="stylesheet" href="/site.css"></head>` +
    `<body><main id="main"><h1>errata dev could not make this page</h1><p><code>${escape(path)}</code>: ${escape(message)}</p>` +
    '<p>The terminal running errata dev says more. The page reloads when you save.</p></main></body></html>'
  );
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
