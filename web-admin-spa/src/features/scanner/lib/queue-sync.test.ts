import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API } from '@/testing/handlers';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { createGateApi } from '../api/gate-api';
import { closeGateDbs, type QueuedScan } from './db';
import { createScanQueue } from './scan-queue';
import { syncQueue } from './sync';

let dbSeq = 0;
let queue: ReturnType<typeof createScanQueue>;

function scan(n: number, overrides: Partial<QueuedScan> = {}): QueuedScan {
  return {
    scanId: `scan-${n}`,
    token: `tok-${n}`,
    gateId: 'GATE-1',
    direction: 'IN',
    scannedAt: new Date(Date.UTC(2026, 10, 2, 6, 0, n)).toISOString(),
    offlineResult: 'ACCEPTED',
    queuedAt: n,
    ...overrides,
  };
}

beforeEach(() => {
  signInAsAdmin();
  queue = createScanQueue(`queue-test-${++dbSeq}`);
});
afterEach(() => closeGateDbs());

describe('scan queue', () => {
  it('keeps scans oldest first and counts them', async () => {
    await queue.add(scan(2));
    await queue.add(scan(1));
    expect(await queue.count()).toBe(2);
    expect((await queue.list()).map((s) => s.scanId)).toEqual(['scan-1', 'scan-2']);
  });

  it('tells subscribers when it changes', async () => {
    let calls = 0;
    queue.subscribe(() => calls++);
    await queue.add(scan(1));
    await queue.remove(['scan-1']);
    expect(calls).toBe(2);
  });
});

describe('syncQueue', () => {
  it('sends every queued scan with its scanId and empties the queue', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, async ({ request }) => {
        expect(request.headers.get('authorization')).toBe('Bearer at-1');
        expect(request.headers.get('x-api-key')).toBe('local-dev-key');
        const body = (await request.json()) as { entries: { scanId: string }[] };
        sent.push(...body.entries);
        return HttpResponse.json({
          results: body.entries.map((e, i) => ({ scanId: e.scanId, result: 'ACCEPTED', logId: `log-${i}` })),
        });
      }),
    );
    await queue.add(scan(1));
    await queue.add(scan(2, { direction: 'OUT' }));

    const report = await syncQueue(queue, createGateApi().postBatch);

    expect(sent).toEqual([
      { scanId: 'scan-1', token: 'tok-1', gateId: 'GATE-1', direction: 'IN', scannedAt: '2026-11-02T06:00:01.000Z' },
      { scanId: 'scan-2', token: 'tok-2', gateId: 'GATE-1', direction: 'OUT', scannedAt: '2026-11-02T06:00:02.000Z' },
    ]);
    expect(report).toMatchObject({ confirmed: 2, rejected: 0, remaining: 0, conflicts: [] });
    expect(await queue.count()).toBe(0);
  });

  it('keeps the scans the server did not answer for, and reports offline passes it refused', async () => {
    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, () =>
        HttpResponse.json({
          results: [
            { scanId: 'scan-1', result: 'ACCEPTED', logId: 'l1' },
            { scanId: 'scan-2', result: 'REJECTED', reason: 'REVOKED', logId: 'l2' },
            // scan-3 and scan-4 missing from the answer
          ],
        }),
      ),
    );
    for (const n of [1, 2, 3, 4]) await queue.add(scan(n));

    const report = await syncQueue(queue, createGateApi().postBatch);

    expect(report.confirmed).toBe(1);
    expect(report.rejected).toBe(1);
    expect(report.conflicts).toEqual([{ scan: expect.objectContaining({ scanId: 'scan-2' }), reason: 'REVOKED' }]);
    expect(report.remaining).toBe(2);
    expect((await queue.list()).map((s) => s.scanId)).toEqual(['scan-3', 'scan-4']);
  });

  it('drops entries the server will never log, and keeps those dated ahead of its clock', async () => {
    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, () =>
        HttpResponse.json({
          results: [
            { scanId: 'scan-1', result: 'NOT_LOGGED', error: { code: 'SCANNED_AT_TOO_OLD', message: 'x' } },
            { scanId: 'scan-2', result: 'NOT_LOGGED', error: { code: 'SCANNED_AT_IN_FUTURE', message: 'x' } },
            { scanId: 'scan-3', result: 'ACCEPTED', logId: 'l3', offline: true },
          ],
        }),
      ),
    );
    for (const n of [1, 2, 3]) await queue.add(scan(n));
    const report = await syncQueue(queue, createGateApi().postBatch);
    expect(report).toMatchObject({ confirmed: 1, clockAhead: 1, remaining: 1 });
    expect(report.dropped).toEqual([{ scan: expect.objectContaining({ scanId: 'scan-1' }), code: 'SCANNED_AT_TOO_OLD' }]);
    expect((await queue.list()).map((s) => s.scanId)).toEqual(['scan-2']);
  });

  it('keeps everything when the server cannot be reached, and a re-send later is answered', async () => {
    server.use(http.post(`${API}/v1/access-log/entries/batch`, () => HttpResponse.error()));
    await queue.add(scan(1));
    const failed = await syncQueue(queue, createGateApi().postBatch);
    expect(failed.error).toBeDefined();
    expect(failed.remaining).toBe(1);

    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, () =>
        HttpResponse.json({ results: [{ scanId: 'scan-1', result: 'ACCEPTED', logId: 'l1' }] }),
      ),
    );
    expect(await syncQueue(queue, createGateApi().postBatch)).toMatchObject({ confirmed: 1, remaining: 0 });
  });

  it('sends a long queue in chunks and stops at the first chunk that fails', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/access-log/entries/batch`, async ({ request }) => {
        calls++;
        if (calls === 2) return HttpResponse.json({ error: { code: 'INTERNAL', message: 'x', requestId: 'r' } }, { status: 500 });
        const body = (await request.json()) as { entries: { scanId: string }[] };
        return HttpResponse.json({ results: body.entries.map((e) => ({ scanId: e.scanId, result: 'ACCEPTED' })) });
      }),
    );
    for (let n = 0; n < 120; n++) await queue.add(scan(n));
    const report = await syncQueue(queue, createGateApi().postBatch);
    expect(calls).toBe(2);
    expect(report.confirmed).toBe(50);
    expect(report.remaining).toBe(70);
  });
});
