/**
 * The shape of one `content/error-codes/<family>.yml` file. The YAML is read with the
 * failsafe schema, so every scalar is a string: `0x8004de40` and `10061` stay as written.
 */
import { z } from 'zod';

/** A slug as in `content/<locale>/<slug>.md`: folders allowed, no extension, no leading slash. */
const slug = z
  .string()
  .regex(/^[^/\s.][^\s]*$/, 'must be an article slug (the file path below the locale folder, without .md)')
  .refine((s) => !s.endsWith('.md'), 'must be written without .md');

export const codeEntrySchema = z.strictObject({
  /** As it should be written; the loader checks it against the family pattern. */
  code: z.string().min(1, 'must not be empty'),
  /** Symbolic name that stays untranslated (`TokenIssuanceError`). */
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be one identifier such as TokenIssuanceError')
    .optional(),
  summary: z.string().min(1, 'must not be empty').optional(),
  /** Related protocol identifiers, each registered as a code itself (`invalid_grant`). */
  protocol: z.array(z.string().min(1, 'must not be empty')).optional(),
  /** SMTP basic reply codes seen in front of an enhanced status code (`550` for 5.7.501). */
  basic: z.array(z.string().regex(/^[2-5]\d\d$/, 'must be a three-digit SMTP reply code')).optional(),
  articles: z.array(slug).optional(),
});

export const familyFileSchema = z.strictObject({
  family: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as office-install'),
  title: z.string().min(1, 'must not be empty'),
  /** JavaScript regular-expression source matching the family's codes as written in text. */
  pattern: z.string().min(1, 'must not be empty'),
  /** Forms that count as codes only when registered, because alone they look like other numbers. */
  loose: z.string().min(1, 'must not be empty').optional(),
  flags: z.enum(['', 'i']).optional(),
  /** What the canonical form starts with; added when a written form leaves it out. */
  prefix: z.string().optional(),
  case: z.enum(['upper', 'lower', 'keep']).optional(),
  codes: z.array(codeEntrySchema),
});

export type FamilyFile = z.infer<typeof familyFileSchema>;
export type CodeEntry = z.infer<typeof codeEntrySchema>;

export const FAMILY_KEYS = Object.keys(familyFileSchema.shape);
export const CODE_KEYS = Object.keys(codeEntrySchema.shape);
