import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminUser, API, contractVerifyResult, GLOVES_OVER_COVERED_WOUND } from '@/testing/handlers';
import { createTestSigner, passClaims, passHeader, type TestSigner } from '@/testing/pass-tokens';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { ScannerPage } from './ScannerPage';

// The camera is a browser device; here it is a button that "sees" whatever code a test gives it.
vi.mock('./CameraScanner', () => ({
  CameraScanner: ({ onCode }: { onCode: (text: string) => void }) => (
    <button type="button" onClick={() => onCode('same-code')}>
      camera frame
    </button>
  ),
}));

let signer: TestSigner;
beforeAll(async () => {
  signer = await createTestSigner();
});
beforeEach(() => signInAsAdmin());

const accepted = contractVerifyResult({
  result: 'ACCEPTED',
  worker: { id: 'w-101', displayName: '김민수', department: '포장' },
  pass: { id: 'p1', verdict: 'CONDITIONAL_PASS', conditions: [GLOVES_OVER_COVERED_WOUND], expiresAt: '2026-11-02T18:00:00Z' },
  logId: 'log-1',
});

const plainPass = contractVerifyResult({ ...accepted, pass: { id: 'p2', verdict: 'PASS', conditions: [], expiresAt: '2026-11-02T18:00:00Z' } });

function renderScanner() {
  // results stay up until dismissed, so a slow machine cannot make them vanish mid-assertion
  const stay = { accepted: 600_000, rejected: 600_000 };
  return renderWithProviders(<ScannerPage gates={['GATE-1', 'GATE-2']} autoStartCamera={false} resultDismissMs={stay} />);
}

describe('ScannerPage', () => {
  it('takes a green result down by itself after a few seconds, a red one later', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.json(plainPass)));
      const { user } = renderWithProviders(
        <ScannerPage gates={['GATE-1']} autoStartCamera={false} resultDismissMs={{ accepted: 3_000, rejected: 8_000 }} />,
      );
      await user.type(screen.getByTestId('manual-token'), 'tok{Enter}');
      await screen.findByTestId('scan-result');
      await act(async () => {
        vi.advanceTimersByTime(3_100);
      });
      expect(screen.queryByTestId('scan-result')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks a typed code and shows a conditional entry in amber, naming the conditions, until the guard confirms', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${API}/v1/qr/verify`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(accepted);
      }),
    );
    const { user } = renderScanner();
    await user.selectOptions(screen.getByTestId('gate-select'), 'GATE-2');
    await user.click(screen.getByTestId('direction-IN'));
    await user.type(screen.getByTestId('manual-token'), 'eyJ.token.sig');
    await user.click(screen.getByTestId('manual-submit'));

    const result = await screen.findByTestId('scan-result');
    expect(result).toHaveAttribute('data-result', 'ACCEPTED');
    expect(result).toHaveAttribute('data-state', 'conditional');
    expect(result).toHaveAttribute('data-tone', 'warn');
    expect(within(result).getByRole('heading', { name: '조건부 입장' })).toBeInTheDocument();
    expect(screen.getByTestId('scan-result-worker')).toHaveTextContent('김민수');
    expect(result).toHaveTextContent('포장');
    expect(within(result).getByTestId('scan-result-details')).toHaveClass('scan-result-conditions');
    expect(result).toHaveTextContent(GLOVES_OVER_COVERED_WOUND.message.ko); // the pack's words, as the server sent them
    expect(bodies[0]).toMatchObject({ token: 'eyJ.token.sig', gateId: 'GATE-2', direction: 'IN', scanId: expect.any(String) });
    // a tap beside it does not take it away: only the guard's confirmation does
    await user.click(result);
    expect(screen.getByTestId('scan-result')).toBeInTheDocument();
    await user.click(screen.getByTestId('scan-result-confirm'));
    expect(screen.queryByTestId('scan-result')).not.toBeInTheDocument();
  });

  it('keeps a conditional entry up past the usual few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.json(accepted)));
      const { user } = renderWithProviders(
        <ScannerPage gates={['GATE-1']} autoStartCamera={false} resultDismissMs={{ accepted: 3_000, rejected: 8_000 }} />,
      );
      await user.type(screen.getByTestId('manual-token'), 'tok{Enter}');
      await screen.findByTestId('scan-result');
      await act(async () => {
        vi.advanceTimersByTime(10_000);
      });
      expect(screen.getByTestId('scan-result')).toHaveAttribute('data-state', 'conditional');
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows anti-passback in amber, and its one tap records the missed exit and lets the worker in', async () => {
    const corrections: unknown[] = [];
    server.use(
      http.post(`${API}/v1/qr/verify`, () =>
        HttpResponse.json(contractVerifyResult({ result: 'REJECTED', reason: 'ALREADY_INSIDE', worker: { id: 'w-1', displayName: '이영희' }, logId: 'l', scanId: 's-1' })),
      ),
      http.post(`${API}/v1/qr/corrections`, async ({ request }) => {
        corrections.push(await request.json());
        return HttpResponse.json(contractVerifyResult({ ...plainPass, worker: { id: 'w-1', displayName: '이영희' }, kind: 'CORRECTION', scanId: 'fix-in.l' }));
      }),
    );
    const { user } = renderScanner();
    await user.type(screen.getByTestId('manual-token'), 'tok{Enter}');
    const refused = await screen.findByTestId('scan-result');
    expect(refused).toHaveAttribute('data-tone', 'warn');
    expect(refused).toHaveTextContent('이미 입장 중으로 기록됨');
    expect(refused).not.toHaveTextContent('출입 불가');

    await user.click(within(refused).getByTestId('scan-result-fix'));
    // the fix overrides the scan: the guard signs it with their own password first
    expect(corrections).toEqual([]);
    await user.type(await screen.findByTestId('sign-password'), 'gate1234!');
    await user.click(screen.getByTestId('sign-confirm'));

    await waitFor(() => expect(screen.getByTestId('scan-result')).toHaveAttribute('data-result', 'ACCEPTED'));
    expect(corrections).toEqual([{ scanId: expect.any(String), password: 'gate1234!' }]);
    expect(screen.getByTestId('scan-result')).toHaveTextContent('입장 허용');
    expect(screen.getByTestId('scan-result-kind')).toHaveTextContent('정정으로 기록됨');
  });

  it('finds a worker by name when their phone is dead and records them by hand', async () => {
    const entries: unknown[] = [];
    server.use(
      http.get(`${API}/v1/auth/workers`, ({ request }) =>
        HttpResponse.json({
          items: new URL(request.url).searchParams.get('name') === '김민' ? [{ id: 'w-101', displayName: '김민수', department: '포장' }] : [],
        }),
      ),
      http.post(`${API}/v1/qr/manual-entries`, async ({ request }) => {
        entries.push(await request.json());
        return HttpResponse.json(contractVerifyResult({ ...plainPass, kind: 'MANUAL', note: '휴대폰 사용 불가 — 이름으로 확인' }));
      }),
    );
    const { user } = renderScanner();
    await user.type(screen.getByTestId('lookup-name'), '김민');
    await user.click(screen.getByTestId('lookup-search'));
    await user.click(await screen.findByRole('button', { name: '김민수 (포장) 수동 기록 (입장)' }));
    expect(entries).toEqual([]);
    await user.type(await screen.findByTestId('sign-password'), 'gate1234!');
    await user.click(screen.getByTestId('sign-confirm'));

    const result = await screen.findByTestId('scan-result');
    expect(result).toHaveAttribute('data-result', 'ACCEPTED');
    expect(screen.getByTestId('scan-result-kind')).toHaveTextContent('수동 입력으로 기록됨');
    expect(entries).toEqual([
      {
        workerId: 'w-101',
        gateId: 'GATE-1',
        direction: 'IN',
        scanId: expect.any(String),
        note: '휴대폰 사용 불가 — 이름으로 확인',
        password: 'gate1234!',
      },
    ]);
  });

  it('lists the last ten scans of the site', async () => {
    server.use(
      http.get(`${API}/v1/access-log/entries`, ({ request }) => {
        expect(new URL(request.url).searchParams.get('limit')).toBe('10');
        return HttpResponse.json({
          items: [
            { id: 'e2', at: '2026-11-02T09:01:00Z', workerName: '이영희', gateId: 'GATE-1', direction: 'IN', result: 'REJECTED', reason: 'REVOKED', scannedBy: 'g-1', offline: false },
            { id: 'e1', at: '2026-11-02T09:00:00Z', workerName: '김민수', gateId: 'GATE-1', direction: 'IN', result: 'ACCEPTED', kind: 'MANUAL', scannedBy: 'g-1', offline: false },
          ],
        });
      }),
    );
    renderScanner();
    const rows = await screen.findAllByTestId('recent-scan');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('이영희');
    expect(rows[0]).toHaveClass('recent-scan-bad');
    expect(rows[1]).toHaveTextContent('김민수');
    expect(rows[1]).toHaveTextContent('수동 입력으로 기록됨');
  });

  it('shows an anti-passback refusal with the reason in Korean, and Escape closes it', async () => {
    server.use(
      http.post(`${API}/v1/qr/verify`, () =>
        HttpResponse.json(contractVerifyResult({ result: 'REJECTED', reason: 'ALREADY_INSIDE', worker: { id: 'w-1', displayName: '이영희' }, logId: 'l' })),
      ),
    );
    const { user } = renderScanner();
    await user.type(screen.getByTestId('manual-token'), 'tok{Enter}');
    const result = await screen.findByTestId('scan-result');
    expect(result).toHaveAttribute('data-result', 'REJECTED');
    expect(result).toHaveTextContent('이미 입장 중으로 기록됨');
    expect(result).toHaveTextContent('이미 입장한 작업자입니다 (퇴장 기록 없음)');
    expect(within(result).getByRole('button', { name: '닫기 (Esc)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('scan-result')).not.toBeInTheDocument();
    expect(screen.getByTestId('manual-token')).toHaveFocus(); // ready for the next code
  });

  it('remembers the gate and direction across visits', async () => {
    const first = renderScanner();
    await first.user.selectOptions(screen.getByTestId('gate-select'), 'GATE-2');
    await first.user.click(screen.getByTestId('direction-OUT'));
    first.unmount();
    renderScanner();
    expect(screen.getByTestId('gate-select')).toHaveValue('GATE-2');
    expect(screen.getByTestId('direction-OUT')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('direction-IN')).toHaveAttribute('aria-pressed', 'false');
  });

  it('checks a code the camera keeps seeing only once', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/qr/verify`, () => {
        calls++;
        return HttpResponse.json(accepted);
      }),
    );
    const { user } = renderScanner();
    // five frames in a row in which the camera decodes the same code
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: 'camera frame' }));
    await screen.findByTestId('scan-result');
    expect(calls).toBe(1);
  });

  it('verifies the signature on the device when the server is unreachable, queues the scan and syncs it later', async () => {
    server.use(
      http.get(`${API}/v1/qr/keys`, () => HttpResponse.json({ keys: [signer.jwk] })),
      // fetched while online: the pass names only the worker id
      http.get(`${API}/v1/auth/users`, () =>
        HttpResponse.json({ items: [{ ...adminUser, id: 'w-101', loginId: 'worker1', displayName: '김민수', role: 'WORKER', department: '포장' }] }),
      ),
      http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()),
      http.post(`${API}/v1/access-log/entries/batch`, () => HttpResponse.error()),
    );
    const now = Math.floor(Date.now() / 1000);
    const token = await signer.sign(passHeader(signer.kid), passClaims({ iat: now, nbf: now, exp: now + 3600 }));
    const { user } = renderScanner();
    await waitFor(() => expect(screen.getByText('오프라인 검증 키 1개 저장됨')).toBeInTheDocument());

    await user.type(screen.getByTestId('manual-token'), token);
    await user.click(screen.getByTestId('manual-submit'));

    const result = await screen.findByTestId('scan-result');
    expect(result).toHaveAttribute('data-result', 'ACCEPTED');
    expect(result).toHaveAttribute('data-provisional', 'true');
    expect(result).toHaveTextContent('오프라인 확인 — 동기화 후 확정');
    expect(screen.getByTestId('scan-result-worker')).toHaveTextContent('김민수');
    expect(result).toHaveTextContent('포장');
    await waitFor(() => expect(screen.getByTestId('queue-size')).toHaveAttribute('data-count', '1'));
    expect(screen.getByTestId('queue-size')).toHaveTextContent('오프라인 대기 1건');

    let synced: unknown;
    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, async ({ request }) => {
        synced = await request.json();
        const { entries } = synced as { entries: { scanId: string }[] };
        return HttpResponse.json({ results: entries.map((e) => ({ scanId: e.scanId, result: 'ACCEPTED', logId: 'l' })) });
      }),
    );
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByTestId('queue-size')).toHaveAttribute('data-count', '0'));
    expect(synced).toEqual({ entries: [expect.objectContaining({ token, gateId: 'GATE-1', direction: 'IN', scanId: expect.any(String) })] });
    expect(screen.getByText('동기화 완료: 1건 확정, 0건 거부')).toBeInTheDocument();
  });

  /**
   * A pass typed in while the server is slow, 5 s on: the server answers (accepted) only when the test calls answer().
   * It leaves fake timers on; the caller restores real ones.
   */
  async function scanWithASlowServer() {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(`${API}/v1/qr/keys`, () => HttpResponse.json({ keys: [signer.jwk] })),
      http.post(`${API}/v1/qr/verify`, async () => {
        await answered;
        return HttpResponse.json(accepted);
      }),
      http.post(`${API}/v1/access-log/entries/batch`, () => HttpResponse.error()),
    );
    const now = Math.floor(Date.now() / 1000);
    const token = await signer.sign(passHeader(signer.kid), passClaims({ iat: now, nbf: now, exp: now + 3600 }));
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderScanner();
    await waitFor(() => expect(screen.getByText('오프라인 검증 키 1개 저장됨')).toBeInTheDocument());
    await user.type(screen.getByTestId('manual-token'), `${token}{Enter}`);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_100);
    });
    return { user, answer };
  }

  it('shows a provisional result when the server is slow, then the server’s own answer in its place', async () => {
    try {
      const { answer } = await scanWithASlowServer();
      const provisional = await screen.findByTestId('scan-result');
      expect(provisional).toHaveAttribute('data-provisional', 'true');
      await waitFor(() => expect(screen.getByTestId('queue-size')).toHaveAttribute('data-count', '1'));

      answer();
      await waitFor(() => expect(screen.getByTestId('scan-result')).toHaveAttribute('data-provisional', 'false'));
      expect(screen.getByTestId('scan-result-worker')).toHaveTextContent('김민수');
      await waitFor(() => expect(screen.getByTestId('queue-size')).toHaveAttribute('data-count', '0'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the slow server’s answer even when the provisional result was dismissed meanwhile', async () => {
    try {
      const { user, answer } = await scanWithASlowServer();
      expect(await screen.findByTestId('scan-result')).toHaveAttribute('data-provisional', 'true');
      await user.keyboard('{Escape}');
      expect(screen.queryByTestId('scan-result')).not.toBeInTheDocument();

      answer();
      await waitFor(() => expect(screen.getByTestId('scan-result')).toHaveAttribute('data-provisional', 'false'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a forged pass offline', async () => {
    server.use(
      http.get(`${API}/v1/qr/keys`, () => HttpResponse.json({ keys: [signer.jwk] })),
      http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()),
      http.post(`${API}/v1/access-log/entries/batch`, () => HttpResponse.error()),
    );
    const attacker = await createTestSigner(signer.kid);
    const token = await attacker.sign(passHeader(signer.kid), passClaims({ exp: Math.floor(Date.now() / 1000) + 3600 }));
    const { user } = renderScanner();
    await waitFor(() => expect(screen.getByText('오프라인 검증 키 1개 저장됨')).toBeInTheDocument());
    await user.type(screen.getByTestId('manual-token'), `${token}{Enter}`);
    const result = await screen.findByTestId('scan-result');
    expect(result).toHaveAttribute('data-result', 'REJECTED');
    expect(result).toHaveTextContent('위조되었거나 손상된 출입증입니다');
  });

  it('explains a server error in plain words', async () => {
    server.use(
      http.post(`${API}/v1/qr/verify`, () =>
        HttpResponse.json({ error: { code: 'INTERNAL', message: 'NullPointerException', requestId: 'req-42' } }, { status: 500 }),
      ),
    );
    const { user } = renderScanner();
    await user.type(screen.getByTestId('manual-token'), 'tok{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('서버에서 문제가 생겼습니다. 잠시 후 다시 시도해 주세요. (요청 ID: req-42)');
    expect(alert).not.toHaveTextContent('NullPointer');
  });
});
