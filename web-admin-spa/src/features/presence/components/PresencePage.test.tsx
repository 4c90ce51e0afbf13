import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API } from '@/testing/handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { PresencePage } from './PresencePage';

beforeEach(() => signInAsAdmin());

describe('PresencePage', () => {
  it('shows who is inside, longest inside first, and refreshes on request', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/v1/access-log/presence`, () => {
        calls++;
        return HttpResponse.json({
          inside: [
            { workerId: 'w-2', displayName: '이영희', since: '2026-11-02T07:00:00Z', gateId: 'GATE-2', passId: 'p-2' },
            { workerId: 'w-1', displayName: '김민수', since: '2026-11-02T06:00:00Z', gateId: 'GATE-1', passId: 'p-1' },
          ],
        });
      }),
    );
    const { user } = renderWithProviders(<PresencePage />);
    const table = await screen.findByTestId('presence-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('김민수');
    expect(rows[1]).toHaveTextContent('이영희');
    expect(screen.getByTestId('presence-count')).toHaveTextContent('2');
    expect(screen.getByText('현재 2명 입장 중')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '새로고침' }));
    expect(calls).toBe(2);
  });

  it('names the conditions each worker came in under, in the words the server sent', async () => {
    const us = { ko: '방수 커버로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요.', en: 'Work with a single-use glove over the impermeable cover.' };
    server.use(
      http.get(`${API}/v1/access-log/presence`, () =>
        HttpResponse.json({
          inside: [
            { workerId: 'w-1', displayName: '김민수', since: '2026-11-02T06:00:00Z', gateId: 'GATE-1', passId: 'p-1', conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: us }] },
            { workerId: 'w-2', displayName: '이영희', since: '2026-11-02T07:00:00Z', gateId: 'GATE-2', passId: 'p-2' },
          ],
        }),
      ),
    );
    renderWithProviders(<PresencePage />);
    const cells = await screen.findAllByTestId('presence-conditions');
    expect(cells[0]).toHaveTextContent(us.ko);
    expect(cells[1]).toHaveTextContent('');
    expect(screen.getByTestId('presence-table')).not.toHaveTextContent('GLOVES_OVER_COVERED_WOUND');
  });
});
