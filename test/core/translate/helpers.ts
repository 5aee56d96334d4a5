/** A small docset for the translators' loop: an English source, a stale Swedish translation, a French one, the registry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { makeHandoff } from '../../../src/core/translate/handoff.ts';
import { writeXliff } from '../../../src/core/translate/xliff-write.ts';
import { bundledRegistry, makeContent, REPO } from '../../helpers/content.ts';

export const SOURCE = `---
title: 'Troubleshoot error AADSTS50000: sign-in'
ms.date: 03/19/2021
ms.topic: article
localization_priority: Normal
---
# <a name="aadsts50000"></a>Troubleshoot error AADSTS50000

When you sign in, you see **AADSTS50000** and \`invalid_grant\` in the response.
The message continues on a second line.

1. Open [the admin center](https://admin.microsoft.com "Admin") and select **Users**.
2. Run this command:

   \`\`\`powershell
   Get-MsolUser -UserPrincipalName user@contoso.com
   \`\`\`

> [!NOTE]
> Sign-in logs keep 30 days of events.

| Code | Meaning |
| --- | --- |
| AADSTS50000 | A token could not be issued \\| retried |

![The sign-in page](media/sign-in.png)

See <https://learn.microsoft.com> for more.
`;

export const STALE_SV = `---
title: Felsöka AADSTS50000
ms.date: 03/19/2021
ms.topic: article
localization_priority: Normal
ms.openlocfilehash: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ms.sourcegitcommit: cccccccccccccccccccccccccccccccccccccccc
ms.translationtype: HT
ms.contentlocale: sv-SE
ms.lasthandoff: 01/01/2020
---
# Felsöka AADSTS50000

En gammal översättning med AADSTS50000 och \`invalid_grant\`.
`;

export const CURRENT_FR = `---
title: Résoudre AADSTS50000
ms.date: 03/19/2021
ms.topic: article
localization_priority: Normal
ms.openlocfilehash: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
ms.translationtype: HT
ms.contentlocale: fr-FR
ms.lasthandoff: 06/01/2021
---
# Résoudre AADSTS50000

Une traduction à jour avec AADSTS50000 et \`invalid_grant\`.
`;

export function docset(extra: Record<string, string> = {}): string {
  return makeContent({
    ...bundledRegistry(),
    'en-us/aadsts50000.md': SOURCE,
    'en-us/other.md': '---\ntitle: Another article\nms.date: 03/19/2021\n---\nA second article to translate.\n',
    'sv-se/aadsts50000.md': STALE_SV,
    'fr-fr/aadsts50000.md': CURRENT_FR,
    ...extra,
  });
}

export const TODAY = new Date('2024-05-02T12:00:00Z');

/** The XLIFF `errata handoff` writes for the docset's locale. */
export function handoffXliff(contentDir: string, locale: string, options: { pseudo?: boolean; slugs?: string[] } = {}) {
  const { registry } = loadRegistry(contentDir);
  const result = makeHandoff({ contentDir, registry, locale, today: TODAY, ...options });
  return { ...result, xliff: writeXliff(result.handoff) };
}

/** The XLIFF with each unit's target set to a copy of its source: an "unchanged" translation. */
export function targetsFromSources(xliff: string): string {
  return xliff.replace(
    /<source>([\s\S]*?)<\/source>(\s*)(<target>[\s\S]*?<\/target>\s*)?(<\/segment>)/g,
    (_m, source: string, space: string, _t, end: string) =>
      `<source>${source}</source>${space}<target>${source}</target>${space}${end}`,
  );
}

const SCHEMAS = join(REPO, 'test/core/translate/fixtures/xliff-2.1');
const file = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') });

/** One schema that imports both: xmllint validates against one, and the core's `mda:` content is lax. */
const DRIVER = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="xliff_core_2.0.xsd"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="modules/metadata.xsd"/>
</xs:schema>
`;

/** Whether `xliff` is valid against the vendored XLIFF 2.1 core and Metadata schemas, and libxml2's errors. */
export async function validateXliff(xliff: string) {
  const result = await validateXML({
    xml: [{ fileName: 'handoff.xlf', contents: xliff }],
    schema: [{ fileName: 'driver.xsd', contents: DRIVER }],
    preload: [
      file('xliff_core_2.0.xsd'),
      file('modules/metadata.xsd'),
      file('informativeCopiesOf3rdPartySchemas/w3c/xml.xsd'),
    ],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
