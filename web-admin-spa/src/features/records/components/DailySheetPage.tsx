import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { localDate, saveBlob } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useDailySheet, useSheetFile } from '../api/records';
import './records.css';

/** Columns whose cells are sentences (left-aligned): conditions and the signature. */
const TEXT_COLUMNS = new Set(['이름', '부서', '조건', '검토·서명']);

/**
 * The day's 위생상태점검표 as the server builds it: the same cells as its CSV and PDF, shown as they are (the page adds
 * nothing and drops nothing), printable on A4 landscape.
 */
export function DailySheetPage({ initialDate = localDate() }: { initialDate?: string }) {
  const { t } = useI18n();
  const [date, setDate] = useState(initialDate);
  const sheet = useDailySheet(date);
  const file = useSheetFile();
  const download = (format: 'csv' | 'pdf') =>
    file.mutate({ date, format }, { onSuccess: ({ blob, filename }) => saveBlob(blob, filename) });

  return (
    <section className="sheet-print">
      <h1>{sheet.data?.title ?? t('records.sheetTitle')}</h1>
      <div className="filters sheet-controls">
        <label className="field">
          <span>{t('records.date')}</span>
          <input type="date" data-testid="sheet-date" value={date} required onChange={(e) => setDate(e.target.value)} />
        </label>
        <button type="button" className="btn" onClick={() => window.print()} data-testid="sheet-print">
          {t('records.print')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => download('csv')} disabled={file.isPending} data-testid="sheet-csv">
          {t('records.csv')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => download('pdf')} disabled={file.isPending} data-testid="sheet-pdf">
          {t('records.pdf')}
        </button>
        <Link to="/records/audit" data-testid="records-audit">
          {t('records.audit')}
        </Link>
      </div>
      <ErrorMessage error={file.error} />
      <ErrorMessage error={sheet.error} onRetry={() => void sheet.refetch()} />
      {sheet.isPending ? (
        <Loading />
      ) : sheet.data ? (
        <>
          <div className="table-wrap">
            <table className="sheet-table" data-testid="sheet-table">
              <thead>
                <tr>
                  {sheet.data.header.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sheet.data.rows.length === 0 ? (
                  <tr>
                    <td colSpan={sheet.data.header.length}>{t('records.noScreenings')}</td>
                  </tr>
                ) : (
                  sheet.data.rows.map((row, r) => (
                    <tr key={r} data-testid="sheet-row">
                      {row.map((cell, c) => (
                        <td key={c} className={TEXT_COLUMNS.has(sheet.data.header[c] ?? '') ? 'sheet-text' : undefined}>
                          {cell}
                        </td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <ul className="sheet-notes">
            {sheet.data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <p className="sheet-sign">{t('records.signLine')}</p>
        </>
      ) : null}
    </section>
  );
}
