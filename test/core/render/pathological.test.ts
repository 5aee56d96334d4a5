/**
 * Input nested far deeper than any real article (the corpus nests 6 deep) must not take the
 * render process down. errata check refuses deep block nesting (file-too-complex), but not
 * inline nesting, and the renderer must survive either: such an article renders flattened.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES, renderWith } from './engines.ts';

const cases = [
  ['inline HTML tags 20,000 deep', `${'<b>'.repeat(20_000)}deep text${'</b>'.repeat(20_000)}\n`],
  ['block quotes 3,000 deep', `${'>'.repeat(3_000)} deep text\n`],
  ['links and emphasis 2,000 deep', `${'[_'.repeat(1_000)}deep text${'_](https://example.com)'.repeat(1_000)}\n`],
] as const;

describe.each(ENGINES)('rendered with %s', (engine) => {
  const { render } = renderWith(engine);

  // Checked with regular expressions: the test helpers' own tree walks recurse too.
  it.each(cases)('%s: renders, keeps the text, and writes only the tags it was given', (_, markdown) => {
    const { html, text } = render(markdown);
    expect(text).toContain('deep text');
    expect(html).toContain('deep text');
    for (const tag of html.match(/<[a-z]+/g) ?? []) expect(['<b', '<p', '<blockquote', '<a', '<em']).toContain(tag);
    expect(html).not.toMatch(/\son[a-z]+=|javascript:/i);
  });
});
