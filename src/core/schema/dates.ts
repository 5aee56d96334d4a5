/** Microsoft-Docs dates are US-style M/D/YYYY; errata stores them as ISO YYYY-MM-DD. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO date for a valid M/D/YYYY (or already-ISO) calendar date, else undefined. */
export function toIsoDate(value: string): string | undefined {
  let year: number, month: number, day: number;
  const us = US_DATE.exec(value);
  const iso = us ? null : ISO_DATE.exec(value);
  if (us) [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
