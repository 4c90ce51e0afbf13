import { useMutation } from '@tanstack/react-query';
import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { api, session } from '@/lib/api';
import { zSubmission, type Submission } from '@gmp/web-shared/api';
import type { SubmissionPayload } from '../lib/answers';
import { loadQueued, putQueued, removeQueued } from '../lib/outbox';

export function submitChecklist(payload: SubmissionPayload): Promise<Submission> {
  return api.json('/v1/checklist/submissions', zSubmission, {
    method: 'POST',
    body: payload,
    // The rule engine may wait for the vision model: allow more than the default.
    timeoutMs: 45_000,
  });
}

/** The checklist is kept on the phone and goes when the phone is online again (see outbox.ts). */
export class SubmissionQueued extends Error {
  constructor(readonly cause?: unknown) {
    super('The checklist is kept on the phone until it can be sent');
    this.name = 'SubmissionQueued';
  }
}

/**
 * No reply: the server may not have it (or may, when only its reply was lost — the same clientSubmissionId then
 * gives the first result). Sent later, a reply that says "later" too (5xx, 429, a password to change first);
 * on the form the worker sees that one and taps again, or changes an answer.
 */
function sendLater(error: unknown, background: boolean): boolean {
  if (error instanceof NetworkError) return true;
  if (!background || !(error instanceof ApiError)) return false;
  return error.status >= 500 || error.status === 429 || error.status === 408 || error.code === 'PASSWORD_CHANGE_REQUIRED';
}

const sending = new Map<string, Promise<Submission | null>>();

async function send(holderId: string, background: boolean): Promise<Submission | null> {
  const entry = await loadQueued(holderId);
  if (!entry?.payload || entry.refused) return null;
  try {
    const submission = await submitChecklist(entry.payload);
    await removeQueued(holderId, entry.clientSubmissionId);
    return submission;
  } catch (error) {
    if (sendLater(error, background)) throw new SubmissionQueued(error);
    // answered: nothing to send again. On the form the worker still has the answers and sees why; sent later,
    // the entry says it was refused (without the answers) until the worker answers again.
    if (background && error instanceof ApiError) {
      await putQueued({
        holderId,
        clientSubmissionId: entry.clientSubmissionId,
        queuedAt: entry.queuedAt,
        refused: { status: error.status, code: error.code },
      });
    } else {
      await removeQueued(holderId, entry.clientSubmissionId);
    }
    throw error;
  }
}

/**
 * Sends the worker's queued checklist: the submission, or null when there is nothing (left) to send. One send at
 * a time per worker; `background` (the app's sender) leaves a send already under way to whoever started it.
 * Throws SubmissionQueued while it has to wait, the server's refusal otherwise.
 */
export function sendQueued(holderId: string, { background = false } = {}): Promise<Submission | null> {
  const underWay = sending.get(holderId);
  if (underWay) return background ? Promise.resolve(null) : underWay;
  const attempt = send(holderId, background).finally(() => sending.delete(holderId));
  sending.set(holderId, attempt);
  return attempt;
}

/**
 * Keeps the checklist on the phone first, then sends it unless the phone knows it is offline: a checklist
 * submitted with no signal is never lost with the page, and never "제출 중…" for ever.
 */
export async function submitThroughOutbox(payload: SubmissionPayload): Promise<Submission> {
  const holderId = session.get()?.user.id;
  if (!holderId) return submitChecklist(payload); // signed out meanwhile: the reply says so
  await putQueued({ holderId, clientSubmissionId: payload.clientSubmissionId, queuedAt: new Date().toISOString(), payload });
  if (!navigator.onLine) throw new SubmissionQueued();
  const submission = await sendQueued(holderId);
  // another send of this very entry (the app's sender) got there first: its reply is shown from there
  if (!submission) throw new SubmissionQueued();
  return submission;
}

export function useSubmitChecklist() {
  // 'always': the outbox, not react-query's in-memory pause, waits for the network
  return useMutation({ mutationFn: submitThroughOutbox, retry: false, networkMode: 'always' });
}
