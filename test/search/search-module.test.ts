/**
 * The search a reader gets, end to end in Node: pages indexed by the build's search step
 * (buildSearchIndex), queried through the /<locale>/search.js it writes — the module the
 * search box runs. Pages are small and hand-written, in the scripts the issue names.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalTag } from '../../src/page-data/locales.ts';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { buildSearchIndex } from '../../src/search/index-locale.ts';
import { loadSearch, topUrls, type SearchModule } from './helpers/node-search.ts';
import { REPO } from './helpers/locale-pages.ts';
import { samplePages, type Sample } from './helpers/sample-pages.ts';

const contentDir = join(REPO, 'content');
const { registry } = loadRegistry(contentDir);

const SAMPLES: Record<string, Sample[]> = {
  'en-us': [
    {
      slug: 'troubleshoot-aadsts50000-error-code',
      title: 'Troubleshoot error code AADSTS50000',
      paragraphs: ['To resolve the AADSTS50000 error, sign in again.'],
    },
    {
      slug: 'sign-in-errors',
      title: 'Sign-in errors in Microsoft 365',
      paragraphs: [
        'Errors such as AADSTS50000 and AADSTS50011 appear when sign-in fails. Sign-in errors are common; sign-in problems are listed here.',
      ],
    },
    {
      slug: 'fix-0x8004de40-error-in-onedrive',
      title: 'Fix error 0x8004DE40 in OneDrive',
      paragraphs: ['OneDrive shows 0x8004DE40 when it cannot connect.'],
    },
    {
      slug: 'onedrive-sync',
      title: 'OneDrive does not sync',
      paragraphs: ['Sync stops; the log shows 0x8004de40 among other entries.'],
    },
    {
      slug: 'error-code-550-5-7-501-access-denied-spam-abuse-detected',
      title: 'Error 550 5.7.501 access denied',
      paragraphs: ['The bounce says 550 5.7.501 Access denied, spam abuse detected.'],
    },
    {
      slug: 'error-code-30125-4-or-30125-1011-when-installing-office',
      title: 'Error code 30125-4 or 30125-1011 when installing Office',
      paragraphs: ['Office cannot be installed.'],
    },
    {
      slug: 'proxy-error',
      title: 'OneDrive stops behind a proxy',
      paragraphs: ['The sync log shows 12002-4 when the proxy drops the connection.'],
    },
  ],
  'zh-tw': [
    {
      slug: 'sign-in-service',
      title: '登入服務有問題',
      paragraphs: [
        '[[如果登入服務無法使用，請稍後再試。|If the sign-in service is unavailable, try again later.]] [[隔離區的郵件會保留。|Mail in zebrafish quarantine is kept.]]',
      ],
    },
    { slug: 'service-sign-in', title: '服務的登入問題', paragraphs: ['務必先登出，再重新登入入口網站的服務。'] },
  ],
  'ja-jp': [
    {
      slug: 'cannot-sign-in',
      title: 'サインインできない場合',
      paragraphs: ['パスワードを確認してから、もう一度サインインしてください。'],
    },
    { slug: 'mailbox-full', title: 'メールボックスがいっぱいです', paragraphs: ['古いメールを削除してください。'] },
  ],
  'th-th': [
    {
      slug: 'cannot-sign-in',
      title: 'ไม่สามารถเข้าสู่ระบบ Outlook ได้',
      paragraphs: ['ตรวจสอบรหัสผ่านของคุณแล้วลองเข้าสู่ระบบอีกครั้ง'],
    },
    { slug: 'mailbox-full', title: 'กล่องจดหมายเต็ม', paragraphs: ['ลบข้อความเก่าเพื่อเพิ่มพื้นที่'] },
  ],
  'he-il': [
    {
      slug: 'server-not-responding',
      title: 'השרת אינו מגיב',
      paragraphs: ['כאשר השרת אינו זמין, והמשתמשים אינם יכולים להתחבר, בדקו את החיבור.'],
    },
    { slug: 'password-reset', title: 'איפוס סיסמה', paragraphs: ['בחרו סיסמה חדשה ושמרו אותה.'] },
  ],
  'ar-sa': [
    {
      slug: 'server-not-responding',
      title: 'الخادم لا يستجيب',
      paragraphs: ['تحقق من الاتصال بالخادم، وللمستخدمين أعد تشغيل التطبيق.'],
    },
    { slug: 'password-reset', title: 'إعادة تعيين كلمة المرور', paragraphs: ['اختر كلمة مرور جديدة واحفظها.'] },
  ],
};

let out: string;
const searches = new Map<string, SearchModule>();
const search = (locale: string) => searches.get(locale)!;
const url = (locale: string, slug: string) => `/${locale}/${slug}/`;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'errata-search-test-'));
  for (const [locale, samples] of Object.entries(SAMPLES)) {
    await buildSearchIndex({
      outDir: out,
      locale,
      tag: canonicalTag(locale),
      pages: samplePages(locale, samples, registry),
      registry,
    });
    searches.set(locale, await loadSearch(out, locale));
  }
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('error codes', () => {
  const cases: Array<[string, string, string]> = [
    ['as written', 'AADSTS50000', 'troubleshoot-aadsts50000-error-code'],
    ['in another case', 'aadsts50000', 'troubleshoot-aadsts50000-error-code'],
    ['by its number alone', '50000', 'troubleshoot-aadsts50000-error-code'],
    ['by its symbolic name', 'TokenIssuanceError', 'troubleshoot-aadsts50000-error-code'],
    ['hex with 0x', '0x8004de40', 'fix-0x8004de40-error-in-onedrive'],
    ['hex without 0x', '8004de40', 'fix-0x8004de40-error-in-onedrive'],
    ['hex in capitals without 0x', '8004DE40', 'fix-0x8004de40-error-in-onedrive'],
    ['SMTP status part alone', '5.7.501', 'error-code-550-5-7-501-access-denied-spam-abuse-detected'],
    ['SMTP with its reply code', '550 5.7.501', 'error-code-550-5-7-501-access-denied-spam-abuse-detected'],
    ['Office code by its first number', '30125', 'error-code-30125-4-or-30125-1011-when-installing-office'],
    ['Office code by both numbers', '30125 4', 'error-code-30125-4-or-30125-1011-when-installing-office'],
  ];
  it.each(cases)('finds the article first for a code %s (%s)', async (_, query, slug) => {
    expect((await topUrls(search('en-us'), query, 1))[0]).toBe(url('en-us', slug));
  });

  it('indexes symbolic names, so the start of one finds the article too', async () => {
    expect((await topUrls(search('en-us'), 'TokenIssuance', 1))[0]).toBe(
      url('en-us', 'troubleshoot-aadsts50000-error-code'),
    );
  });

  it('still lists the other pages that mention the code, after the article', async () => {
    expect(await topUrls(search('en-us'), '0x8004de40')).toEqual([
      url('en-us', 'fix-0x8004de40-error-in-onedrive'),
      url('en-us', 'onedrive-sync'),
    ]);
  });

  it('gives no results at all for a code that exists nowhere, and says which code it read', async () => {
    for (const query of ['AADSTS99999', '0x8badf00d', '5.7.999', '30999-99']) {
      const response = await search('en-us').search(query);
      expect(response.results, query).toEqual([]);
      expect(response.errata.kind).toBe('codes');
    }
  });

  it('gives no results for a code-shaped string no family reads and no page holds, and reads it as a code', async () => {
    for (const query of ['5.9.937', '550 5.9.937', '94742-957', '12002-5', '0x8004']) {
      const response = await search('en-us').search(query);
      expect(response.results, query).toEqual([]);
      expect(response.errata.kind, query).toBe('codes');
    }
  });

  it('still finds a code-shaped string a page holds, and only that page', async () => {
    expect(await topUrls(search('en-us'), '12002-4')).toEqual([url('en-us', 'proxy-error')]);
  });

  it('shows the excerpt where the page writes the code, without index markers', async () => {
    const [first] = (await search('en-us').search('8004de40')).results;
    const data = await first!.data();
    expect(data.excerpt).toContain('<mark>0x8004DE40</mark>');
    expect(data.excerpt + data.content).not.toMatch(/zc[0-9a-f]+q|⟪/);
  });
});

describe('results', () => {
  it('answer in Pagefind’s shape with root-relative URLs and the page’s own title', async () => {
    const response = await search('zh-tw').search('登入');
    expect(response.results.length).toBe(2);
    const data = await response.results[0]!.data();
    expect(data.url).toMatch(/^\/zh-tw\/[^/]+\/$/);
    expect(['登入服務有問題', '服務的登入問題']).toContain(data.meta.title);
    expect(data.excerpt).not.toMatch(/\^|登 入|<mark>登<\/mark> /);
  });

  it('never come from the hidden English of side-by-side segments', async () => {
    expect((await search('zh-tw').search('zebrafish')).results).toEqual([]);
    expect((await search('zh-tw').search('quarantine')).results).toEqual([]);
  });

  it('can be narrowed to a code family', async () => {
    const families = await search('en-us').filters();
    const [filter, values] = Object.entries(families)[0]!;
    expect(Object.keys(values)).toContain('Email non-delivery (SMTP) status code');
    const all = await search('en-us').search('error');
    const smtp = await search('en-us').search('error', {
      filters: { [filter]: ['Email non-delivery (SMTP) status code'] },
    });
    expect(smtp.results.length).toBeGreaterThan(0);
    expect(smtp.results.length).toBeLessThan(all.results.length);
  });
});

describe('scripts', () => {
  it('ranks the Chinese page holding the typed string itself before one holding its characters apart', async () => {
    expect(await topUrls(search('zh-tw'), '登入服務')).toEqual([
      url('zh-tw', 'sign-in-service'),
      url('zh-tw', 'service-sign-in'),
    ]);
    expect((await topUrls(search('zh-tw'), '服務的登入', 1))[0]).toBe(url('zh-tw', 'service-sign-in'));
  });

  it('finds a two-character Japanese query inside a longer word', async () => {
    expect((await topUrls(search('ja-jp'), 'イン', 1))[0]).toBe(url('ja-jp', 'cannot-sign-in'));
    expect(await topUrls(search('ja-jp'), 'ボックス')).toEqual([url('ja-jp', 'mailbox-full')]);
  });

  it('finds Thai typed without spaces, as Thai is written', async () => {
    expect(await topUrls(search('th-th'), 'เข้าสู่ระบบ')).toEqual([url('th-th', 'cannot-sign-in')]);
    expect(await topUrls(search('th-th'), 'กล่องจดหมาย')).toEqual([url('th-th', 'mailbox-full')]);
  });

  it('finds Thai from the middle of a word', async () => {
    expect(await topUrls(search('th-th'), 'ข้าสู่')).toEqual([url('th-th', 'cannot-sign-in')]);
    expect(await topUrls(search('th-th'), 'หัสผ่')).toEqual([url('th-th', 'cannot-sign-in')]);
    expect(await topUrls(search('th-th'), 'จดหม')).toEqual([url('th-th', 'mailbox-full')]);
  });

  it('finds Hebrew words typed without the one-letter prefixes the text attaches to them', async () => {
    expect(await topUrls(search('he-il'), 'שרת')).toEqual([url('he-il', 'server-not-responding')]);
    expect(await topUrls(search('he-il'), 'משתמשים')).toEqual([url('he-il', 'server-not-responding')]);
  });

  it('finds Arabic words without their prefixes, and with other ones', async () => {
    expect(await topUrls(search('ar-sa'), 'خادم')).toEqual([url('ar-sa', 'server-not-responding')]);
    expect(await topUrls(search('ar-sa'), 'مستخدمين')).toEqual([url('ar-sa', 'server-not-responding')]);
    expect(await topUrls(search('ar-sa'), 'والخادم')).toEqual([url('ar-sa', 'server-not-responding')]);
  });

  it('shows Hebrew, Arabic and Thai excerpts as the page writes them', async () => {
    for (const [locale, query, text] of [
      ['he-il', 'שרת', 'והמשתמשים'],
      ['ar-sa', 'خادم', 'بالخادم'],
      ['th-th', 'ระบบ', 'ลองเข้าสู่ระบบอีกครั้ง'],
    ] as const) {
      const data = await (await search(locale).search(query)).results[0]!.data();
      expect(data.content, locale).toContain(text);
      expect(data.excerpt.replace(/<\/?mark>/g, '')).not.toContain('^');
    }
  });
});

describe('one character typed alone', () => {
  // Every page holds the character in its text, most many times: Pagefind's scores for it are
  // all alike. The one page whose title holds it must come first all the same.
  const CASES = [
    ['th-th', 'บี', 'บีบอัดไฟล์', 'ตรวจสอบบัญชีบีบอัดข้อมูลบีบอัดไฟล์'],
    ['zh-tw', '錯', '錯誤代碼說明', '如果發生錯誤，請檢查錯誤記錄並更正錯誤。'],
  ] as const;
  let singleOut: string;
  const singles = new Map<string, SearchModule>();

  beforeAll(async () => {
    singleOut = mkdtempSync(join(tmpdir(), 'errata-search-single-'));
    for (const [locale, , title, text] of CASES) {
      const fillers: Sample[] = Array.from({ length: 40 }, (_, i) => ({
        slug: `filler-${i}`,
        title: locale === 'th-th' ? `บทความ ${i}` : `文章 ${i}`,
        paragraphs: [Array.from({ length: 1 + (i % 5) }, () => text).join(' ')],
      }));
      const titled: Sample = { slug: 'titled', title, paragraphs: [locale === 'th-th' ? 'ข้อความสั้น' : '簡短說明。'] };
      const pages = samplePages(locale, [...fillers.slice(0, 20), titled, ...fillers.slice(20)], registry);
      await buildSearchIndex({ outDir: singleOut, locale, tag: canonicalTag(locale), pages, registry });
      singles.set(locale, await loadSearch(singleOut, locale));
    }
  });

  afterAll(async () => {
    for (const module of singles.values()) await module.destroy();
    rmSync(singleOut, { recursive: true, force: true });
  });

  it.each(CASES)('%s: the page whose title holds %s comes first', async (locale, char) => {
    const response = await singles.get(locale)!.search(char);
    expect(response.results.length).toBe(41);
    expect((await topUrls(singles.get(locale)!, char, 1))[0]).toBe(url(locale, 'titled'));
  });

  it('shows the character where the page writes it, not its index token', async () => {
    const data = await (await singles.get('th-th')!.search('บี')).results[0]!.data();
    expect(data.meta.title).toBe('บีบอัดไฟล์');
    expect(data.excerpt).not.toMatch(/z[ct][0-9a-f]+q|⟪/);
    expect(data.content).not.toMatch(/z[ct][0-9a-f]+q|⟪/);
  });
});
