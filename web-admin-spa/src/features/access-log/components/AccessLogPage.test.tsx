import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API, contractLogEntry } from '@/testing/handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { AccessLogPage } from './AccessLogPage';

beforeEach(() => signInAsAdmin());

const entry = (n: number, overrides: Record<string, unknown> = {}) => ({
  id: `log-${n}`,
  at: `2026-11-02T06:0${n}:00Z`,
  workerId: `w-${n}`,
  workerName: `작업자${n}`,
  gateId: 'GATE-1',
  direction: 'IN',
  result: 'ACCEPTED',
  passId: `p-${n}`,
  scannedBy: 'admin',
  offline: false,
  ...overrides,
});

describe('AccessLogPage', () => {
  it('lists the entries with filters, reasons as sentences, and pages with the cursor', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${API}/v1/access-log/entries`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        queries.push(params);
        if (params.get('cursor') === 'c2') return HttpResponse.json({ items: [entry(3)] });
        return HttpResponse.json({
          items: [
            entry(1),
            entry(2, { result: 'REJECTED', reason: 'NOT_INSIDE', direction: 'OUT', offline: true }),
            // a code that was not a pass at all: no worker
            { id: 'log-x', at: '2026-11-02T06:05:00Z', gateId: 'GATE-1', direction: 'IN', result: 'REJECTED', reason: 'MALFORMED', scannedBy: 'u-admin', offline: false },
          ],
          nextCursor: 'c2',
        });
      }),
    );
    const { user } = renderWithProviders(<AccessLogPage gates={['GATE-1', 'GATE-2']} />);

    const table = await screen.findByTestId('log-table');
    expect(within(table).getByText('작업자1')).toBeInTheDocument();
    expect(within(table).getByText('입장 기록이 없는 작업자입니다 (입장 기록 없이 퇴장)')).toBeInTheDocument();
    expect(within(table).getByText('오프라인')).toBeInTheDocument();
    expect(within(table).getByText('읽을 수 없는 코드')).toBeInTheDocument();
    expect(queries[0]?.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(queries[0]?.has('gateId')).toBe(false);

    await user.click(screen.getByTestId('load-more'));
    expect(await within(table).findByText('작업자3')).toBeInTheDocument();
    expect(queries.at(-1)?.get('cursor')).toBe('c2');

    await user.clear(screen.getByTestId('log-date'));
    await user.type(screen.getByTestId('log-date'), '2026-11-01');
    await user.selectOptions(screen.getByTestId('log-gate'), 'GATE-2');
    await user.type(screen.getByTestId('log-worker'), '김위생');
    await user.click(screen.getByTestId('log-search'));
    await waitFor(() => expect(queries.at(-1)?.get('gateId')).toBe('GATE-2'));
    expect(queries.at(-1)?.get('date')).toBe('2026-11-01');
    expect(queries.at(-1)?.get('name')).toBe('김위생');
  });

  it("names an entry's conditions in the words the server sent with it, each entry its own pass's", async () => {
    // one code, two rule packs' words: the Food Code's and the Korean pack's
    const us = { ko: '방수 커버로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요.', en: 'Work with a single-use glove over the impermeable cover.' };
    const kr = { ko: '방수 밴드로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요.', en: 'Work with a single-use glove over the waterproof-covered wound.' };
    server.use(
      http.get(`${API}/v1/access-log/entries`, () =>
        HttpResponse.json({
          items: [
            contractLogEntry({ id: 'log-us', at: '2026-11-02T06:01:00Z', result: 'ACCEPTED', workerName: '김민수', conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: us }] }),
            contractLogEntry({ id: 'log-kr', at: '2026-11-02T06:02:00Z', result: 'ACCEPTED', workerName: '이영희', conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: kr }] }),
            contractLogEntry({ id: 'log-none', at: '2026-11-02T06:03:00Z', result: 'ACCEPTED', workerName: '박지성' }),
          ],
        }),
      ),
    );
    renderWithProviders(<AccessLogPage gates={['GATE-1']} />);

    const table = await screen.findByTestId('log-table');
    const cells = within(table).getAllByTestId('log-conditions');
    expect(cells[0]).toHaveTextContent(us.ko);
    expect(cells[1]).toHaveTextContent(kr.ko);
    expect(cells[2]).toHaveTextContent('');
    expect(table).not.toHaveTextContent('GLOVES_OVER_COVERED_WOUND');
    // only a cache of what the server said, for the gate offline (the last words sent for the code)
    expect(JSON.parse(localStorage.getItem('gmp-admin.condition-words.demo-site')!)).toEqual({ GLOVES_OVER_COVERED_WOUND: kr });
  });

  it('downloads the CSV with the auth header and saves it as a file', async () => {
    let auth: string | null = null;
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${API}/v1/access-log/entries`, () => HttpResponse.json({ items: [] })),
      http.get(`${API}/v1/access-log/entries.csv`, ({ request }) => {
        auth = request.headers.get('authorization');
        query = new URL(request.url).searchParams;
        return new HttpResponse('\uFEFFat,worker\n', {
          headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="access-log-2026-11-02.csv"' },
        });
      }),
    );
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:csv');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    const { user } = renderWithProviders(<AccessLogPage gates={['GATE-1']} />);
    expect(await screen.findByText('표시할 항목이 없습니다.')).toBeInTheDocument();
    await user.click(screen.getByTestId('log-csv'));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(auth).toBe('Bearer at-1');
    expect(query?.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(clicked[0]?.download).toBe('access-log-2026-11-02.csv');
    const saved = createObjectURL.mock.calls[0]![0];
    // saved byte for byte, with the BOM that makes Excel read UTF-8
    expect([...new Uint8Array(await saved.arrayBuffer())].slice(0, 5)).toEqual([0xef, 0xbb, 0xbf, 0x61, 0x74]);
  });

  it('explains a failed load and offers to retry', async () => {
    server.use(http.get(`${API}/v1/access-log/entries`, () => HttpResponse.error()));
    renderWithProviders(<AccessLogPage gates={['GATE-1']} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('서버에 연결할 수 없습니다. 네트워크를 확인해 주세요.');
    expect(within(alert).getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });
});
