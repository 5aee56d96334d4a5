/** Temporary content directories for tests. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

export const REPO = new URL('../../', import.meta.url).pathname;
/** The shared corpus folder (`ERRATA_CORPUS`); it may be absent: see helpers/corpus.ts. */
export { CORPUS_DIR as CORPUS } from './shared-data.ts';

export function tempDir(prefix = 'errata-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temporary folder removed when the running test ends: for corpus copies (~1.1 GB each), so they do not pile up during a run. */
export function testTempDir(prefix = 'errata-'): string {
  const dir = tempDir(prefix);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `files` (path → text or bytes) under a new content directory and returns it. */
export function makeContent(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('errata-content-');
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

/** The bundled registry, so fixtures check codes the way the real content does. */
export function bundledRegistry(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['aadsts.yml', 'oauth2.yml']) {
    files[`error-codes/${name}`] = readFileSync(join(REPO, 'content/error-codes', name), 'utf8');
  }
  return files;
}

export const FRONT_MATTER = (locale: string, extra = '') => `---
title: A test article
ms.date: 03/19/2021
ms.translationtype: MT
ms.contentlocale: ${locale}
ms.openlocfilehash: 63689ea5afea7c6921c93f2ead2350f87c2defa8
ms.lasthandoff: 03/19/2021
${extra}---
`;

/**
 * Every file below `dir` with its text, to show what a command wrote or that it changed nothing.
 * `latin1` keeps every byte (a change no UTF-8 decoder would show still shows).
 */
export function snapshot(dir: string, encoding: 'utf8' | 'latin1' = 'utf8'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = readFileSync(path, encoding);
  }
  return files;
}
