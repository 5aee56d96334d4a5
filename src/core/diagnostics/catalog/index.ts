/** Every rule errata reports (see ../rule-registry.ts): one file each, listed here in order of the docs. */
import fileEmpty from './file-empty.ts';
import fileTooLarge from './file-too-large.ts';
import fileBinary from './file-binary.ts';
import fileEncoding from './file-encoding.ts';
import fileTooComplex from './file-too-complex.ts';
import fileSymlinkOutside from './file-symlink-outside.ts';
import fileBom from './file-bom.ts';
import fileLineEndings from './file-line-endings.ts';
import fileNameUnusual from './file-name-unusual.ts';
import fileNameCaseCollision from './file-name-case-collision.ts';
import frontMatterMissing from './front-matter-missing.ts';
import frontMatterUnclosed from './front-matter-unclosed.ts';
import frontMatterYaml from './front-matter-yaml.ts';
import frontMatterNotAMap from './front-matter-not-a-map.ts';
import frontMatterDuplicateKey from './front-matter-duplicate-key.ts';
import frontMatterUnknownKey from './front-matter-unknown-key.ts';
import frontMatterDateEmpty from './front-matter-date-empty.ts';
import frontMatterInvalidValue from './front-matter-invalid-value.ts';
import frontMatterMissingKey from './front-matter-missing-key.ts';
import frontMatterLocaleMismatch from './front-matter-locale-mismatch.ts';
import htmlActive from './html-active.ts';
import errorCodeUnregistered from './error-code-unregistered.ts';
import mediaLinkCase from './media-link-case.ts';
import mediaLinkMissing from './media-link-missing.ts';
import mediaUnsafeType from './media-unsafe-type.ts';
import slugReserved from './slug-reserved.ts';
import sxsUnpaired from './sxs-unpaired.ts';
import sxsIdMismatch from './sxs-id-mismatch.ts';
import invariantLostInTranslation from './invariant-lost-in-translation.ts';
import translationStale from './translation-stale.ts';
import xliffUnsafe from './xliff-unsafe.ts';
import xliffInvalid from './xliff-invalid.ts';
import xliffProtectedChanged from './xliff-protected-changed.ts';
import xliffSourceChanged from './xliff-source-changed.ts';
import registryUnreadable from './registry-unreadable.ts';
import registryFileIgnored from './registry-file-ignored.ts';
import registryInvalidYaml from './registry-invalid-yaml.ts';
import registryUnknownKey from './registry-unknown-key.ts';
import registryInvalid from './registry-invalid.ts';
import registryInvalidPattern from './registry-invalid-pattern.ts';
import registryUnsafePattern from './registry-unsafe-pattern.ts';
import registryDuplicateFamily from './registry-duplicate-family.ts';
import registryFileName from './registry-file-name.ts';
import registryCodeMismatch from './registry-code-mismatch.ts';
import registryNoncanonicalCode from './registry-noncanonical-code.ts';
import registryDuplicateCode from './registry-duplicate-code.ts';
import registryUnknownProtocolId from './registry-unknown-protocol-id.ts';
import uiStringMissing from './ui-string-missing.ts';
import uiStringPlaceholderMismatch from './ui-string-placeholder-mismatch.ts';
import uiLocaleFileInvalid from './ui-locale-file-invalid.ts';

export const CATALOG = [
  fileEmpty,
  fileTooLarge,
  fileBinary,
  fileEncoding,
  fileTooComplex,
  fileSymlinkOutside,
  fileBom,
  fileLineEndings,
  fileNameUnusual,
  fileNameCaseCollision,
  frontMatterMissing,
  frontMatterUnclosed,
  frontMatterYaml,
  frontMatterNotAMap,
  frontMatterDuplicateKey,
  frontMatterUnknownKey,
  frontMatterDateEmpty,
  frontMatterInvalidValue,
  frontMatterMissingKey,
  frontMatterLocaleMismatch,
  htmlActive,
  errorCodeUnregistered,
  mediaLinkCase,
  mediaLinkMissing,
  mediaUnsafeType,
  slugReserved,
  sxsUnpaired,
  sxsIdMismatch,
  invariantLostInTranslation,
  translationStale,
  xliffUnsafe,
  xliffInvalid,
  xliffProtectedChanged,
  xliffSourceChanged,
  registryUnreadable,
  registryFileIgnored,
  registryInvalidYaml,
  registryUnknownKey,
  registryInvalid,
  registryInvalidPattern,
  registryUnsafePattern,
  registryDuplicateFamily,
  registryFileName,
  registryCodeMismatch,
  registryNoncanonicalCode,
  registryDuplicateCode,
  registryUnknownProtocolId,
  uiStringMissing,
  uiStringPlaceholderMismatch,
  uiLocaleFileInvalid,
] as const;
