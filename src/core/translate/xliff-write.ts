/**
 * A handoff as XLIFF 2.1 (OASIS): one `<file>` per article, one `<unit>` per block, protected
 * elements as `<ph>`/`<pc>` with `canCopy="no"` and `canDelete="no"` (line breaks inside a
 * paragraph may be deleted: the translator reflows the sentence), the Markdown they stand for in
 * `<originalData>`, and the handoff facts in the Metadata module (`mda:`), which every XLIFF 2
 * tool keeps. `canResegment="no"`: a unit is a Markdown block, and takeback puts it back whole.
 */
import { META, type Handoff, type HandoffFile, type HandoffUnit } from './handoff-file.ts';
import type { Part } from './segment.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

export function writeXliff(handoff: Handoff): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.1" srcLang="${attr(handoff.srcLang)}" trgLang="${attr(handoff.trgLang)}">`,
  ];
  handoff.files.forEach((file, i) => out.push(...writeFile(file, i + 1)));
  out.push('</xliff>', '');
  return out.join('\n');
}

function writeFile(file: HandoffFile, n: number): string[] {
  const meta = (type: string, value: string) => `        <mda:meta type="${type}">${attr(value)}</mda:meta>`;
  return [
    `  <file id="f${n}" original="${attr(file.original)}" canResegment="no" xml:space="preserve">`,
    '    <mda:metadata>',
    '      <mda:metaGroup category="errata-handoff">',
    meta(META.source, file.source),
    meta(META.sourceSha1, file.sourceSha1),
    meta(META.state, file.state),
    meta(META.hash, file.hash),
    meta(META.lastHandoff, file.lastHandoff),
    meta(META.translationType, file.translationType),
    '      </mda:metaGroup>',
    '    </mda:metadata>',
    ...file.units.flatMap((unit) => writeUnit(file, unit)),
    '  </file>',
  ];
}

function writeUnit(file: HandoffFile, unit: HandoffUnit): string[] {
  const data: string[] = [];
  collectData(unit.parts, data);
  const state = unit.target ? ' state="translated"' : '';
  return [
    `    <unit id="${unit.id}" name="${attr(unit.name)}">`,
    `      <notes><note category="location">${text(`${file.source}:${unit.line}`)}</note></notes>`,
    ...(data.length ? ['      <originalData>', ...data.map((d) => `        ${d}`), '      </originalData>'] : []),
    `      <segment${state}>`,
    `        <source>${inline(unit.parts)}</source>`,
    ...(unit.target ? [`        <target>${inline(unit.target)}</target>`] : []),
    '      </segment>',
    '    </unit>',
  ];
}

function collectData(parts: Part[], into: string[]): void {
  for (const p of parts) {
    if (p.kind === 'ph') into.push(`<data id="d${p.id}">${text(p.data)}</data>`);
    if (p.kind === 'pc') {
      into.push(`<data id="d${p.id}s">${text(p.open)}</data>`, `<data id="d${p.id}e">${text(p.close)}</data>`);
      collectData(p.children, into);
    }
  }
}

const TYPE = {
  code: 'other',
  identifier: 'other',
  html: 'fmt',
  markup: 'fmt',
  'line-break': 'fmt',
  image: 'image',
  link: 'link',
  emphasis: 'fmt',
} as const;

function inline(parts: Part[]): string {
  return parts
    .map((p) => {
      if (p.kind === 'text') return text(p.text);
      if (p.kind === 'ph') {
        const lock = p.canDelete ? ' canCopy="no"' : ' canCopy="no" canDelete="no"';
        const sub = p.role === 'line-break' ? ' subType="xlf:lb"' : '';
        return `<ph id="${p.id}" dataRef="d${p.id}"${lock} type="${TYPE[p.role]}"${sub} disp="${attr(shorten(p.data))}"/>`;
      }
      return `<pc id="${p.id}" dataRefStart="d${p.id}s" dataRefEnd="d${p.id}e" canCopy="no" canDelete="no" type="${TYPE[p.role]}">${inline(p.children)}</pc>`;
    })
    .join('');
}

function shorten(data: string): string {
  const flat = data.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/**
 * Character data: escaped, and every character XML 1.0 cannot carry or would change — a carriage
 * return (parsers turn CR LF into LF), C0 controls, unpaired surrogates — as `<cp hex>`, so the
 * Markdown comes back byte for byte.
 */
function text(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
      (code >= 0xd800 && code <= 0xdfff) ||
      code === 0xfffe ||
      code === 0xffff
    )
      out += `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`;
    else out += ch;
  }
  return out;
}

/** An attribute value: as text(), quotes escaped, and no element (cp) allowed, so the rare unsafe character is dropped. */
function attr(value: string): string {
  return text(value.replace(/[\u0000-\u0008\u000b-\u001f\ud800-\udfff\ufffe\uffff\r]/gu, '')).replace(/"/g, '&quot;');
}
