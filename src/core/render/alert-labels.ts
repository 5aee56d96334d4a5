/**
 * The visible label of a Docs alert (`> [!NOTE]`) in the article's language, as Microsoft
 * Learn words it. It lives with the renderer, not with the site's UI strings, because it is
 * baked into the article HTML: changing it here also invalidates the render cache.
 */
export type AlertKind = 'note' | 'tip' | 'important' | 'caution' | 'warning';

type Labels = Record<AlertKind, string>;

const LABELS: Record<string, Labels> = {
  en: { note: 'Note', tip: 'Tip', important: 'Important', caution: 'Caution', warning: 'Warning' },
  'zh-tw': { note: '注意', tip: '提示', important: '重要', caution: '謹慎', warning: '警告' },
  uk: { note: 'Примітка', tip: 'Порада', important: 'Важливо', caution: 'Увага!', warning: 'Попередження' },
  vi: { note: 'Ghi chú', tip: 'Mẹo', important: 'Quan trọng', caution: 'Thận trọng', warning: 'Cảnh báo' },
  ar: { note: 'ملاحظة', tip: 'تلميح', important: 'هام', caution: 'تنبيه', warning: 'تحذير' },
  sv: { note: 'Obs!', tip: 'Tips', important: 'Viktigt!', caution: 'Varning!', warning: 'Varning' },
};

export function alertLabel(locale: string, kind: AlertKind): string {
  const tag = locale.toLowerCase();
  // The full tag first: Chinese labels differ by script.
  return (LABELS[tag] ?? LABELS[tag.split('-')[0]!] ?? LABELS.en!)[kind];
}
