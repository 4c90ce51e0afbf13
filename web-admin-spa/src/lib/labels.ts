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

export function conditionText(condition: { code: string; message?: Localized }, lang: Lang, t: Translate): string {
  const fromServer = localized(condition.message, lang);
  if (fromServer) return fromServer;
  const key = `condition.${condition.code}`;
  return hasMessage(key) ? t(key) : condition.code;
}

export function verdictText(verdict: string, t: Translate): string {
  const key = `verdict.${verdict}`;
  return hasMessage(key) ? t(key) : verdict;
}

/** Condition codes a reviewer can attach (RULES.md); the server's messages win where it sends them. */
export const KNOWN_CONDITIONS = [
  'GLOVES_OVER_COVERED_WOUND',
  'COVERED_ARM_LESION',
  'NO_DIRECT_PRODUCT_CONTACT',
  'NO_EXPOSED_PRODUCT_CONTACT',
] as const;
