import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeduper } from './dedup';

describe('createDeduper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('handles a code once while it stays in view', () => {
    const d = createDeduper(4000);
    expect(d.accept('A')).toBe(true);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(500); // still in front of the camera for 10 s
      expect(d.accept('A')).toBe(false);
    }
  });

  it('handles the same code again once it has been out of view for the window', () => {
    const d = createDeduper(4000);
    expect(d.accept('A')).toBe(true);
    vi.advanceTimersByTime(3999);
    expect(d.accept('A')).toBe(false);
    vi.advanceTimersByTime(4000);
    expect(d.accept('A')).toBe(true);
  });

  it('does not hold back a different code', () => {
    const d = createDeduper(4000);
    expect(d.accept('A')).toBe(true);
    expect(d.accept('B')).toBe(true);
    expect(d.accept('A')).toBe(false);
  });

  it('lets a forgotten code through at once', () => {
    const d = createDeduper(4000);
    d.accept('A');
    d.forget('A');
    expect(d.accept('A')).toBe(true);
  });
});
