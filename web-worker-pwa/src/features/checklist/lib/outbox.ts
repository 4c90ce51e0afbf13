import { singleStoreDb } from '@/lib/single-store-db';
import type { SubmissionPayload } from './answers';

/**
 * A checklist submitted with no signal, kept on the phone (IndexedDB) until the server has it: it survives a
 * reload and the app being closed. One per worker — the screens offer no second checklist while one waits — and
 * under its `clientSubmissionId`, so sending it again after a lost reply gives the first result, never a second
 * submission. Removed once the server answered, on sign-out, or when the worker starts over after a refusal.
 */
export interface QueuedSubmission {
  holderId: string;
  clientSubmissionId: string;
  queuedAt: string;
  /** The answers, until the server answered. */
  payload?: SubmissionPayload;
  /** The server refused it when it was sent later (a 4xx): the answers are gone, the worker answers again. */
  refused?: { status: number; code: string };
}

const STORE = 'outbox';
const db = singleStoreDb('gmp-outbox', STORE);
const listeners = new Set<() => void>();

function changed() {
  listeners.forEach((listener) => listener());
}

/** Called after every change of the outbox (this page's). */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function loadQueued(holderId: string): Promise<QueuedSubmission | null> {
  return ((await (await db()).get(STORE, holderId)) as QueuedSubmission | undefined) ?? null;
}

export async function putQueued(entry: QueuedSubmission): Promise<void> {
  await (await db()).put(STORE, entry, entry.holderId);
  changed();
}

/** Removes the worker's entry if it is still the one sent as `clientSubmissionId` (none newer took its place). */
export async function removeQueued(holderId: string, clientSubmissionId?: string): Promise<void> {
  const database = await db();
  const tx = database.transaction(STORE, 'readwrite');
  const entry = (await tx.store.get(holderId)) as QueuedSubmission | undefined;
  if (entry && (clientSubmissionId === undefined || entry.clientSubmissionId === clientSubmissionId)) {
    await tx.store.delete(holderId);
  }
  await tx.done;
  changed();
}

/** Sign-out: nothing of anyone's answers stays on the phone. */
export async function clearOutbox(): Promise<void> {
  await (await db()).clear(STORE);
  changed();
}
