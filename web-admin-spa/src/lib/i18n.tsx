import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en, ko, type MessageKey, type Messages } from './messages';

export type Lang = 'ko' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const catalogs: Record<Lang, Messages> = { ko, en };
const STORAGE_KEY = 'gmp-admin.lang';

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = catalogs[lang][key] ?? ko[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function hasMessage(key: string): key is MessageKey {
  return key in ko;
}

type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this tab only
    }
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
