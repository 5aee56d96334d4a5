import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/core/parse/body-scan.ts';

describe('body scan', () => {
  it('finds inline code, HTML tags and headings with file positions', () => {
    const body = '# Title <a name="x"></a>\n\nRun `Get-Mailbox <Identity>` then <b>go</b>.\n';
    const scan = scanBody(body, 10);
    expect(scan.headings).toEqual([{ index: 0, depth: 1, raw: 'Title <a name="x"></a>' }]);
    expect(scan.codeSpans.map((s) => s.text)).toEqual(['Get-Mailbox <Identity>']);
    // The placeholder inside inline code is not a tag.
    expect(scan.tags.map((t) => `${t.closing ? '/' : ''}${t.name}`)).toEqual(['a', '/a', 'b', '/b']);
    const bold = scan.tags.find((t) => t.name === 'b')!;
    expect(scan.lines.position(bold.index)).toEqual({ line: 12, column: 35 });
  });

  it('skips fenced code blocks, including unclosed ones', () => {
    const scan = scanBody('```html\n<script>x</script>\n```\n<i>after</i>\n~~~\n<iframe>', 1);
    expect(scan.tags.map((t) => t.name)).toEqual(['i', 'i']);
    expect(scan.codeBlocks).toHaveLength(2);
  });

  it('ignores escaped backticks and angle brackets', () => {
    const scan = scanBody('a \\`not code\\` and \\<b> text', 1);
    expect(scan.codeSpans).toEqual([]);
    expect(scan.tags).toEqual([]);
  });
});
