import { useEffect, useRef, useState } from 'react';
import type { Submission } from '@gmp/web-shared/api';
import { loadQueued, subscribeOutbox, type QueuedSubmission } from '../lib/outbox';
import { sendQueued } from './submit-checklist';

/** The worker's checklist waiting on the phone: undefined while reading it, null when there is none. */
export function useQueuedSubmission(holderId: string): QueuedSubmission | null | undefined {
  const [entry, setEntry] = useState<QueuedSubmission | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void loadQueued(holderId)
        .catch(() => null)
        .then((found) => live && setEntry(found));
    read();
    const unsubscribe = subscribeOutbox(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [holderId]);
  return entry;
}

/** How often a waiting checklist is tried again while the phone says it is online (a weak signal comes and goes). */
export const RETRY_MS = 30_000;

/**
 * Sends the worker's waiting checklist whenever it may go: when the app opens, when the phone comes back online,
 * when the app is shown again, and every 30 s while one waits. `onSent` gets the server's reply.
 */
export function useOutboxSender(holderId: string, onSent: (submission: Submission) => void) {
  const entry = useQueuedSubmission(holderId);
  const waiting = !!entry?.payload && !entry.refused;
  const sent = useRef(onSent);
  useEffect(() => {
    sent.current = onSent;
  });

  useEffect(() => {
    if (!waiting) return;
    const attempt = () => {
      if (!navigator.onLine) return;
      sendQueued(holderId, { background: true }).then(
        (submission) => submission && sent.current(submission),
        () => undefined, // still waiting, or refused: the entry says which
      );
    };
    const onVisible = () => document.visibilityState === 'visible' && attempt();
    attempt();
    const timer = setInterval(attempt, RETRY_MS);
    window.addEventListener('online', attempt);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', attempt);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [holderId, waiting]);
}
