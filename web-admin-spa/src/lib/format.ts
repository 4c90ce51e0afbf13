import type { Lang } from './i18n';

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatDateTime(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(locales[lang], { dateStyle: 'short', timeStyle: 'medium' });
}

export function formatTime(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(locales[lang], { hour: '2-digit', minute: '2-digit' });
}

/** The plant's calendar date (`?date=`), in the browser's time zone: the gate device stands in the plant. */
export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
