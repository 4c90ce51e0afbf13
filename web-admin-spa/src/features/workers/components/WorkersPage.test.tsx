import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, apiError } from '@/testing/handlers';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { WorkersPage } from './WorkersPage';

type Account = { id: string; loginId: string; displayName: string; role: string; siteId: string; department: string; status: string };
let accounts: Account[];
let patches: unknown[];

beforeEach(() => {
  signInAsAdmin();
  patches = [];
  accounts = [
    { id: 'u1', loginId: 'worker1', displayName: '김민수', role: 'WORKER', siteId: 'demo-site', department: '포장', status: 'ACTIVE' },
    { id: 'u2', loginId: 'worker2', displayName: '이영희', role: 'WORKER', siteId: 'demo-site', department: '조리', status: 'DISABLED' },
  ];
  server.use(
    http.get(`${API}/v1/auth/users`, () => HttpResponse.json({ items: accounts })),
    http.post(`${API}/v1/auth/users`, async ({ request }) => {
      const body = (await request.json()) as Omit<Account, 'id' | 'siteId' | 'status'> & { password: string };
      if (body.loginId === 'worker1') return apiError(409, 'LOGIN_ID_TAKEN', 'This login id is already taken.');
      const { password: _password, ...rest } = body;
      const created = { ...rest, id: 'u3', siteId: 'demo-site', status: 'ACTIVE' };
      accounts = [...accounts, created];
      return HttpResponse.json(created, { status: 201 });
    }),
    http.patch(`${API}/v1/auth/users/:id`, async ({ params, request }) => {
      const patch = (await request.json()) as Partial<Account>;
      patches.push({ id: params.id, ...patch });
      accounts = accounts.map((a) => (a.id === params.id ? { ...a, ...patch } : a));
      return HttpResponse.json(accounts.find((a) => a.id === params.id));
    }),
    http.post(`${API}/v1/auth/users/:id/password-reset`, () =>
      HttpResponse.json({ user: accounts[0], temporaryPassword: 'Tmp-4821-xyQ7k' }),
    ),
  );
});

describe('WorkersPage', () => {
  it('adds a worker and shows them in the list', async () => {
    const { user } = renderWithProviders(<WorkersPage />);
    await screen.findByTestId('worker-worker1');
    await user.type(screen.getByTestId('new-login-id'), 'worker3');
    await user.type(screen.getByTestId('new-display-name'), '박지훈');
    await user.type(screen.getByTestId('new-department'), '세척');
    await user.type(screen.getByTestId('new-password'), 'worker1234!');
    await user.click(screen.getByTestId('create-submit'));
    expect(await screen.findByText('박지훈님을 추가했습니다.')).toBeInTheDocument();
    expect(await screen.findByTestId('worker-worker3')).toHaveTextContent('세척');
  });

  it('says plainly that a login id is taken', async () => {
    const { user } = renderWithProviders(<WorkersPage />);
    await screen.findByTestId('worker-worker1');
    await user.type(screen.getByTestId('new-login-id'), 'worker1');
    await user.type(screen.getByTestId('new-display-name'), '중복');
    await user.type(screen.getByTestId('new-department'), '포장');
    await user.type(screen.getByTestId('new-password'), 'worker1234!');
    await user.click(screen.getByTestId('create-submit'));
    expect(await screen.findByRole('alert')).toHaveTextContent('이미 사용 중인 아이디입니다.');
  });

  it('disables an active worker only after a confirmation, and enables a disabled one at once', async () => {
    const { user } = renderWithProviders(<WorkersPage />);
    await user.click(await screen.findByTestId('toggle-worker1'));
    expect(screen.getByText('김민수님의 계정을 사용 중지할까요? 로그인과 출입증이 바로 막힙니다.')).toBeInTheDocument();
    expect(patches).toEqual([]);
    await user.click(screen.getByTestId('disable-confirm-worker1'));
    await waitFor(() => expect(within(screen.getByTestId('worker-worker1')).getByText('중지')).toBeInTheDocument());
    await user.click(screen.getByTestId('toggle-worker2'));
    await waitFor(() => expect(patches).toEqual([{ id: 'u1', status: 'DISABLED' }, { id: 'u2', status: 'ACTIVE' }]));
  });

  it('offers the gate role, for a tablet that only scans', async () => {
    renderWithProviders(<WorkersPage />);
    await screen.findByTestId('worker-worker1');
    expect(screen.getByRole('option', { name: '게이트 (스캔 전용)' })).toHaveValue('GATE');
  });

  it('resets a password after a confirmation and shows the temporary one', async () => {
    const { user } = renderWithProviders(<WorkersPage />);
    await user.click(await screen.findByTestId('reset-worker1'));
    expect(screen.getByText('김민수님의 비밀번호를 초기화할까요?')).toBeInTheDocument();
    await user.click(screen.getByTestId('reset-confirm-worker1'));
    expect(await screen.findByTestId('reset-notice')).toHaveTextContent('임시 비밀번호: Tmp-4821-xyQ7k');
  });
});
