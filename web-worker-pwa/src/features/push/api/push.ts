import { useEffect } from 'react';
import * as z from 'zod/mini';
import { api } from '@/lib/api';

/** GET /v1/notifications/push-key (docs/openapi.yaml): the application-server key (VAPID). */
const PushKeySchema = z.object({ publicKey: z.string().check(z.minLength(1)) });

/** What the service worker hands the open app (public/push-sw.js; docs/asyncapi.yaml review.decided). */
export const ReviewDecidedSchema = z.object({ type: z.literal('review.decided'), submissionId: z.string(), verdict: z.string() });
export type ReviewDecided = z.infer<typeof ReviewDecidedSchema>;

/** Web Push needs a service worker, the Push API and notifications (iOS: only once installed). */
export function pushSupported(): boolean {
  return typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

function keyBytes(base64url: string): Uint8Array {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

/**
 * Subscribes this browser (asking for notification permission first, so call it from a tap) and hands the
 * subscription to the server, which keeps it under the signed-in worker.
 *
 * @returns false when the worker did not allow notifications
 */
export async function subscribeToPush(): Promise<boolean> {
  if (!pushSupported()) return false;
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission !== 'granted') return false;
  const registration = await navigator.serviceWorker.ready;
  const { publicKey } = await api.json('/v1/notifications/push-key', PushKeySchema);
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) as BufferSource }));
  await api.send('/v1/notifications/push-subscriptions', { method: 'POST', body: subscription.toJSON() });
  return true;
}

/** Calls `onDecided` when the service worker receives a review's decision while the app is open. */
export function useReviewPushes(onDecided: (message: ReviewDecided) => void) {
  useEffect(() => {
    if (!pushSupported()) return;
    const listener = (event: MessageEvent) => {
      const message = ReviewDecidedSchema.safeParse(event.data);
      if (message.success) onDecided(message.data);
    };
    navigator.serviceWorker.addEventListener('message', listener);
    return () => navigator.serviceWorker.removeEventListener('message', listener);
  }, [onDecided]);
}
