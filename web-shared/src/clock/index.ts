/**
 * The server's time as the phone best knows it: the phone's clock corrected by the `Date` header of API replies
 * (whole seconds, so the estimate is within about a second plus the round trip). A rotating code is good only
 * within one 10-second step of the gate's time, and phone clocks are often minutes off. The offset is kept in
 * localStorage, so an offline phone still corrects with the last one it learned.
 */
const STORAGE_KEY = 'gmp.clockOffsetMs';

let offsetMs = readStored();

function readStored(): number {
  try {
    const value = Number(globalThis.localStorage?.getItem(STORAGE_KEY));
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}

/** Learns the offset from one reply's `Date` header (`receivedAt`: the phone's clock when it arrived). */
export function noteServerDate(dateHeader: string | null, receivedAt = Date.now()): void {
  if (!dateHeader) return;
  const server = Date.parse(dateHeader);
  if (!Number.isFinite(server)) return;
  // the header is truncated to the second: the server's clock was half a second later on average
  offsetMs = server + 500 - receivedAt;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, String(Math.round(offsetMs)));
  } catch {
    // private mode: keep it in memory
  }
}

/** The server's time now, in epoch milliseconds. */
export function serverNow(phoneNow = Date.now()): number {
  return phoneNow + offsetMs;
}

export function clockOffsetMs(): number {
  return offsetMs;
}
