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
  it('revokes a pass inside, signed with the admin password: the reason and the password are sent, and refused while it is wrong', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(`${API}/v1/access-log/presence`, () =>
        HttpResponse.json({
          inside: [{ workerId: 'w-1', displayName: '김민수', since: '2026-11-02T06:00:00Z', gateId: 'GATE-1', passId: 'p-1' }],
        }),
      ),
      http.post(`${API}/v1/qr/passes/:id/revoke`, async ({ request, params }) => {
        const body = (await request.json()) as { reason: string; password: string };
        bodies.push({ id: params.id, ...body });
        if (body.password !== 'right-password') {
          return HttpResponse.json(
            { code: 'VALIDATION_FAILED', message: 'The request is not valid.', details: [{ field: 'password', code: 'WRONG_PASSWORD', message: 'wrong' }] },
            { status: 400 },
          );
        }
        return HttpResponse.json({
          id: 'p-1', workerId: 'w-1', verdict: 'PASS', expiresAt: '2026-11-02T18:00:00Z',
          revokedAt: '2026-11-02T08:00:00Z', revokedReason: body.reason,
        });
      }),
    );
    const { user } = renderWithProviders(<PresencePage />);
    await user.click(await screen.findByTestId('revoke-w-1'));
    const form = screen.getByTestId('revoke-form');
    expect(form).toHaveTextContent('김민수 님의 출입 패스 취소');
    // nothing is sent without a reason and the password
    expect(screen.getByTestId('revoke-confirm')).toBeDisabled();

    await user.type(screen.getByTestId('revoke-reason'), '  입장 후 발열  보고 ');
    await user.type(screen.getByTestId('revoke-password'), 'wrong-password');
    await user.click(screen.getByTestId('revoke-confirm'));
    expect(await within(form).findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByTestId('revoke-done')).not.toBeInTheDocument();
    // the password field is emptied after each try; the reason stays
    expect(screen.getByTestId('revoke-password')).toHaveValue('');

    await user.type(screen.getByTestId('revoke-password'), 'right-password');
    await user.click(screen.getByTestId('revoke-confirm'));
    expect(await screen.findByTestId('revoke-done')).toHaveTextContent('김민수 님의 출입 패스를 취소했습니다');
    expect(screen.queryByTestId('revoke-form')).not.toBeInTheDocument();
    expect(bodies).toEqual([
      { id: 'p-1', reason: '입장 후 발열 보고', password: 'wrong-password' },
      { id: 'p-1', reason: '입장 후 발열 보고', password: 'right-password' },
    ]);
  });

});
