import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { noteServerDate } from '@gmp/web-shared/clock';
import { parseRotatingCode, signedByDevice, stepAt } from '@gmp/web-shared/gate-code';
import { session } from '@/lib/api';
import { backend, server, signedInTokens } from '@/testing/mock-api';
import { API, PASS_TOKEN } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { StoredPass } from '../lib/pass-store';
import { formatRemaining } from '../lib/countdown';
import { PassView } from './PassView';

const basePass = (expiresAt: string, extra: Partial<StoredPass> = {}): StoredPass => ({
  id: 'p-1',
  token: PASS_TOKEN,
  expiresAt,
  verdict: 'PASS',
  conditions: [],
  zones: [],
  holderId: 'u-worker1',
  holderName: '김작업',
  savedAt: '2026-03-02T06:15:00Z',
  ...extra,
});

describe('formatRemaining', () => {
  it('counts down in h:mm:ss, then mm:ss, and stops at zero', () => {
    const now = Date.parse('2026-03-02T06:00:00Z');
    expect(formatRemaining('2026-03-02T18:00:00Z', now)).toBe('12:00:00');
    expect(formatRemaining('2026-03-02T06:05:09Z', now)).toBe('05:09');
    expect(formatRemaining('2026-03-02T05:00:00Z', now)).toBe('00:00');
  });
});

describe('PassView', () => {
  afterEach(() => vi.useRealTimers());

  it('shows a large QR of the token, the name, the countdown and the brightness hint', () => {
    renderWithProviders(
      <PassView siteId="demo-site" pass={basePass(new Date(Date.now() + 2 * 3600_000).toISOString())} department="생산1팀" offline={false} onExpired={vi.fn()} />,
    );
    const qr = screen.getByTestId('pass-qr');
    expect(qr).toHaveAttribute('role', 'img');
    expect(qr).toHaveAccessibleName('김작업님의 출입 QR 코드');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByTestId('pass-holder')).toHaveTextContent('김작업');
    expect(screen.getByText('생산1팀')).toBeInTheDocument();
    expect(screen.getByTestId('pass-countdown')).toHaveTextContent(/남은 시간 [12]:\d\d:\d\d/);
    expect(screen.getByText('화면 밝기를 최대로 올리면 더 잘 읽힙니다.')).toBeInTheDocument();
    expect(screen.queryByTestId('pass-offline')).not.toBeInTheDocument();
  });

  it('lists conditions and zones of a conditional pass', () => {
    renderWithProviders(
      <PassView
        siteId="demo-site"
        pass={basePass(new Date(Date.now() + 3600_000).toISOString(), {
          verdict: 'CONDITIONAL_PASS',
          conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '장갑을 착용하세요.', en: 'Wear a glove.' } }],
          zones: ['포장실'],
        })}
        offline={false}
        onExpired={vi.fn()}
      />,
    );
    expect(screen.getByText('조건부 출입')).toBeInTheDocument();
    expect(screen.getByText('장갑을 착용하세요.')).toBeInTheDocument();
    expect(screen.getByText(/포장실/)).toBeInTheDocument();
  });

  it('says when it is showing a stored pass offline', () => {
    renderWithProviders(
      <PassView siteId="demo-site" pass={basePass(new Date(Date.now() + 3600_000).toISOString())} offline onExpired={vi.fn()} />,
    );
    expect(screen.getByTestId('pass-offline')).toHaveTextContent('오프라인 — 저장된 패스를 보여 주고 있습니다.');
  });

  it('takes the QR down the second the pass expires', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-02T17:59:58Z'));
    const onExpired = vi.fn();
    renderWithProviders(<PassView siteId="demo-site" pass={basePass('2026-03-02T18:00:00Z')} offline={false} onExpired={onExpired} />);
    expect(screen.getByTestId('pass-countdown')).toHaveTextContent('남은 시간 00:02');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('pass-countdown')).toHaveTextContent('남은 시간 00:01');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByTestId('pass-qr')).not.toBeInTheDocument();
    expect(screen.getByTestId('pass-expired')).toHaveTextContent('출입 패스가 만료되었습니다.');
    expect(onExpired).toHaveBeenCalledTimes(1);
  });

  it('shows the phone\'s rotating code where the gate takes no static pass: registered, signed for the site', async () => {
    session.start(signedInTokens());
    const pass = basePass(new Date(Date.now() + 3600_000).toISOString(), {
      id: '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d',
      codeKind: 'ROTATING',
    });
    renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);

    const rotating = await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    const text = screen.getByTestId('pass-qr').getAttribute('data-token')!;
    expect(text).not.toBe(PASS_TOKEN);
    const code = parseRotatingCode(text)!;
    expect(code.passId).toBe(pass.id);
    expect(Math.abs(code.step - stepAt(Date.now()))).toBeLessThanOrEqual(1);
    expect(Number(rotating.getAttribute('data-step'))).toBe(code.step);
    expect(backend.state.devices).toHaveLength(1);
    await expect(signedByDevice(code, backend.state.devices[0]!, 'demo-site')).resolves.toBe(true);
    await expect(signedByDevice(code, backend.state.devices[0]!, 'other-site')).resolves.toBe(false);
  });

  it('on a phone 5 minutes slow, shows the code of the server\'s step once a reply carried the server\'s Date', async () => {
    const SLOW_MS = 5 * 60_000;
    // the server's clock is the phone's plus 5 minutes; its replies say so in their Date header, as API Gateway's do
    server.use(
      http.post(`${API}/auth/devices`, async ({ request }) => {
        const body = (await request.json()) as { publicKey: { kty: 'EC'; crv: 'P-256'; x: string; y: string } };
        backend.state.devices.push(body.publicKey);
        return HttpResponse.json(
          { jkt: 'jkt-1', registeredAt: new Date(Date.now() + SLOW_MS).toISOString(), replaced: false },
          { status: 201, headers: { Date: new Date(Date.now() + SLOW_MS).toUTCString() } },
        );
      }),
    );
    try {
      session.start(signedInTokens());
      const pass = basePass(new Date(Date.now() + 3600_000).toISOString(), {
        id: '1c6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d',
        holderId: 'u-worker-slow-phone',
        codeKind: 'ROTATING',
      });
      renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);

      await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
      const code = parseRotatingCode(screen.getByTestId('pass-qr').getAttribute('data-token')!)!;
      // within a step of the server's time (the header is whole seconds), 30 steps from the phone's own
      expect(Math.abs(code.step - stepAt(Date.now() + SLOW_MS))).toBeLessThanOrEqual(1);
      expect(stepAt(Date.now()) - code.step).toBeLessThan(-25);
      await expect(signedByDevice(code, backend.state.devices[0]!, 'demo-site')).resolves.toBe(true);
    } finally {
      noteServerDate(new Date().toUTCString());
    }
  });

  it('on a phone another registration retired, says so instead of a code; one button registers it again', async () => {
    session.start(signedInTokens());
    const pass = basePass(new Date(Date.now() + 3600_000).toISOString(), {
      id: '2d6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d',
      holderId: 'u-worker-two-phones',
      codeKind: 'ROTATING',
    });
    const first = renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);
    await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    const thisPhone = backend.state.devices[0]!;
    first.unmount();

    // the worker logged in on another phone, which registered its own key
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    const otherJwk = await crypto.subtle.exportKey('jwk', other.publicKey);
    backend.state.devices.push({ kty: 'EC', crv: 'P-256', x: otherJwk.x!, y: otherJwk.y! });

    const { user } = renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);
    const retired = await screen.findByTestId('device-retired', {}, { timeout: 5_000 });
    expect(retired).toHaveTextContent('이 휴대폰은 더 이상 등록된 기기가 아닙니다');
    expect(screen.queryByTestId('pass-qr')).toBeNull();
    expect(screen.queryByTestId('pass-rotating')).toBeNull();

    await user.click(screen.getByRole('button', { name: '이 휴대폰 다시 등록' }));

    await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    expect(backend.state.devices.at(-1)).toEqual(thisPhone);
    expect(screen.queryByTestId('device-retired')).toBeNull();
  });

  it('says it in English too', async () => {
    localStorage.setItem('gmp.lang', 'en');
    session.start(signedInTokens());
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
    const otherJwk = await crypto.subtle.exportKey('jwk', other.publicKey);
    const pass = basePass(new Date(Date.now() + 3600_000).toISOString(), {
      id: '3e6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d',
      holderId: 'u-worker-english',
      codeKind: 'ROTATING',
    });
    const first = renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);
    await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    first.unmount();
    backend.state.devices.push({ kty: 'EC', crv: 'P-256', x: otherJwk.x!, y: otherJwk.y! });

    renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);

    expect(await screen.findByTestId('device-retired', {}, { timeout: 5_000 })).toHaveTextContent(
      'This phone is no longer your registered device',
    );
    expect(screen.getByRole('button', { name: 'Register this phone again' })).toBeEnabled();
  });

  it('offline, a registered phone goes on showing its code (the server cannot say it was retired)', async () => {
    session.start(signedInTokens());
    const pass = basePass(new Date(Date.now() + 3600_000).toISOString(), {
      id: '4f6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d',
      holderId: 'u-worker-offline',
      codeKind: 'ROTATING',
    });
    const first = renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={false} onExpired={vi.fn()} />);
    await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    first.unmount();
    server.use(http.get(`${API}/auth/devices/:jkt`, () => HttpResponse.error()));

    renderWithProviders(<PassView siteId="demo-site" pass={pass} offline={true} onExpired={vi.fn()} />);

    await screen.findByTestId('pass-rotating', {}, { timeout: 5_000 });
    expect(screen.queryByTestId('device-retired')).toBeNull();
  });

  it('shows the token itself where the site takes static passes, and makes no phone key for it', async () => {
    session.start(signedInTokens());
    renderWithProviders(
      <PassView
        siteId="demo-site"
        pass={basePass(new Date(Date.now() + 3600_000).toISOString(), { codeKind: 'STATIC' })}
        offline={false}
        onExpired={vi.fn()}
      />,
    );
    await waitFor(() => expect(screen.getByTestId('pass-qr')).toHaveAttribute('data-token', PASS_TOKEN));
    expect(screen.queryByTestId('pass-rotating')).toBeNull();
    expect(backend.state.devices).toHaveLength(0);
  });
});
