/**
 * `errata new --code`: puts the code in its family's registry file when it is missing, and the
 * new article among the code's articles. The file is edited as a YAML document, so the
 * comments and the order writers gave it stay as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { canonicalCode } from '../codes/find.ts';
import type { Registry } from '../codes/registry.ts';

export type CodeRegistration =
  { file: string; code: string; summary?: string; text: string; added: boolean } | { problem: string };

export function registerCode(contentDir: string, registry: Registry, written: string, slug: string): CodeRegistration {
  const matches = registry.families.flatMap((family) => {
    const code = canonicalCode(written, family);
    return code ? [{ family, code }] : [];
  });
  if (matches.length === 0) {
    const families = registry.families.map((f) => f.id).join(', ') || 'none';
    return {
      problem: `"${written}" is not a code of any registered family (${families}). Add its family under error-codes/ first, or correct the code.`,
    };
  }
  // A code two families could claim goes to the one the registry already lists it in, else the first.
  const { family, code } = matches.find((m) => registry.codes.get(m.code)?.family === m.family.id) ?? matches[0]!;
  const registered = registry.codes.get(code);
  const file = registered?.file ?? family.file;
  const doc = parseDocument(readFileSync(join(contentDir, file), 'utf8'), { schema: 'failsafe' });
  const codes = doc.get('codes');
  if (!isSeq(codes)) return { problem: `${file} has no list of codes to add ${code} to.` };
  let entry = codes.items.find((item) => isMap(item) && canonicalCode(String(item.get('code')), family) === code) as
    YAMLMap | undefined;
  const added = entry === undefined;
  if (!entry) {
    entry = new YAMLMap();
    // Quoted as the registry's other codes are: `0x…` and digits stay strings for every reader.
    entry.set('code', Object.assign(doc.createNode(code), { type: Scalar.QUOTE_SINGLE }));
    codes.items.push(entry);
  }
  let articles = entry.get('articles');
  if (!isSeq(articles)) {
    articles = new YAMLSeq();
    entry.set('articles', articles);
  }
  const list = articles as YAMLSeq;
  if (!list.items.some((item) => String(isScalar(item) ? item.value : item) === slug)) list.add(doc.createNode(slug));
  return {
    file,
    code,
    ...(registered?.summary ? { summary: registered.summary } : {}),
    text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }),
    added,
  };
}
