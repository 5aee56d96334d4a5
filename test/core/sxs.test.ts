import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/core/parse/body-scan.ts';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { recoveredTitle, recoverSourceBody, sourceFrontMatter } from '../../src/core/sxs/recover-source.ts';
import { readSegments } from '../../src/core/sxs/segments.ts';
import { seedText } from '../helpers/seeds.ts';

const segmentsOf = (body: string) => {
  const scan = scanBody(body, 1);
  const { segments, diagnostics } = readSegments(scan, 'x.md');
  return { segments, diagnostics, text: (r?: [number, number]) => (r ? body.slice(r[0], r[1]) : undefined) };
};
const pair = (id: string, t: string, e: string, stu = id) =>
  `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${stu}">${e}</span></span>`;

describe('side-by-side segments', () => {
  it('reads the uk-UA seed into translated/English pairs with their lines', () => {
    const text = seedText('001_ad959f56cbb2ccbd.txt');
    const fm = parseFrontMatter('uk-ua/a.md', text);
    const scan = scanBody(fm.body, fm.bodyLine);
    const { segments, diagnostics } = readSegments(scan, 'uk-ua/a.md');
    expect(diagnostics).toEqual([]);
    expect(segments.map((s) => s.id)).toEqual([
      'd2766-102',
      'd2766-103',
      'd2766-104',
      'd2766-105',
      'd2766-106',
      'd2766-107',
      'd2766-108',
    ]);
    const s104 = segments[2]!;
    expect(fm.body.slice(...s104.source!)).toBe(
      "**AADSTS50000**: TokenIssuanceError - There's an issue with the sign-in service.",
    );
    expect(scan.lines.position(s104.start).line).toBe(27);
  });

  it('keeps nested spans inside a segment', () => {
    const { segments, text } = segmentsOf(pair('a-1', 'x <span class="k">y</span> z', 'X Y Z'));
    expect(text(segments[0]!.translated)).toBe('x <span class="k">y</span> z');
    expect(text(segments[0]!.source)).toBe('X Y Z');
  });

  it('reports a segment without its English and a stray English span', () => {
    const body = `<span data-ttu-id="a-1">only translated</span>\n\n<span class="sxs-lookup"><span data-stu-id="a-2">orphan</span></span>\n`;
    const { diagnostics } = segmentsOf(body);
    expect(diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['sxs-unpaired@1:1', 'sxs-unpaired@3:1']);
    expect(diagnostics.every((d) => d.hint.length > 0)).toBe(true);
  });

  it('reports mismatched ids and an unclosed segment', () => {
    expect(segmentsOf(pair('a-1', 't', 'e', 'a-9')).diagnostics.map((d) => d.rule)).toEqual(['sxs-id-mismatch']);
    expect(segmentsOf('<span data-ttu-id="a-1">never closed').diagnostics.map((d) => d.rule)).toEqual(['sxs-unpaired']);
  });
});

describe('source recovery', () => {
  it('recovers the English article from the sv-SE seed', () => {
    const text = seedText('004_a0054e2fb3b8548d.txt');
    const fm = parseFrontMatter('sv-se/a.md', text);
    const { segments } = readSegments(scanBody(fm.body, fm.bodyLine), 'sv-se/a.md');
    const body = recoverSourceBody(fm.body, segments);
    expect(body).toContain('# <a name="troubleshoot-aadsts50000-error-code"></a>Troubleshoot AADSTS50000 error code\n');
    expect(body).toContain("**AADSTS50000**: TokenIssuanceError - There's an issue with the sign-in service.");
    expect(body).not.toMatch(/data-ttu-id|sxs-lookup|Felsöka/);
    expect(recoveredTitle(body)).toBe('Troubleshoot AADSTS50000 error code');
    const yaml = sourceFrontMatter(fm.yaml, recoveredTitle(body));
    expect(yaml).toContain('title: Troubleshoot AADSTS50000 error code');
    expect(yaml).toContain('ms.date: 03/19/2021');
    expect(yaml).not.toMatch(
      /ms\.(contentlocale|translationtype|openlocfilehash|lasthandoff|locfileid|sourcegitcommit)/,
    );
  });
});
