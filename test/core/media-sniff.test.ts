/**
 * A media file's bytes must be the type its name says (core/media/sniff-media.ts, rule
 * media-unsafe-type): an HTML page named x.png is refused as an error, an empty or unknown file
 * as a warning, and an image under another image type's name is published. The quick signature
 * check gives the answers file-type gives, and file-type (run in a worker, waited for
 * synchronously) names what the other bytes are.
 */
import { describe, expect, it } from 'vitest';
import { fileTypeFromBuffer } from 'file-type';
import { mediaFiles } from '../../src/core/media/media-files.ts';
import { signatureFamily, sniffMarkup } from '../../src/core/media/sniff-media.ts';
import { makeContent } from '../helpers/content.ts';
import { GIF, JPEG, PDF, PNG, WEBP } from '../helpers/media.ts';

const AVIF = Buffer.from('0000001c667479706176696600000000617669666d6966316d696166', 'hex');
const BMP = Buffer.concat([Buffer.from('BM'), Buffer.alloc(12), Buffer.from([40, 0, 0, 0]), Buffer.alloc(36)]);
const ICO = Buffer.from('000001000100101000000000000068050000160000', 'hex');
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const TIFF = Buffer.concat([Buffer.from('49492a0008000000', 'hex'), Buffer.alloc(200)]);
const HTML = '<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n';

/** `mediaFiles` of a locale whose media are `files`: what is published, and [file, message id, severity] for the rest. */
function judged(files: Record<string, string | Uint8Array>) {
  const content = makeContent(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [`en-us/media/${name}`, data])),
  );
  const { files: published, diagnostics } = mediaFiles(content, 'en-us');
  return {
    published: published.map((file) => file.slice('en-us/media/'.length)),
    reported: diagnostics.map((d) => [d.file.slice('en-us/media/'.length), d.rule, d.severity] as const),
    messages: diagnostics.map((d) => d.message),
    hints: diagnostics.map((d) => d.hint),
  };
}

describe('media whose bytes are not what their name says', () => {
  it('refuses an HTML page named .png as an error that says what the bytes are', () => {
    const { published, reported, messages, hints } = judged({ 'x.png': HTML, 'ok.png': PNG });
    expect(published).toEqual(['ok.png']);
    expect(reported).toEqual([['x.png', 'media-unsafe-type', 'error']]);
    expect(messages[0]).toBe(
      'en-us/media/x.png is named as a PNG image, but its bytes are an HTML page: a browser or a download could open it as what it really is, so it is not published.',
    );
    expect(hints[0]).toMatch(/Replace it with the real file or remove it/);
  });

  it('publishes real images and PDF documents', () => {
    expect(
      judged({
        'a.png': PNG,
        'b.gif': GIF,
        'c.webp': WEBP,
        'd.jpg': JPEG,
        'e.JPEG': JPEG,
        'f.avif': AVIF,
        'g.bmp': BMP,
        'h.ico': ICO,
        'i.pdf': PDF,
      }),
    ).toMatchObject({
      published: ['a.png', 'b.gif', 'c.webp', 'd.jpg', 'e.JPEG', 'f.avif', 'g.bmp', 'h.ico', 'i.pdf'],
      reported: [],
    });
  });

  it('publishes an image under another image type’s name without a word: browsers show it by its bytes', () => {
    expect(judged({ 'photo.png': JPEG, 'anim.gif': PNG, 'shot.jpg': WEBP })).toMatchObject({
      published: ['anim.gif', 'photo.png', 'shot.jpg'],
      reported: [],
    });
  });

  it('refuses markup, text, PDF and programs under an image name as errors, naming each', () => {
    const { published, reported, messages } = judged({
      'page.gif': `\ufeff  ${HTML}`,
      'utf16.png': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('<html><script>alert(1)</script>', 'utf16le'),
      ]),
      'comment.png': '<!-- x --><p onclick="alert(1)">x</p>',
      'logo.png': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'prolog.png':
        '<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'feed.png': '<?xml version="1.0"?>\n<rss></rss>',
      'script.png': 'alert(document.cookie)\n',
      'doc.png': PDF,
      'setup.gif': EXE,
      'tool.jpg': ELF,
    });
    expect(published).toEqual([]);
    expect(reported.every(([, rule, severity]) => rule === 'media-unsafe-type' && severity === 'error')).toBe(true);
    const says = Object.fromEntries(
      reported.map(([file], i) => [file, messages[i]!.replace(/^.*its bytes are (.*): a browser.*$/, '$1')]),
    );
    expect(says).toEqual({
      'page.gif': 'an HTML page',
      'utf16.png': 'an HTML page',
      'comment.png': 'an HTML page',
      'logo.png': 'an SVG image (SVG can carry script)',
      'prolog.png': 'an SVG image (SVG can carry script)',
      'feed.png': 'an XML document (it can carry script)',
      'script.png': 'text (it could be a script)',
      'doc.png': 'a PDF document',
      'setup.gif': 'a Windows program (application/x-msdownload)',
      'tool.jpg': 'a Linux program (application/x-elf)',
    });
  });

  it('refuses an empty file as a warning', () => {
    const { published, reported, messages } = judged({ 'empty.png': '' });
    expect(published).toEqual([]);
    expect(reported).toEqual([['empty.png', 'media-unsafe-type', 'warning']]);
    expect(messages[0]).toBe(
      'en-us/media/empty.png is empty: there is no image or document in it, so it is not published.',
    );
  });

  it('publishes a truncated image that still starts as one, and refuses one cut inside its signature as a warning', () => {
    const { published, reported, messages } = judged({
      'cut.png': PNG.subarray(0, 20),
      'stub.png': PNG.subarray(0, 3),
    });
    expect(published).toEqual(['cut.png']);
    expect(reported).toEqual([['stub.png', 'media-unsafe-type', 'warning']]);
    expect(messages[0]).toBe(
      'en-us/media/stub.png is named as a PNG image, but its bytes are no type errata recognises (the file may be damaged), so it is not published.',
    );
  });

  it('refuses other types and documents under the wrong name as warnings', () => {
    const { published, reported, messages } = judged({ 'scan.png': TIFF, 'guide.pdf': PNG });
    expect(published).toEqual([]);
    expect(reported).toEqual([
      ['guide.pdf', 'media-unsafe-type', 'warning'],
      ['scan.png', 'media-unsafe-type', 'warning'],
    ]);
    expect(messages).toEqual([
      'en-us/media/guide.pdf is named as a PDF document, but its bytes are a PNG image, so it is not published.',
      'en-us/media/scan.png is named as a PNG image, but its bytes are a TIF file (image/tiff), so it is not published.',
    ]);
  });

  it('reads only the start of a large file', () => {
    const big = Buffer.concat([PNG, Buffer.alloc(8 * 1024 * 1024)]);
    const start = performance.now();
    expect(judged({ 'big.png': big }).published).toEqual(['big.png']);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('the signature check', () => {
  it('gives the answer file-type gives for every published type', async () => {
    const samples: Array<[Buffer, string]> = [
      [PNG, 'png'],
      [JPEG, 'jpg'],
      [GIF, 'gif'],
      [WEBP, 'webp'],
      [AVIF, 'avif'],
      [BMP, 'bmp'],
      [ICO, 'ico'],
      [PDF, 'pdf'],
    ];
    for (const [bytes, family] of samples) {
      expect(signatureFamily(bytes), family).toBe(family);
      expect((await fileTypeFromBuffer(bytes))?.ext, family).toBe(family);
    }
    for (const other of [EXE, ELF, TIFF, Buffer.from(HTML), Buffer.from([0xff, 0xd8, 0xff, 0xf7, 0, 0])])
      expect(signatureFamily(other)).toBeUndefined();
  });

  it('finds markup only at the start, as browsers sniff it', () => {
    expect(sniffMarkup(Buffer.from('  \n<HTML>'))).toBe('an HTML page');
    expect(sniffMarkup(Buffer.from('<b>bold</b>'))).toBe('an HTML page');
    expect(sniffMarkup(Buffer.from('Text that mentions <html> later'))).toBeUndefined();
    expect(sniffMarkup(Buffer.from('<blockquote>'))).toBeUndefined();
    expect(sniffMarkup(PNG)).toBeUndefined();
  });
});
