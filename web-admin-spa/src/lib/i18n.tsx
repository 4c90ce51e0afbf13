import { createI18n, type Translate as SharedTranslate } from '@gmp/web-shared/i18n';
import { en, ko, type MessageKey } from './messages';

export type { Lang } from '@gmp/web-shared/i18n';
export type Translate = SharedTranslate<MessageKey>;

export const { translate, hasMessage, I18nProvider, useI18n } = createI18n<MessageKey>({ ko, en }, 'gmp-admin.lang');
