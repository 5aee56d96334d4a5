/** Units and protected elements: what a translator gets to translate, and what they cannot touch. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { pseudoLocalize, textLength } from '../../../src/core/translate/pseudo.ts';
import { protectedElements, segmentBody, spell, type Part } from '../../../src/core/translate/segment.ts';
import { sourceArticle } from '../../../src/core/translate/source-units.ts';
import { REPO } from '../../helpers/content.ts';
import { SOURCE } from './helpers.ts';

const { registry } = loadRegistry(join(REPO, 'content'));

const texts = (parts: Part[]): string =>
  parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'ph' ? `{${p.data}}` : `<${texts(p.children)}>`)).join('');

describe('segmenting a source article', () => {
  const article = sourceArticle('en-us/aadsts50000.md', SOURCE, registry);
  const byText = article.units.map((u) => `${u.name}: ${texts(u.parts)}`);

  it('makes a unit of the title, each heading, paragraph and table cell — not of code, alerts, images or bare links', () => {
    expect(byText).toEqual([
      'title: Troubleshoot error {AADSTS50000}: sign-in',
      'heading: {<a name="aadsts50000">}{</a>}Troubleshoot error {AADSTS50000}',
      'paragraph: When you sign in, you see <{AADSTS50000}> and {`invalid_grant`} in the response.{\n}The message continues on a second line.',
      'paragraph: Open <the admin center> and select <Users>.',
      'paragraph: Run this command:',
      'paragraph: Sign-in logs keep 30 days of events.',
      'cell: Code',
      'cell: Meaning',
      'cell: A token could not be issued \\| retried',
      'paragraph: See {<https://learn.microsoft.com>} for more.',
    ]);
  });

  it('spells each body unit as exactly the bytes of the source it stands for', () => {
    const body = SOURCE.slice(article.bodyStart);
    for (const unit of article.units)
      if ('start' in unit.place) expect(spell(unit.parts)).toBe(body.slice(unit.place.start, unit.place.end));
  });

  it('keeps a link address, a code and inline code in the protected elements, never in the text', () => {
    const step = article.units.find((u) => texts(u.parts).startsWith('Open'))!;
    const link = [...protectedElements(step.parts).values()].find((e) => e.kind === 'pc' && e.role === 'link');
    expect(link).toMatchObject({ open: '[', close: '](https://admin.microsoft.com "Admin")' });
    const prose = article.units.flatMap((u) => u.parts.filter((p) => p.kind === 'text').map((p) => p.text));
    expect(prose.join(' ')).not.toMatch(/AADSTS50000|invalid_grant|admin\.microsoft\.com/);
  });

  it('leaves the line break and quote marks of a paragraph as a placeholder that may be deleted', () => {
    const body = 'A line\n> inside\n';
    const [unit] = segmentBody(`> ${body}`, registry);
    const breaks = unit!.parts.filter((p) => p.kind === 'ph' && p.role === 'line-break');
    expect(breaks).toEqual([expect.objectContaining({ data: '\n> ', canDelete: true })]);
  });
});

describe('pseudo-localization', () => {
  const parts = sourceArticle('en-us/aadsts50000.md', SOURCE, registry).units[2]!.parts;
  const pseudo = pseudoLocalize(parts);
  const text = spell(pseudo);

  it('accents the letters, brackets the unit and makes it about 30% longer', () => {
    expect(text.startsWith('[!! ')).toBe(true);
    expect(text.endsWith('!!]')).toBe(true);
    expect(text).toMatch(/Ŵĥé+ñ ýöû+ šîĝñ/);
    const grown = textLength(pseudo) / textLength(parts);
    expect(grown).toBeGreaterThanOrEqual(1.3);
    expect(grown).toBeLessThan(1.35);
  });

  it('leaves every protected element as it was', () => {
    const shape = (ps: Part[]) =>
      [...protectedElements(ps).values()].map((e) => (e.kind === 'ph' ? [e.id, e.data] : [e.id, e.open, e.close]));
    expect(shape(pseudo)).toEqual(shape(parts));
    expect(text).toContain('**AADSTS50000**');
    expect(text).toContain('`invalid_grant`');
  });

  it('keeps Markdown escapes and character references', () => {
    const escaped: Part[] = [{ kind: 'text', text: 'Tom \\& Jerry &amp; friends' }];
    const text = spell(pseudoLocalize(escaped));
    expect(text).toContain(' \\& ');
    expect(text).toContain(' &amp; ');
    expect(text).toMatch(/^\[!! Ţö+ɱ \\& Ĵéŕŕý &amp; ƒŕî+é+ñđš ~*!!\]$/);
  });
});
