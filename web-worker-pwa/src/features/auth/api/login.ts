import { useState } from 'react';
import { api, session } from '@/lib/api';
import { zSession } from '@gmp/web-shared/api';

export interface LoginInput {
  loginId: string;
  password: string;
}

export async function login(input: LoginInput) {
  const tokens = await api.json('/v1/auth/login', zSession, {
    method: 'POST',
    body: input,
    auth: false,
  });
  session.start(tokens);
  return tokens.user;
}

/**
 * The login form's request. Plain React state, not a query-library mutation: the login screen is the first paint,
 * and the query library comes with the signed-in screens (issue 17 item 8).
 */
export function useLogin() {
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
  function mutate(input: LoginInput, { onSuccess }: { onSuccess?: () => void } = {}) {
    setState({ isPending: true, error: null });
    login(input).then(
      () => {
        setState({ isPending: false, error: null });
        onSuccess?.();
      },
      (error: unknown) => setState({ isPending: false, error }),
    );
  }
  return { ...state, mutate };
}
