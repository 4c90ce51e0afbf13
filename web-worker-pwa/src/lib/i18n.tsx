import { createI18n, type Translate as SharedTranslate } from '@gmp/web-shared/i18n';
import { en, ko, type MessageKey } from '@/lib/messages';

export { formatTime, type Lang } from '@gmp/web-shared/i18n';
export type Translate = SharedTranslate<MessageKey>;

export const { translate, hasMessage, I18nProvider, useI18n } = createI18n<MessageKey>({ ko, en }, 'gmp.lang');

export function formatDateTime(iso: string | Date, lang: 'ko' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ko' ? 'ko-KR' : 'en-GB', {
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}
