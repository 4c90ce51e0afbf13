import { afterEach, describe, expect, it } from 'vitest';
import { clockOffsetMs, noteServerDate, serverNow } from './index';

describe('server clock', () => {
  afterEach(() => noteServerDate(new Date().toUTCString()));

  it('learns the offset from a reply\'s Date header: a phone 5 minutes slow gets the server\'s time', () => {
    const server = Date.parse('2026-12-02T01:00:07.000Z');
    const phone = server - 5 * 60_000;

    noteServerDate(new Date(server).toUTCString(), phone);

    expect(Math.abs(clockOffsetMs() - 5 * 60_000)).toBeLessThanOrEqual(1_000);
    expect(Math.abs(serverNow(phone + 20_000) - (server + 20_000))).toBeLessThanOrEqual(1_000);
    expect(Number(localStorage.getItem('gmp.clockOffsetMs'))).toBe(Math.round(clockOffsetMs()));
  });

  it('ignores a reply without a Date header or with one that does not parse', () => {
    noteServerDate(new Date(Date.parse('2026-12-02T01:00:07.000Z')).toUTCString(), Date.parse('2026-12-02T00:55:07.000Z'));
    const before = clockOffsetMs();
    noteServerDate(null);
    noteServerDate('not a date');
    expect(clockOffsetMs()).toBe(before);
  });
});
