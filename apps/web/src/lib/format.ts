const dateFmt = new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('it-IT', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
// Italian grouping from the thousands on ("7.300"): CLDR's default for it-IT groups only from 10.000.
const numberFmt = new Intl.NumberFormat('it-IT', { useGrouping: 'always' });
const euroFmt = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, useGrouping: 'always' });
const relFmt = new Intl.RelativeTimeFormat('it-IT', { numeric: 'auto' });

/** "26 novembre 2026" */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFmt.format(new Date(iso)) : '';
}

/** "26/11/2026, 14:05" */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFmt.format(new Date(iso)) : '';
}

/** "3 ore fa", falling back to the date after a week. */
export function formatRelative(iso: string | null | undefined): string {
  if (!iso) return '';
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return 'adesso';
  if (abs < 3600) return relFmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relFmt.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relFmt.format(Math.round(seconds / 86400), 'day');
  return formatDate(iso);
}

export function formatEuro(value: number | null | undefined): string {
  return value == null ? '' : euroFmt.format(value);
}

/** "7.300" */
export function formatNumber(value: number): string {
  return numberFmt.format(value);
}

/** "2,4 MB", "850 KB", "120 byte" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024))} KB`;
  return `${formatNumber(bytes)} byte`;
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
