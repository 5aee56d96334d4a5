/** `errata build --markdown` takes one of the two engines and refuses anything else before building. */
import { describe, expect, it } from 'vitest';
import { errata } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/content.ts';

describe('errata build --markdown', () => {
  it('refuses an engine it does not have, naming the ones it has, without building', () => {
    const out = tempDir('errata-markdown-option-');
    const { status, stderr } = errata(['build', '--markdown', 'commonmark', '--out', out]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--markdown takes satteri or reference \(got "commonmark"\)/);
  });

  it('lists the engines in its help', () => {
    const { status, stdout } = errata(['build', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('--markdown satteri|reference');
  });
});
