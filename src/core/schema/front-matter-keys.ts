/**
 * The Microsoft-Docs front-matter keys errata knows, each with its zod schema.
 * Values are checked key by key so every problem is reported at that key's line.
 */
import { z } from 'zod';
import { toIsoDate } from './dates.ts';

const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.union([z.string(), z.null()]);
const textOrList = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])), z.null()]);
const usDate = z.string().refine((value) => toIsoDate(value) !== undefined, {
  message: 'must be a calendar date written M/D/YYYY (for example 03/19/2021)',
});
const hex = (lengths: number[]) =>
  z.string().regex(new RegExp(`^(?:${lengths.map((n) => `[0-9a-f]{${n}}`).join('|')})$`, 'i'), {
    message: `must be a ${lengths.join(' or ')}-character hexadecimal hash`,
  });
const robots = z.string().regex(/^\s*(?:NO)?(?:INDEX|FOLLOW)\s*(?:,\s*(?:NO)?(?:INDEX|FOLLOW)\s*)*$/i, {
  message: 'must list INDEX/NOINDEX and FOLLOW/NOFOLLOW, comma-separated',
});

export const FRONT_MATTER_KEYS: Record<string, z.ZodType> = {
  title: text,
  description: optionalText,
  'ms.date': usDate,
  author: optionalText,
  'ms.author': optionalText,
  manager: optionalText,
  'ms.reviewer': optionalText,
  'ms.audience': optionalText,
  audience: optionalText,
  'ms.topic': optionalText,
  'ms.service': optionalText,
  'ms.subservice': optionalText,
  'ms.prod': optionalText,
  'ms.technology': optionalText,
  'ms.collection': textOrList,
  'ms.custom': textOrList,
  'ms.assetid': textOrList,
  ROBOTS: robots,
  localization_priority: z.enum(['Normal', 'Priority', 'Critical', 'Once', 'None']),
  'search.appverid': textOrList,
  appliesto: textOrList,
  'ms.openlocfilehash': hex([32, 40, 64]),
  'ms.sourcegitcommit': hex([40]),
  'ms.translationtype': z.enum(['HT', 'MT']),
  'ms.contentlocale': z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 tag such as zh-TW' }),
  'ms.lasthandoff': usDate,
  'ms.locfileid': z.union([z.string().regex(/^\d+$/), z.number().int()]),
};

/** Keys a translation must carry: without them staleness and MT notices cannot work. */
export const TRANSLATION_KEYS = ['ms.contentlocale', 'ms.translationtype', 'ms.openlocfilehash', 'ms.lasthandoff'];

export const KNOWN_KEYS = Object.keys(FRONT_MATTER_KEYS);
