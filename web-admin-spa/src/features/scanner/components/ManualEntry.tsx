import { useState, type FormEvent } from 'react';
import { useI18n } from '@/lib/i18n';

/** For a broken camera, a phone screen that will not scan, or a USB scanner that types the code. */
export function ManualEntry({ onSubmit, busy }: { onSubmit: (token: string) => void; busy: boolean }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = token.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    setToken('');
  };
  return (
    <form className="manual-entry" onSubmit={submit}>
      <label htmlFor="manual-token">{t('scanner.manual.label')}</label>
      <div className="row">
        <input
          id="manual-token"
          data-testid="manual-token"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          placeholder={t('scanner.manual.placeholder')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
        <button type="submit" className="btn" data-testid="manual-submit" disabled={busy || !token.trim()}>
          {busy ? t('scanner.checking') : t('scanner.manual.submit')}
        </button>
      </div>
    </form>
  );
}
