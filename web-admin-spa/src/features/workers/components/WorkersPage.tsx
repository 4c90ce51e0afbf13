import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { InlineConfirm } from '@/components/InlineConfirm';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/messages';
import { useAccounts, useResetPassword, useUpdateAccount, type Account } from '../api/workers';
import { CreateAccountForm } from './CreateAccountForm';

function label(t: (k: MessageKey) => string, prefix: string, value: string | null | undefined): string {
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === key ? (value ?? '') : text;
}

export function WorkersPage() {
  const { t } = useI18n();
  const accounts = useAccounts();
  const update = useUpdateAccount();
  const reset = useResetPassword();
  const [confirmReset, setConfirmReset] = useState<Account | null>(null);
  const [confirmDisable, setConfirmDisable] = useState<Account | null>(null);
  const [resetNotice, setResetNotice] = useState<string | null>(null);
  const rows = accounts.data?.pages.flatMap((p) => p.items) ?? [];

  const doReset = (account: Account) =>
    reset.mutate(account.id, {
      onSuccess: ({ temporaryPassword }) => {
        setConfirmReset(null);
        setResetNotice(
          temporaryPassword ? t('workers.resetDone', { password: temporaryPassword }) : t('workers.resetDoneNoPassword'),
        );
      },
    });

  return (
    <section>
      <h1>{t('workers.title')}</h1>
      <CreateAccountForm />
      <h2>{t('workers.title')}</h2>
      {resetNotice && (
        <p className="success" role="status" data-testid="reset-notice">
          {resetNotice}
        </p>
      )}
      <ErrorMessage error={update.error ?? reset.error} />
      <ErrorMessage error={accounts.error} onRetry={() => void accounts.refetch()} />
      {accounts.isPending ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table data-testid="workers-table">
            <thead>
              <tr>
                <th scope="col">{t('workers.displayName')}</th>
                <th scope="col">{t('workers.loginId')}</th>
                <th scope="col">{t('workers.department')}</th>
                <th scope="col">{t('workers.role')}</th>
                <th scope="col">{t('workers.status')}</th>
                <th scope="col">{t('workers.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const disabled = a.status === 'DISABLED';
                return (
                  <tr key={a.id} data-testid={`worker-${a.loginId}`}>
                    <td>{a.displayName}</td>
                    <td>{a.loginId}</td>
                    <td>{a.department ?? ''}</td>
                    <td>{label(t, 'workers.role', a.role)}</td>
                    <td>
                      <span className={disabled ? 'badge badge-bad' : 'badge badge-ok'}>
                        {label(t, 'workers.status', a.status ?? 'ACTIVE')}
                      </span>
                    </td>
                    <td>
                      <div className="row">
                        {confirmDisable?.id === a.id ? (
                          <InlineConfirm
                            question={t('workers.disableConfirm', { name: a.displayName })}
                            confirmLabel={t('workers.disable')}
                            busy={update.isPending}
                            onConfirm={() => {
                              setConfirmDisable(null);
                              update.mutate({ id: a.id, patch: { status: 'DISABLED' } });
                            }}
                            onCancel={() => setConfirmDisable(null)}
                            testId={`disable-confirm-${a.loginId}`}
                          />
                        ) : (
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            disabled={update.isPending}
                            // disabling ends the person's sessions and passes at once: it asks first; enabling does not
                            onClick={() =>
                              disabled ? update.mutate({ id: a.id, patch: { status: 'ACTIVE' } }) : setConfirmDisable(a)
                            }
                            data-testid={`toggle-${a.loginId}`}
                          >
                            {disabled ? t('workers.enable') : t('workers.disable')}
                          </button>
                        )}
                        {confirmReset?.id === a.id ? (
                          <InlineConfirm
                            question={t('workers.resetConfirm', { name: a.displayName })}
                            confirmLabel={t('common.yes')}
                            busy={reset.isPending}
                            onConfirm={() => doReset(a)}
                            onCancel={() => setConfirmReset(null)}
                            testId={`reset-confirm-${a.loginId}`}
                          />
                        ) : (
                          <button
                            type="button"
                            className="btn btn-secondary btn-small"
                            onClick={() => {
                              setResetNotice(null);
                              setConfirmReset(a);
                            }}
                            data-testid={`reset-${a.loginId}`}
                          >
                            {t('workers.resetPassword')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={Boolean(accounts.hasNextPage)} loading={accounts.isFetchingNextPage} onMore={() => void accounts.fetchNextPage()} />
    </section>
  );
}
