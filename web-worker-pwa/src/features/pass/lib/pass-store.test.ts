import { PASS_TOKEN } from '@/testing/fixtures';
import { clearPass, isExpired, loadPass, savePass, type StoredPass } from './pass-store';

const pass = (expiresAt: string, holderId = 'u-worker1'): StoredPass => ({
  id: 'p-1',
  token: PASS_TOKEN,
  expiresAt,
  verdict: 'PASS',
  conditions: [],
  zones: [],
  holderId,
  holderName: '김작업',
  savedAt: new Date().toISOString(),
});

describe('pass store (IndexedDB)', () => {
  const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

  it('keeps the current pass across a reload', async () => {
    await savePass(pass(inAnHour()));
    expect(await loadPass('u-worker1')).toMatchObject({ id: 'p-1', token: PASS_TOKEN, holderName: '김작업' });
  });

  it('drops an expired pass instead of showing it', async () => {
    await savePass(pass(new Date(Date.now() - 1000).toISOString()));
    expect(await loadPass('u-worker1')).toBeNull();
    await savePass(pass(inAnHour()));
    expect(await loadPass('u-worker1', Date.now() + 2 * 3600_000)).toBeNull();
    expect(await loadPass('u-worker1')).toBeNull(); // removed, not just hidden
  });

  it('never shows one worker the pass of another who used the phone', async () => {
    await savePass(pass(inAnHour(), 'u-worker2'));
    expect(await loadPass('u-worker1')).toBeNull();
  });

  it('clears on request', async () => {
    await savePass(pass(inAnHour()));
    await clearPass();
    expect(await loadPass('u-worker1')).toBeNull();
  });

  it('treats an unreadable expiry as expired', () => {
    expect(isExpired({ expiresAt: 'tomorrow' })).toBe(true);
  });
});
