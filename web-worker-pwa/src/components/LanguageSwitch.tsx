import { useI18n } from '@/lib/i18n';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button
      type="button"
      className="lang-switch"
      lang={lang === 'ko' ? 'en' : 'ko'}
      aria-label={t('lang.switchLabel')}
      data-testid="lang-switch"
      onClick={() => setLang(lang === 'ko' ? 'en' : 'ko')}
    >
      {t('lang.switchTo')}
    </button>
  );
}
