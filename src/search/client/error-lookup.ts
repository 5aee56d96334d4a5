/**
 * /<locale>/error-lookup.js: the home page's error lookup. The reader pastes a whole error
 * message; the codes in it are recognized by /<locale>/search.js (the core's recognizers),
 * /api/codes.json says where each code's articles are, and the reader goes to the article
 * in their language — or is told there is none and offered the English one.
 */
import { lookupTarget, type CodesFile } from './lookup-target.ts';

interface SearchModule {
  locale: string;
  recognizeCodes(text: string): Array<{ code: string; indexed: boolean }>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-lookup]');
const output = document.querySelector<HTMLElement>('[data-lookup-result]');
let codesFile: Promise<CodesFile> | undefined;

if (form && output) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const say = (key: string, code = '', link?: { url: string; text: string; lang: string }) => {
    output.replaceChildren(strings[key]!.replace('[CODE]', code));
    if (link) {
      const a = document.createElement('a');
      a.href = link.url;
      a.textContent = link.text;
      a.hreflang = link.lang;
      output.append(' ', a);
      a.focus();
    }
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = new FormData(form).get('message')?.toString() ?? '';
    say('searching');
    try {
      const search = (await import(new URL('./search.js', import.meta.url).href)) as SearchModule;
      codesFile ??= fetch(form.dataset.codes ?? '/api/codes.json').then(
        (response) => response.json() as Promise<CodesFile>,
      );
      const target = lookupTarget(search.recognizeCodes(message), await codesFile, search.locale);
      if (target.kind === 'article') return location.assign(target.url);
      if (target.kind === 'search') {
        const first = (await search.search(target.code)).results[0];
        if (first) return location.assign((await first.data()).url);
      }
      if (target.kind === 'source')
        return say('source', target.code, {
          url: target.url,
          text: strings.sourceLink!,
          lang: form.dataset.sourceTag ?? 'en-US',
        });
      say(target.kind === 'none' ? 'noCode' : 'unknown', 'code' in target ? target.code : '');
    } catch {
      codesFile = undefined;
      say('failed');
    }
  });
}
