/**
 * Index and query cut text the same way, and what the index holds reads back as the page
 * wrote it. Checked against Pagefind's own rules for words: whitespace splits words, and a
 * word split by ASCII punctuation (`^`) is indexed whole and by its parts.
 */
import { describe, expect, it } from 'vitest';
import { displayText } from '../../src/search/shared/display-text.ts';
import { indexText, queryText } from '../../src/search/shared/script-text.ts';

/** The words Pagefind indexes for a text: each whitespace word without punctuation, and its `^` parts. */
function indexedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of indexText(text).split(/\s+/)) {
    const bare = (w: string) => w.replace(/[^\p{L}\p{N}\p{M}]/gu, '').toLowerCase();
    words.add(bare(word));
    if (word.includes('^')) for (const part of word.split('^')) words.add(bare(part));
  }
  words.delete('');
  return words;
}

/** Whether every query term is an indexed word or the start of one, as Pagefind matches. */
function found(query: string, text: string): boolean {
  const words = [...indexedWords(text)];
  return queryText(query).terms.every((term) => words.some((w) => w.startsWith(term)));
}

describe('indexed text reads back as written', () => {
  it.each([
    ['Chinese with a code and punctuation', '疑難排解 AADSTS50000 錯誤碼：請執行下列步驟。'],
    ['Chinese next to Latin, with and without a space', 'Outlook登入 與 Outlook 登入'],
    ['Japanese kana and kanji', 'サインインできない場合は、もう一度お試しください。'],
    ['Thai with its own spaces', 'ไม่สามารถเข้าสู่ระบบ Outlook ได้ ลองอีกครั้ง'],
    ['Thai with AM, tone marks and a code', 'กำหนดค่าตัวเชื่อมต่อสำหรับผู้ใช้ 0x8004de40 ที่นี่'],
    ['Arabic with prefixes and a diacritic', 'تحقق من الاتصال بالخادم وللمستخدمين الخادمَ'],
    ['Hebrew with prefixes', 'כאשר השרת אינו זמין, והמשתמשים אינם יכולים להתחבר'],
    ['Latin text with a caret of its own', 'Press Ctrl ^ Shift, then 5.7.501'],
  ])('%s', (_, text) => {
    expect(displayText(indexText(text))).toBe(text);
  });

  it('also when Pagefind marks a Thai or Hebrew word with its index parts', () => {
    const thai = indexText('ลองเข้าสู่ระบบ')
      .split(' ')
      .map((w) => (w.startsWith('ข้') ? `<mark>${w}</mark>` : w))
      .join(' ');
    expect(displayText(thai)).toBe('ลองเ<mark>ข้</mark>าสู่ระบบ');
    const hebrew = indexText('בדקו את השרת עכשיו')
      .split(' ')
      .map((w) => (w.startsWith('השרת') ? `<mark>${w}</mark>` : w))
      .join(' ');
    expect(displayText(hebrew)).toBe('בדקו את <mark>השרת</mark> עכשיו');
  });

  it('also when an excerpt cuts the text and marks words', () => {
    const excerpt = indexText('請重新登入服務入口網站')
      .split(' ')
      .slice(2, 6)
      .map((w) => (w.startsWith('登') ? `<mark>${w}</mark>` : w))
      .join(' ');
    expect(displayText(excerpt)).toBe('新<mark>登</mark>入服');
  });

  it('also when the cut leaves half of a kept space at either edge, next to Latin', () => {
    const words = indexText('解決 Teams 登入錯誤 AADSTS9000411').split(' ');
    const cut = (from: number, to = words.length) => displayText(words.slice(from, to).join(' '));
    const starts = words.flatMap((_, from) => [cut(from)]);
    const ends = words.flatMap((_, to) => (to > 0 ? [cut(0, to)] : []));
    // Each cut is a piece of the title as a reader sees it, with no index mark left in it.
    for (const text of [...starts, ...ends]) expect('解決 Teams 登入錯誤 AADSTS9000411', text).toContain(text);
    expect(cut(words.indexOf('Teams') - 1)).toBe('Teams 登入錯誤 AADSTS9000411');
  });
});

describe('a query finds the text it was typed from', () => {
  it.each([
    ['any two Chinese characters, also across words', '系統管理員會重設您的密碼', ['管理', '員會', '重設您的', '密']],
    ['Japanese inside a longer word', 'メールボックスがいっぱいです', ['ボックス', 'ール', 'いっぱい']],
    ['Thai typed without spaces', 'ตรวจสอบรหัสผ่านของคุณแล้วลองเข้าสู่ระบบอีกครั้ง', ['เข้าสู่ระบบ', 'รหัสผ่าน']],
    ['Hebrew without its prefixes, or with others', 'והמשתמשים בשרת', ['משתמשים', 'המשתמשים', 'שרת', 'לשרת']],
    [
      'Arabic without its prefixes, or with others',
      'وللمستخدمين بالخادم',
      ['مستخدمين', 'المستخدمين', 'خادم', 'الخادم', 'للخادم'],
    ],
  ])('%s', (_, text, queries) => {
    for (const query of queries) expect(found(query, text), query).toBe(true);
  });

  it('any three or four Thai characters from the middle of a word, as a reader remembers part of it', () => {
    const text = 'กำหนดค่าตัวเชื่อมต่อสำหรับการรับรองความถูกต้อง';
    for (const query of ['หนดค่', 'ชื่อม', 'ชื่', 'รับร', 'ถูกต้', 'สำหรับ', 'หรับ'])
      expect(found(query, text), query).toBe(true);
  });

  it('a Thai query as the keyboard types AM (ำ), which NFKC would split in two', () => {
    expect(queryText('สำหรับ').terms).toEqual(['สำห', 'รับ']);
    expect(queryText('ＡＡＤＳＴＳ５００００ สำหรับ').terms[0]).toBe('aadsts50000');
  });

  it('and not text that lacks it', () => {
    expect(found('伺服', '系統管理員會重設您的密碼')).toBe(false);
    expect(found('שרת', 'המשתמשים')).toBe(false);
  });

  it('asks Pagefind for CJK bigrams and keeps where they stand in the typed string', () => {
    expect(queryText('登入服務')).toMatchObject({ terms: ['登入', '服務'], phrases: [[0, 2]] });
    expect(queryText('登入服')).toMatchObject({ terms: ['登入', '入服'], phrases: [[0, 1]] });
  });

  it('indexes a Hebrew or Arabic word with every stem its prefixes leave, so the bare word is found as typed', () => {
    expect(indexText('והמשתמשים')).toBe('והמשתמשים^המשתמשים^משתמשים^שתמשים^תמשים');
    for (const bare of ['משתמשים', 'המשתמשים']) expect(indexedWords('והמשתמשים').has(bare), bare).toBe(true);
    expect(indexedWords('בשרת').has('שרת')).toBe(true);
    for (const bare of ['مستخدمين', 'المستخدمين'])
      expect(indexedWords('وللمستخدمين والمستخدمين').has(bare), bare).toBe(true);
    // A word without prefix letters stays one word.
    expect(indexText('אינו')).toBe('אינו');
  });

  it('asks for six bigrams at most, spread over a long string, with their places in it', () => {
    const { terms, phrases } = queryText('系統管理員會重設您的密碼並通知使用者');
    expect(terms).toEqual(['系統', '員會', '重設', '密碼', '並通', '用者']);
    expect(phrases).toEqual([[0, 4, 6, 10, 12, 16]]);
  });

  it('keeps a Hebrew or Arabic word as typed for ranking, and its stem for finding', () => {
    expect(queryText('והשרת')).toMatchObject({ terms: ['רת'], surface: ['והשרת'] });
    expect(queryText('ＡＡＤＳＴＳ５００００ error').terms).toEqual(['aadsts50000', 'error']);
  });
});
