import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../api';

export type Lang = 'ko' | 'en';
export type Vars = Record<string, string | number>;
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

export interface I18nValue<K extends string> {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate<K>;
  /** A `{ko, en}` text the API sent, in the reader's language (Korean when the other is empty). */
  loc: (text: LocalizedText | undefined | null) => string;
}

/**
 * One app's i18n: its catalogs (Korean is the default and names every key; English carries the same
 * keys), the translate function, and the React provider and hook. `storageKey` keeps the reader's
 * choice in localStorage.
 */
export function createI18n<K extends string>(catalogs: { ko: Record<K, string>; en: Record<K, string> }, storageKey: string) {
  function translate(lang: Lang, key: K, vars?: Vars): string {
    const template: string = catalogs[lang][key] ?? catalogs.ko[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  }

  function hasMessage(key: string): key is K {
    return key in catalogs.ko;
  }

  function storedLang(): Lang {
    try {
      return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ko';
    } catch {
      return 'ko';
    }
  }

  const I18nContext = createContext<I18nValue<K> | null>(null);

  function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
    const [lang, setLangState] = useState<Lang>(fixed ?? storedLang);

    useEffect(() => {
      document.documentElement.lang = lang;
    }, [lang]);

    const setLang = useCallback((next: Lang) => {
      setLangState(next);
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // private mode: the choice lasts for this visit only
      }
    }, []);

    const value = useMemo<I18nValue<K>>(
      () => ({
        lang,
        setLang,
        t: (key, vars) => translate(lang, key, vars),
        loc: (text) => (text ? text[lang] || text.ko : ''),
      }),
      [lang, setLang],
    );
    return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
  }

  function useI18n(): I18nValue<K> {
    const value = useContext(I18nContext);
    if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
    return value;
  }

  return { translate, hasMessage, storedLang, I18nProvider, useI18n };
}

const locales: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** 24-hour "14:35" in the reader's locale. */
export function formatTime(iso: string | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { hour: '2-digit', minute: '2-digit', hour12: false }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}
export { passwordMessages } from './messages';
