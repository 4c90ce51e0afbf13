import { http, HttpResponse } from 'msw';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API, apiError, contractVerifyResult } from '@/testing/handlers';
import { createTestSigner, NOW_MS, passClaims, passHeader, type TestSigner } from '@/testing/pass-tokens';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { ApiError } from '@gmp/web-shared/client';
import { createGateApi } from '../api/gate-api';
import { closeGateDbs } from './db';
import { checkPass, NoOfflineKeysError, type GateCheckDeps } from './gate-check';
import { jwkThumbprint, makeRotatingCode, stepAt } from '@gmp/web-shared/gate-code';
import type { Roster } from './roster';
import { createScanQueue, type ScanQueue } from './scan-queue';

let signer: TestSigner;
let queue: ScanQueue;
let seq = 0;

beforeAll(async () => {
  signer = await createTestSigner();
});
beforeEach(() => {
  signInAsAdmin();
  queue = createScanQueue(`gate-check-${++seq}`);
});
afterEach(() => closeGateDbs());

function deps(overrides: Partial<GateCheckDeps> = {}): GateCheckDeps {
  return {
    api: createGateApi(),
    queue,
    loadKeys: async () => [signer.jwk],
    siteId: 'demo-site',
    now: () => NOW_MS,
    newScanId: () => 'scan-fixed',
    ...overrides,
  };
}

describe('checkPass', () => {
  it('asks the server and shows its answer, naming the worker and the conditions', async () => {
    let body: unknown;
    server.use(
      http.post(`${API}/v1/qr/verify`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(contractVerifyResult({
          result: 'ACCEPTED',
          worker: { id: 'w-101', displayName: '김민수', department: '포장' },
          pass: {
            id: 'pass-555',
            verdict: 'CONDITIONAL_PASS',
            conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '방수 밴드와 장갑', en: 'Cover and glove' } }],
            expiresAt: '2026-11-02T18:00:00Z',
          },
          logId: 'log-1',
        }));
      }),
    );
    const outcome = await checkPass({ token: ' tok ', gateId: 'GATE-1', direction: 'IN' }, deps());
    expect(body).toEqual({ token: 'tok', gateId: 'GATE-1', direction: 'IN', scanId: 'scan-fixed', scannedAt: '2026-11-02T06:00:00.000Z' });
    expect(outcome).toMatchObject({
      accepted: true,
      provisional: false,
      worker: { displayName: '김민수', department: '포장' },
      conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND' }],
    });
    expect(await queue.count()).toBe(0);
  });

  it('passes on the server rejection reason', async () => {
    server.use(
      http.post(`${API}/v1/qr/verify`, () =>
        HttpResponse.json(contractVerifyResult({ result: 'REJECTED', reason: 'ALREADY_INSIDE', worker: { id: 'w-1', displayName: '이영희' }, logId: 'l' })),
      ),
    );
    const outcome = await checkPass({ token: 't', gateId: 'GATE-1', direction: 'IN' }, deps());
    expect(outcome).toMatchObject({ accepted: false, reason: 'ALREADY_INSIDE', provisional: false });
  });

  it('falls back to the signature check and queues the scan when the server is unreachable', async () => {
    server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const outcome = await checkPass({ token, gateId: 'GATE-2', direction: 'IN' }, deps());
    expect(outcome).toMatchObject({ accepted: true, provisional: true, worker: { id: 'w-101' } });
    expect(await queue.list()).toEqual([
      expect.objectContaining({ scanId: 'scan-fixed', token, gateId: 'GATE-2', direction: 'IN', offlineResult: 'ACCEPTED', workerId: 'w-101' }),
    ]);
  });

  it('names the worker offline from the cached directory when it knows them', async () => {
    server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const outcome = await checkPass(
      { token, gateId: 'GATE-1', direction: 'IN' },
      deps({ lookupWorker: async (id) => (id === 'w-101' ? { displayName: '김민수', department: '포장' } : undefined) }),
    );
    expect(outcome.worker).toEqual({ id: 'w-101', displayName: '김민수', department: '포장' });
  });

  it('treats a gateway that cannot reach the function (503) as offline too', async () => {
    server.use(http.post(`${API}/v1/qr/verify`, () => apiError(503, 'SERVICE_UNAVAILABLE')));
    const token = await signer.sign(passHeader(signer.kid), passClaims({ exp: Math.floor(NOW_MS / 1000) - 3600 }));
    const outcome = await checkPass({ token, gateId: 'GATE-1', direction: 'OUT' }, deps());
    expect(outcome).toMatchObject({ accepted: false, provisional: true, reason: 'EXPIRED' });
    expect(await queue.count()).toBe(1);
  });

  it('does not queue a code that is not a pass at all', async () => {
    server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
    const outcome = await checkPass({ token: 'https://example.com', gateId: 'GATE-1', direction: 'IN' }, deps());
    expect(outcome).toMatchObject({ accepted: false, reason: 'MALFORMED' });
    expect(await queue.count()).toBe(0);
  });

  it('says so when it is offline without keys', async () => {
    server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
    await expect(checkPass({ token: 'x.y.z', gateId: 'GATE-1', direction: 'IN' }, deps({ loadKeys: async () => [] }))).rejects.toBeInstanceOf(
      NoOfflineKeysError,
    );
  });

  it('does not go offline on a client error such as an expired session', async () => {
    server.use(
      http.post(`${API}/v1/qr/verify`, () => apiError(403, 'FORBIDDEN')),
    );
    await expect(checkPass({ token: 'x.y.z', gateId: 'GATE-1', direction: 'IN' }, deps())).rejects.toBeInstanceOf(ApiError);
    expect(await queue.count()).toBe(0);
  });

  it('flushes waiting offline scans before an online check so the server sees them in order', async () => {
    const order: string[] = [];
    server.use(
      http.post(`${API}/v1/qr/verify`, () => {
        order.push('verify');
        return HttpResponse.json(contractVerifyResult({ result: 'ACCEPTED', worker: { id: 'w' }, logId: 'l' }));
      }),
    );
    await queue.add({ scanId: 's0', token: 't', gateId: 'G', direction: 'IN', scannedAt: 'x', offlineResult: 'ACCEPTED', queuedAt: 0 });
    await checkPass(
      { token: 't2', gateId: 'G', direction: 'OUT' },
      deps({ flushQueue: async () => void order.push('flush') }),
    );
    expect(order).toEqual(['flush', 'verify']);
  });

  it('decides on the device when the server is slow, and takes the server’s answer when it comes', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post(`${API}/v1/qr/verify`, async () => {
        await answered;
        return HttpResponse.json(contractVerifyResult({ result: 'REJECTED', reason: 'REVOKED', worker: { id: 'w-101', displayName: '김민수' }, logId: 'l' }));
      }),
    );
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const late: unknown[] = [];
    const outcome = await checkPass(
      { token, gateId: 'GATE-2', direction: 'IN' },
      deps({ provisionalAfterMs: 50, onServerAnswer: (o) => late.push(o) }),
    );
    expect(outcome).toMatchObject({ scanId: 'scan-fixed', accepted: true, provisional: true });
    expect(await queue.count()).toBe(1); // if the server never answers, the sync sends it
    answer();
    await waitFor(() => expect(late).toHaveLength(1));
    expect(late[0]).toMatchObject({ scanId: 'scan-fixed', accepted: false, provisional: false, reason: 'REVOKED' });
    expect(await queue.count()).toBe(0); // the server has logged it: nothing left to send
  });

  it('keeps the scan queued when the slow server fails in the end', async () => {
    let fail: () => void = () => undefined;
    const failed = new Promise<void>((resolve) => (fail = resolve));
    server.use(
      http.post(`${API}/v1/qr/verify`, async () => {
        await failed;
        return HttpResponse.error();
      }),
    );
    const token = await signer.sign(passHeader(signer.kid), passClaims());
    const late: unknown[] = [];
    await checkPass({ token, gateId: 'GATE-2', direction: 'IN' }, deps({ provisionalAfterMs: 50, onServerAnswer: (o) => late.push(o) }));
    fail();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(late).toHaveLength(0);
    expect(await queue.count()).toBe(1);
  });

  it('waits for a slow server when the device has no keys to decide with', async () => {
    server.use(
      http.post(`${API}/v1/qr/verify`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return HttpResponse.json(contractVerifyResult({ result: 'ACCEPTED', worker: { id: 'w-101', displayName: '김민수' }, logId: 'l' }));
      }),
    );
    const outcome = await checkPass(
      { token: 'x.y.z', gateId: 'GATE-1', direction: 'IN' },
      deps({ provisionalAfterMs: 50, loadKeys: async () => [] }),
    );
    expect(outcome).toMatchObject({ accepted: true, provisional: false });
  });

  describe('offline, with the site\'s signed roster', () => {
    const PASS_ID = '0b6a7f7e-3c1e-4c53-9a55-0e1f2a3b4c5d';
    async function phoneAndRoster(statics = false, boundTo?: { x: string; y: string }) {
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
      const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const key = { x: jwk.x!, y: jwk.y! };
      const roster: Roster = {
        iss: 'urn:gmp-hygiene-gate:pass',
        site: 'demo-site',
        day: '2026-11-02',
        iat: NOW_MS / 1000 - 60,
        exp: NOW_MS / 1000 + 3600,
        static: statics,
        passes: [
          { ref: PASS_ID, sub: 'w-101', name: '김민수', dept: '포장', v: 'CONDITIONAL_PASS', cnd: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '방수 밴드 위에 장갑', en: 'Glove over a waterproof cover' } }],
            exp: NOW_MS / 1000 + 3600, jwk: { kty: 'EC', crv: 'P-256', ...key }, jkt: await jwkThumbprint(boundTo ?? key) },
        ],
        revoked: [],
      };
      return { phone: pair.privateKey, roster };
    }

    it('decides the phone\'s live code from the roster alone, names the worker, says it read a rotating code, queues it', async () => {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
      const { phone, roster } = await phoneAndRoster();
      const code = await makeRotatingCode(phone, PASS_ID, stepAt(NOW_MS), 'demo-site');

      const outcome = await checkPass({ token: code, gateId: 'GATE-1', direction: 'IN' }, deps({ loadRoster: async () => roster }));

      expect(outcome).toMatchObject({
        accepted: true,
        provisional: true,
        codeKind: 'ROTATING',
        worker: { id: 'w-101', displayName: '김민수', department: '포장' },
        // in the pass's own words, from the roster, as the server would have said them
        conditions: [{ code: 'GLOVES_OVER_COVERED_WOUND', message: { ko: '방수 밴드 위에 장갑', en: 'Glove over a waterproof cover' } }],
      });
      expect(await queue.list()).toEqual([
        expect.objectContaining({ token: code, offlineResult: 'ACCEPTED', workerId: 'w-101', scannedAt: '2026-11-02T06:00:00.000Z' }),
      ]);
    });

    it('refuses and queues a photo of the code shown 30 s later', async () => {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
      const { phone, roster } = await phoneAndRoster();
      const code = await makeRotatingCode(phone, PASS_ID, stepAt(NOW_MS - 30_000), 'demo-site');

      const outcome = await checkPass({ token: code, gateId: 'GATE-1', direction: 'IN' }, deps({ loadRoster: async () => roster }));

      expect(outcome).toMatchObject({ accepted: false, reason: 'CODE_EXPIRED', codeKind: 'ROTATING' });
      expect(await queue.list()).toEqual([expect.objectContaining({ offlineResult: 'REJECTED', offlineReason: 'CODE_EXPIRED' })]);
    });

    it('refuses the registered phone\'s code for a pass bound to an earlier phone, names the worker, queues it', async () => {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
      const earlier = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
      const earlierJwk = await crypto.subtle.exportKey('jwk', earlier.publicKey);
      const { phone, roster } = await phoneAndRoster(false, { x: earlierJwk.x!, y: earlierJwk.y! });
      const code = await makeRotatingCode(phone, PASS_ID, stepAt(NOW_MS), 'demo-site');

      const outcome = await checkPass({ token: code, gateId: 'GATE-1', direction: 'IN' }, deps({ loadRoster: async () => roster }));

      expect(outcome).toMatchObject({ accepted: false, reason: 'PASS_OTHER_DEVICE', codeKind: 'ROTATING', worker: { displayName: '김민수' } });
      expect(await queue.list()).toEqual([
        expect.objectContaining({ offlineResult: 'REJECTED', offlineReason: 'PASS_OTHER_DEVICE', workerId: 'w-101' }),
      ]);
    });

    it('cannot decide a rotating code with no roster (nothing holds the phone\'s key)', async () => {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
      const { phone } = await phoneAndRoster();
      const code = await makeRotatingCode(phone, PASS_ID, stepAt(NOW_MS), 'demo-site');
      await expect(
        checkPass({ token: code, gateId: 'GATE-1', direction: 'IN' }, deps({ loadRoster: async () => null })),
      ).rejects.toBeInstanceOf(NoOfflineKeysError);
      expect(await queue.count()).toBe(0);
    });

    it('refuses a genuine static pass where the roster says the site takes none, and takes it where it does', async () => {
      server.use(http.post(`${API}/v1/qr/verify`, () => HttpResponse.error()));
      const token = await signer.sign(passHeader(signer.kid), passClaims());
      const strict = await phoneAndRoster(false);

      const refused = await checkPass({ token, gateId: 'GATE-1', direction: 'IN' }, deps({ loadRoster: async () => strict.roster }));
      expect(refused).toMatchObject({ accepted: false, reason: 'STATIC_NOT_ALLOWED', codeKind: 'STATIC' });
      expect(await queue.list()).toEqual([expect.objectContaining({ offlineResult: 'REJECTED', offlineReason: 'STATIC_NOT_ALLOWED' })]);

      const kiosk = await phoneAndRoster(true);
      const taken = await checkPass(
        { token, gateId: 'GATE-1', direction: 'IN' },
        deps({ loadRoster: async () => kiosk.roster, newScanId: () => 'scan-2' }),
      );
      expect(taken).toMatchObject({ accepted: true, codeKind: 'STATIC' });
    });
  });
});
