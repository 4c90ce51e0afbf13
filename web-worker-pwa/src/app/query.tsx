import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { clearOutbox } from '@/features/checklist';
import { clearPass } from '@/features/pass';
import { session } from '@/lib/api';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A weak signal is the normal case: one quick retry, never for a 4xx.
        retry: (count, error) =>
          count < 1 && (error instanceof NetworkError || (error instanceof ApiError && error.status >= 500)),
        refetchOnWindowFocus: false,
        gcTime: 10 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * When the worker signs out (or the session dies) nothing of theirs stays in memory or on disk. Only a signed-in
 * screen can see that happen, so this lives with them and keeps the login screen's first paint small.
 */
function ForgetOnSignOut({ client }: { client: QueryClient }) {
  useEffect(
    () =>
      session.subscribe(() => {
        if (session.get()) return;
        client.clear();
        void clearPass().catch(() => undefined);
        // a checklist not yet sent goes too: health answers never outlive the session on a shared phone
        void clearOutbox().catch(() => undefined);
      }),
    [client],
  );
  return null;
}

/**
 * The signed-in screens' query cache. Here, inside the signed-in layout's chunk, rather than around the whole app:
 * the login screen needs no query library, so it is not in the first paint (issue 17 item 8). A client given from
 * outside (tests) is used as it is.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const outer = useContext(QueryClientContext);
  const [own] = useState(() => (outer ? null : createQueryClient()));
  const client = outer ?? own!;
  return (
    <QueryClientProvider client={client}>
      <ForgetOnSignOut client={client} />
      {children}
    </QueryClientProvider>
  );
}
