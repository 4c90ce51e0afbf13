import { conditionWords } from './condition-words';
import { hasMessage, type Lang, type Translate } from './i18n';

export type Localized = string | { ko?: string; en?: string } | null | undefined;

/** LocalizedText in the reader's language, the other one if that is missing. */
export function localized(text: Localized, lang: Lang): string | undefined {
  if (!text) return undefined;
  if (typeof text === 'string') return text || undefined;
  return text[lang] ?? text.ko ?? text.en;
}

/** A gate rejection reason as a sentence; never the raw code alone. */
export function reasonText(reason: string, t: Translate): string {
  const key = `reason.${reason}`;
  return hasMessage(key) ? t(key) : t('reason.UNKNOWN', { code: reason });
}

/**
 * A condition in the words of the rule pack it comes from, as the server sends them; offline (a token
 * carries only codes) the words the server last sent for that code at this site; the code itself when
 * the server never worded it here.
 */
export function conditionText(condition: { code: string; message?: Localized }, lang: Lang): string {
  const { code, message } = condition;
  if (message && typeof message === 'object' && message.ko && message.en) {
    conditionWords.remember([{ code, message: { ko: message.ko, en: message.en } }]);
  }
  return localized(message, lang) ?? localized(conditionWords.lookup(code), lang) ?? code;
}

export function verdictText(verdict: string, t: Translate): string {
  const key = `verdict.${verdict}`;
  return hasMessage(key) ? t(key) : verdict;
}
