import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '@/lib/api';
import { fetchLiveEndpoint, LiveMessageSchema, type LiveMessage } from '../api/live';

export type LiveStatus = 'connecting' | 'live' | 'polling';

/** Tunables (tests shorten them). */
export const liveSettings = {
  /** while the socket is down, the screens refetch this often */
  pollMs: 10_000,
  /** first reconnect delay; doubles up to maxRetryMs */
  retryMs: 2_000,
  maxRetryMs: 60_000,
  /** API Gateway closes a socket idle for 10 minutes */
  pingMs: 4 * 60_000,
  WebSocketImpl: (globalThis as { WebSocket?: typeof WebSocket }).WebSocket,
};

/**
 * What a message changes on screen: a decision the review queue and its count, today's verdicts and who is inside
 * (a FAIL voids a pass); a gate scan the access log and who is inside. Without a message (socket opened, polling):
 * all of them.
 */
function refresh(queryClient: QueryClient, message?: LiveMessage) {
  if (message?.type !== 'gate.scanned') void queryClient.invalidateQueries({ queryKey: ['submissions'] });
  if (message?.type === 'checklist.evaluated') void queryClient.invalidateQueries({ queryKey: ['access-log', 'presence'] });
  else void queryClient.invalidateQueries({ queryKey: ['access-log'] });
}

/**
 * Keeps the admin screens current without a reload: opens the live socket (GET /v1/live/endpoint, then the URL with
 * the access token) and refetches what a `checklist.evaluated` or `gate.scanned` message changes. When the socket cannot connect or
 * drops, it polls instead and keeps trying to reconnect (with a fresh token, since access tokens last 15 minutes).
 */
export function useLiveUpdates(enabled = true): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    // a gate device (role GATE) has no live socket: GET /v1/live/endpoint is for admins
    if (!enabled) return;
    let stopped = false;
    let socket: WebSocket | undefined;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;
    let retryMs = liveSettings.retryMs;
    const abort = new AbortController();

    const startPolling = () => {
      setStatus('polling');
      if (!pollTimer) pollTimer = setInterval(() => refresh(queryClient), liveSettings.pollMs);
    };
    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const retry = () => {
      if (stopped) return;
      startPolling();
      retryTimer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(retryMs * 2, liveSettings.maxRetryMs);
    };

    async function connect() {
      if (stopped) return;
      const Impl = liveSettings.WebSocketImpl;
      let url: string;
      try {
        if (!Impl) throw new Error('no WebSocket in this browser');
        const endpoint = await fetchLiveEndpoint(abort.signal);
        const token = await api.accessToken();
        if (!token) throw new Error('signed out');
        url = `${endpoint.url}?${endpoint.tokenParameter}=${encodeURIComponent(token)}`;
      } catch {
        retry();
        return;
      }
      if (stopped) return;
      const ws = new Impl!(url);
      socket = ws;
      ws.onopen = () => {
        retryMs = liveSettings.retryMs;
        stopPolling();
        setStatus('live');
        refresh(queryClient); // whatever happened while it was down
        pingTimer = setInterval(() => ws.send(JSON.stringify({ action: 'ping' })), liveSettings.pingMs);
      };
      ws.onmessage = (event: MessageEvent) => {
        try {
          const message = LiveMessageSchema.safeParse(JSON.parse(String(event.data)));
          if (message.success) refresh(queryClient, message.data);
        } catch {
          // not JSON: ignore
        }
      };
      ws.onclose = () => {
        if (pingTimer) clearInterval(pingTimer);
        pingTimer = undefined;
        if (socket === ws) socket = undefined;
        retry();
      };
    }

    void connect();
    return () => {
      stopped = true;
      abort.abort();
      stopPolling();
      if (retryTimer) clearTimeout(retryTimer);
      if (pingTimer) clearInterval(pingTimer);
      if (socket) {
        socket.onclose = null;
        socket.close();
      }
    };
  }, [queryClient, enabled]);

  return status;
}
