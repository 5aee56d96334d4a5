/**
 * The five seed articles (uk-UA, ar-SA, zh-TW, vi-VN, sv-SE): read from the shared seeds when
 * they are there (helpers/shared-data.ts), otherwise from content/, which bundles each seed
 * byte for byte — the committed checksums say which file is which seed and prove the copy
 * unchanged (test/core/bundled-content.test.ts keeps them in step with the seeds).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasSeeds, REPO_DIR, SEEDS_DIR } from './shared-data.ts';

export interface SeedChecksum {
  /** The bundled copy, relative to content/. */
  file: string;
  sha256: string;
}

export const SEED_CHECKSUMS: Record<string, SeedChecksum> = JSON.parse(
  readFileSync(new URL('./seed-checksums.json', import.meta.url), 'utf8'),
);

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Seed file names, `000_….txt`, sorted. */
export function seedNames(): string[] {
  return Object.keys(SEED_CHECKSUMS).sort();
}

/** The text of seed `name`, from the shared seeds or from its bundled copy. */
export function seedText(name: string): string {
  if (hasSeeds) return readFileSync(join(SEEDS_DIR, name), 'utf8');
  const checksum = SEED_CHECKSUMS[name];
  if (!checksum) throw new Error(`No seed named ${name} in test/helpers/seed-checksums.json.`);
  const text = readFileSync(join(REPO_DIR, 'content', checksum.file), 'utf8');
  if (sha256(text) !== checksum.sha256)
    throw new Error(`content/${checksum.file} is no longer seed ${name} (its checksum changed).`);
  return text;
}
