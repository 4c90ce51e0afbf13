import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import type { WorkerMatch } from '../api/schemas';
import { useGateServices } from '../hooks/gate-services';

type Props = {
  direction: 'IN' | 'OUT';
  /** the guard picked this worker: record their entry or exit by hand */
  onPick: (worker: WorkerMatch) => void;
  busy: boolean;
};

/** When a phone is dead: find the worker by name, then record them by hand (the server checks their stored pass). */
export function NameLookup({ direction, onPick, busy }: Props) {
  const { t } = useI18n();
  const { api } = useGateServices();
  const [name, setName] = useState('');
  const search = useMutation({ mutationFn: (text: string) => api.findWorkers(text) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = name.trim();
    if (text) search.mutate(text);
  };

  return (
    <section className="name-lookup" aria-labelledby="name-lookup-title">
      <h2 id="name-lookup-title">{t('scanner.lookup.title')}</h2>
      <form className="row" onSubmit={submit} role="search">
        <label htmlFor="lookup-name" className="sr-only">
          {t('scanner.lookup.name')}
        </label>
        <input
          id="lookup-name"
          data-testid="lookup-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('scanner.lookup.name')}
          autoComplete="off"
        />
        <button type="submit" className="btn" data-testid="lookup-search" disabled={!name.trim() || search.isPending}>
          {t('scanner.lookup.search')}
        </button>
      </form>
      <ErrorMessage error={search.error} />
      {search.data && search.data.length === 0 && <p className="muted">{t('scanner.lookup.none')}</p>}
      {search.data && search.data.length > 0 && (
        <ul className="lookup-results" data-testid="lookup-results">
          {search.data.map((worker) => (
            <li key={worker.id}>
              <button
                type="button"
                className="btn lookup-pick"
                data-testid="lookup-pick"
                disabled={busy}
                onClick={() => onPick(worker)}
              >
                {t('scanner.lookup.enter', {
                  name: worker.department ? `${worker.displayName} (${worker.department})` : worker.displayName,
                  direction: t(direction === 'IN' ? 'scanner.in' : 'scanner.out'),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
