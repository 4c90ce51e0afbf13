import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresenceList } from '@gmp/web-shared/api';
import { API, contractSubmission } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { liveSettings } from './useLiveUpdates';

/** A stand-in for the browser's WebSocket: records what the app opens and lets the test play the server. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  static refuse = false;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  sent: string[] = [];
  constructor(public url: string) {
    FakeSocket.opened.push(this);
    setTimeout(() => (FakeSocket.refuse ? this.onclose?.() : this.onopen?.()), 0);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.onclose?.();
  }
  push(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

const pending = (id: string) => contractSubmission({ id, workerId: 'w1', submittedAt: '2026-11-02T06:00:00Z', verdict: 'PENDING_REVIEW' });
const original = { ...liveSettings };
let queue: ReturnType<typeof pending>[] = [];

beforeEach(() => {
  signInAsAdmin();
  FakeSocket.opened = [];
  FakeSocket.refuse = false;
  queue = [];
  Object.assign(liveSettings, { WebSocketImpl: FakeSocket as unknown as typeof WebSocket, pollMs: 100, retryMs: 60_000 });
  server.use(
    http.get(`${API}/v1/live/endpoint`, () => HttpResponse.json({ url: 'ws://live.test/', tokenParameter: 'token' })),
    http.get(`${API}/v1/checklist/submissions`, ({ request }) => {
      const verdict = new URL(request.url).searchParams.get('verdict');
      return HttpResponse.json({ items: verdict === 'PENDING_REVIEW' ? queue : [] });
    }),
  );
});
afterEach(() => Object.assign(liveSettings, original));

describe('live updates', () => {
  it('opens the socket with the access token, and a decision message moves the 검토 대기 count up and down', async () => {
    renderApp('/today');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    expect(FakeSocket.opened[0]!.url).toBe('ws://live.test/?token=at-1');
    expect(await screen.findByTestId('review-count')).toHaveTextContent('0');

    queue = [pending('s-1'), pending('s-2')];
    FakeSocket.opened[0]!.push({ type: 'checklist.evaluated', siteId: 'demo-site', submissionId: 's-2', workerId: 'w1', siteDate: '2026-11-02', verdict: 'PENDING_REVIEW', trigger: 'SUBMISSION', occurredAt: '2026-11-02T06:00:00Z' });
    await waitFor(() => expect(screen.getByTestId('review-count')).toHaveTextContent('2'));

    queue = [pending('s-1')];
    FakeSocket.opened[0]!.push({ type: 'checklist.evaluated', siteId: 'demo-site', submissionId: 's-2', workerId: 'w1', siteDate: '2026-11-02', verdict: 'PASS', trigger: 'REVIEW', occurredAt: '2026-11-02T06:05:00Z' });
    await waitFor(() => expect(screen.getByTestId('review-count')).toHaveTextContent('1'));
  });

  it('a gate scan refetches who is inside, without a reload', async () => {
    let inside: PresenceList['inside'] = [];
    server.use(http.get(`${API}/v1/access-log/presence`, () => HttpResponse.json({ inside })));
    renderApp('/presence');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    expect(await screen.findByTestId('presence-count')).toHaveTextContent('0');

    inside = [{ workerId: 'w1', displayName: '김민수', since: '2026-11-02T06:10:00Z', gateId: 'GATE-1', passId: 'p-1' }];
    FakeSocket.opened[0]!.push({ type: 'gate.scanned', siteId: 'demo-site', logId: 'l-1', workerId: 'w1', siteDate: '2026-11-02', gateId: 'GATE-1', direction: 'IN', result: 'ACCEPTED', offline: false, occurredAt: '2026-11-02T06:10:00Z' });
    await waitFor(() => expect(screen.getByTestId('presence-count')).toHaveTextContent('1'));
  });

  it('ignores messages it does not know', async () => {
    renderApp('/today');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'live'));
    expect(await screen.findByTestId('review-count')).toHaveTextContent('0');
    queue = [pending('s-1')];
    FakeSocket.opened[0]!.push({ type: 'something.else' });
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByTestId('review-count')).toHaveTextContent('0');
  });

  it('falls back to polling when the socket cannot connect, and the count still follows', async () => {
    FakeSocket.refuse = true;
    renderApp('/today');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'polling'));
    expect(await screen.findByTestId('review-count')).toHaveTextContent('0');

    queue = [pending('s-1')];

    await waitFor(() => expect(screen.getByTestId('review-count')).toHaveTextContent('1'));
  });

  it('polls when the endpoint is unavailable', async () => {
    server.use(http.get(`${API}/v1/live/endpoint`, () => new HttpResponse(null, { status: 503 })));
    renderApp('/today');
    await waitFor(() => expect(screen.getByTestId('live-status')).toHaveAttribute('data-status', 'polling'));
    expect(FakeSocket.opened).toHaveLength(0);
  });
});
