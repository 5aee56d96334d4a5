import { describe, expect, it } from 'vitest';
import { MediaIndex } from '../../../src/core/media/media-index.ts';
import { makeContent } from '../../helpers/content.ts';

const index = MediaIndex.fromFiles([
  'article.md',
  'commercial-dialogues/unblock-email.md',
  'media/Screen Shot.PNG',
  'media/a%20b.png',
  'media/logo.png',
  'media/sub/Deep.gif',
]);
const resolve = (href: string, from = 'article.md') => index.resolve(from, href);

describe('media index', () => {
  it('resolves relative links to files that exist as written', () => {
    expect(resolve('media/logo.png')).toEqual({ status: 'ok', target: 'media/logo.png' });
    expect(resolve('./media/logo.png')).toEqual({ status: 'ok', target: 'media/logo.png' });
    expect(resolve('../media/logo.png', 'commercial-dialogues/unblock-email.md')).toEqual({
      status: 'ok',
      target: 'media/logo.png',
    });
    expect(resolve('unblock-email.md', 'commercial-dialogues/unblock-email.md')).toEqual({
      status: 'ok',
      target: 'commercial-dialogues/unblock-email.md',
    });
  });

  it('ignores #fragments and ?queries, and decodes %-escapes, Markdown escapes and entities', () => {
    expect(resolve('media/logo.png#big')).toMatchObject({ status: 'ok', target: 'media/logo.png' });
    expect(resolve('media/logo.png?raw=true')).toMatchObject({ status: 'ok', target: 'media/logo.png' });
    expect(resolve('media/Screen%20Shot.PNG')).toMatchObject({ status: 'ok', target: 'media/Screen Shot.PNG' });
    expect(resolve('<media/Screen Shot.PNG>')).toMatchObject({ status: 'ok', target: 'media/Screen Shot.PNG' });
    expect(resolve('media/logo\\.png')).toMatchObject({ status: 'ok', target: 'media/logo.png' });
    expect(resolve('media/logo&#46;png')).toMatchObject({ status: 'ok', target: 'media/logo.png' });
    // A file really named with a `%` is found by its name as written.
    expect(resolve('media/a%20b.png')).toMatchObject({ status: 'ok', target: 'media/a%20b.png' });
  });

  it('tells a link whose case differs from the file on disk, and names the real file', () => {
    expect(resolve('media/screen%20shot.png')).toEqual({ status: 'case-mismatch', target: 'media/Screen Shot.PNG' });
    expect(resolve('Media/Sub/deep.GIF')).toEqual({ status: 'case-mismatch', target: 'media/sub/Deep.gif' });
    expect(resolve('../MEDIA/LOGO.png', 'commercial-dialogues/unblock-email.md')).toEqual({
      status: 'case-mismatch',
      target: 'media/logo.png',
    });
  });

  it('reports links to nothing as missing, and flags those that leave the locale folder', () => {
    expect(resolve('media/nothing.png')).toEqual({ status: 'missing' });
    // Relative to the subfolder, media/ is not where the images are.
    expect(resolve('media/logo.png', 'commercial-dialogues/unblock-email.md')).toEqual({ status: 'missing' });
    expect(resolve('../media/logo.png')).toEqual({ status: 'missing', outside: true });
    expect(resolve('../../en-us/media/logo.png', 'commercial-dialogues/unblock-email.md')).toEqual({
      status: 'missing',
      outside: true,
    });
    expect(resolve('media/%E0%A4%A.png')).toEqual({ status: 'missing' });
  });

  it('treats URLs, data: URIs, site paths and same-page anchors as external', () => {
    for (const href of [
      'https://learn.microsoft.com/x.png',
      '//cdn.example.com/x.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'mailto:someone@example.com',
      'feedback-hub://',
      '/office/troubleshoot/x',
      '#section',
      '?q=1',
      '',
      '   ',
    ]) {
      expect(resolve(href), href).toEqual({ status: 'external' });
    }
  });

  it('builds from a locale folder on disk, subfolders included, and suggests same-name files', () => {
    const dir = makeContent({ 'zh-tw/a.md': '# A', 'zh-tw/media/X.png': 'png', 'zh-tw/includes/media/y.png': 'png' });
    const built = MediaIndex.build(`${dir}/zh-tw`);
    expect(built.size).toBe(3);
    expect(built.resolve('a.md', 'media/x.png')).toEqual({ status: 'case-mismatch', target: 'media/X.png' });
    expect(built.sameName('images/y.png')).toEqual(['includes/media/y.png']);
    expect(MediaIndex.build(`${dir}/no-such-locale`).resolve('a.md', 'media/X.png')).toEqual({ status: 'missing' });
  });
});
