/**
 * A small site for fallback pages and reading comfort: English source for two articles (one
 * with a code block), a Swedish human translation of one, a Ukrainian side-by-side machine
 * translation that lost a symbolic name, and an article that exists only as an Arabic human
 * translation and a newer Vietnamese machine one. With the bundled registry.
 */
import { bundledRegistry, makeContent } from '../../helpers/content.ts';

const translated = (locale: string, kind: 'HT' | 'MT', title: string, date = '03/19/2021') => `---
title: ${title}
ms.date: ${date}
ms.translationtype: ${kind}
ms.contentlocale: ${locale}
ms.openlocfilehash: 63689ea5afea7c6921c93f2ead2350f87c2defa8
ms.lasthandoff: 03/19/2021
---
`;
const source = (title: string) => `---\ntitle: ${title}\nms.date: 03/19/2021\n---\n`;

export function fallbackContent(): string {
  return makeContent({
    ...bundledRegistry(),
    'uk-ua/alpha.md': `${translated('uk-UA', 'MT', 'Альфа українською')}\n# Альфа українською\n\n${DAMAGED}\n`,
    'en-us/alpha.md': `${source('Alpha in English')}\n# Alpha in English\n\nThe English alpha text.\n\n## First\n\nOne.\n\n## Second\n\n\`\`\`powershell\nGet-Mailbox -Identity alpha\n\`\`\`\n`,
    'en-us/beta.md': `${source('Beta in English')}\n# Beta in English\n\nThe English beta text.\n`,
    'sv-se/alpha.md': `${translated('sv-SE', 'HT', 'Alfa på svenska')}\n# Alfa på svenska\n\nDen svenska alfatexten.\n`,
    'ar-sa/gamma.md': `${translated('ar-SA', 'HT', 'غاما بالعربية', '01/05/2020')}\n# غاما بالعربية\n\nنص غاما العربي.\n`,
    'vi-vn/gamma.md': `${translated('vi-VN', 'MT', 'Gamma tiếng Việt', '06/01/2024')}\n# Gamma tiếng Việt\n\nVăn bản gamma tiếng Việt.\n`,
  });
}

const DAMAGED =
  '<span data-ttu-id="d2766-104">**AADSTS50000**: помилка з службою входу.</span><span class="sxs-lookup"><span data-stu-id="d2766-104">**AADSTS50000**: TokenIssuanceError - There\'s an issue with the sign-in service.</span></span>';
