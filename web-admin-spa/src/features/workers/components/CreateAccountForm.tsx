import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import { useCreateAccount, type NewAccount } from '../api/workers';

const EMPTY: NewAccount = { loginId: '', displayName: '', password: '', role: 'WORKER', department: '' };

export function CreateAccountForm() {
  const { t } = useI18n();
  const create = useCreateAccount();
  const [form, setForm] = useState<NewAccount>(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const set = (patch: Partial<NewAccount>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    create.mutate(
      { ...form, loginId: form.loginId.trim(), displayName: form.displayName.trim(), department: form.department.trim() },
      {
        onSuccess: (account) => {
          setCreated(account.displayName);
          setForm(EMPTY);
        },
      },
    );
  };

  return (
    <form className="card create-account" onSubmit={submit} data-testid="create-account">
      <h2>{t('workers.create')}</h2>
      <div className="form-grid">
        <label className="field">
          <span>{t('workers.loginId')}</span>
          <input
            value={form.loginId}
            onChange={(e) => set({ loginId: e.target.value })}
            required
            minLength={3}
            maxLength={64}
            autoComplete="off"
            data-testid="new-login-id"
          />
        </label>
        <label className="field">
          <span>{t('workers.displayName')}</span>
          <input value={form.displayName} onChange={(e) => set({ displayName: e.target.value })} required maxLength={50} data-testid="new-display-name" />
        </label>
        <label className="field">
          <span>{t('workers.department')}</span>
          <input value={form.department} onChange={(e) => set({ department: e.target.value })} maxLength={50} data-testid="new-department" />
        </label>
        <label className="field">
          <span>{t('workers.role')}</span>
          <select value={form.role} onChange={(e) => set({ role: e.target.value as NewAccount['role'] })} data-testid="new-role">
            <option value="WORKER">{t('workers.role.WORKER')}</option>
            <option value="ADMIN">{t('workers.role.ADMIN')}</option>
            <option value="GATE">{t('workers.role.GATE')}</option>
          </select>
        </label>
        <label className="field">
          <span>
            {t('workers.password')} <span className="muted small">({t('workers.passwordHint')})</span>
          </span>
          <input
            type="password"
            value={form.password}
            onChange={(e) => set({ password: e.target.value })}
            required
            minLength={10}
            maxLength={128}
            autoComplete="new-password"
            data-testid="new-password"
          />
        </label>
      </div>
      <ErrorMessage error={create.error} />
      {created && (
        <p className="success" role="status">
          {t('workers.created', { name: created })}
        </p>
      )}
      <button type="submit" className="btn" disabled={create.isPending} data-testid="create-submit">
        {t('workers.create')}
      </button>
    </form>
  );
}
