import { useState, type FormEvent } from 'react';
import { env } from '@/config/env';
import { ConditionList } from '@/components/ConditionList';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { formatDateTime, localDate, saveBlob } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { reasonText } from '@/lib/labels';
import { usePeople } from '@/lib/people';
import { useAccessLog, useAccessLogCsv, type LogFilters } from '../api/access-log';

export function AccessLogPage({ gates = env.VITE_GATE_IDS }: { gates?: readonly string[] }) {
  const { t, lang } = useI18n();
  const { nameOf } = usePeople(); // scannedBy is an admin's user id
  const [draft, setDraft] = useState<LogFilters>(() => ({ date: localDate(), gateId: '', name: '' }));
  const [filters, setFilters] = useState<LogFilters>(draft);
  const log = useAccessLog(filters);
  const csv = useAccessLogCsv();
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft });
  };

  const download = () => csv.mutate(filters, { onSuccess: ({ blob, filename }) => saveBlob(blob, filename) });

  return (
    <section>
      <h1>{t('log.title')}</h1>
      <form className="filters" onSubmit={search} role="search">
        <label className="field">
          <span>{t('log.date')}</span>
          <input type="date" data-testid="log-date" value={draft.date} required onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('log.gate')}</span>
          <select data-testid="log-gate" value={draft.gateId} onChange={(e) => setDraft({ ...draft, gateId: e.target.value })}>
            <option value="">{t('log.allGates')}</option>
            {gates.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('log.worker')}</span>
          <input
            data-testid="log-worker"
            type="search"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            placeholder={t('log.worker.placeholder')}
          />
        </label>
        <button type="submit" className="btn" data-testid="log-search">
          {t('log.search')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={download} disabled={csv.isPending} data-testid="log-csv">
          {csv.isPending ? t('log.csvDownloading') : t('log.csv')}
        </button>
      </form>
      <ErrorMessage error={csv.error} />
      <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />
      {log.isPending ? (
        <Loading />
      ) : rows.length === 0 && !log.error ? (
        <p className="muted">{t('common.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="log-table">
            <thead>
              <tr>
                <th scope="col">{t('log.col.at')}</th>
                <th scope="col">{t('log.col.worker')}</th>
                <th scope="col">{t('log.col.gate')}</th>
                <th scope="col">{t('log.col.direction')}</th>
                <th scope="col">{t('log.col.result')}</th>
                <th scope="col">{t('log.col.reason')}</th>
                <th scope="col">{t('log.col.conditions')}</th>
                <th scope="col">{t('log.col.scannedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at, lang)}</td>
                  <td title={r.workerId ?? undefined}>
                    {r.workerName ?? (r.workerId ? nameOf(r.workerId) : <span className="muted">{t('log.unreadable')}</span>)}
                  </td>
                  <td className="nowrap">{r.gateId}</td>
                  <td className="nowrap">{t(r.direction === 'IN' ? 'scanner.in' : 'scanner.out')}</td>
                  <td>
                    <span className={r.result === 'ACCEPTED' ? 'badge badge-ok' : 'badge badge-bad'}>
                      {t(r.result === 'ACCEPTED' ? 'log.result.ACCEPTED' : 'log.result.REJECTED')}
                    </span>
                    {r.offline && <span className="badge">{t('log.offline')}</span>}
                  </td>
                  <td>
                    {r.reason ? reasonText(r.reason, t) : ''}
                    {(r.kind === 'MANUAL' || r.kind === 'CORRECTION') && (
                      <span className="badge badge-warn">{t(r.kind === 'MANUAL' ? 'result.kind.MANUAL' : 'result.kind.CORRECTION')}</span>
                    )}
                    {r.note && <span className="muted small"> {r.note}</span>}
                  </td>
                  <td data-testid="log-conditions">
                    <ConditionList conditions={r.conditions} />
                  </td>
                  <td>{r.scannedBy ? nameOf(r.scannedBy) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={Boolean(log.hasNextPage)} loading={log.isFetchingNextPage} onMore={() => void log.fetchNextPage()} />
    </section>
  );
}
