import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { zPasswordReset, zUser, zUserPage, type User } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

/** An account as the contract has it (docs/openapi.yaml User): the one user shape. */
export type Account = User;

export type NewAccount = { loginId: string; displayName: string; password: string; role: 'WORKER' | 'ADMIN' | 'GATE'; department: string };
export type AccountPatch = { displayName?: string; department?: string; role?: string; status?: 'ACTIVE' | 'DISABLED' };

const KEY = ['auth', 'users'] as const;

export function useAccounts() {
  return useInfiniteQuery({
    queryKey: KEY,
    queryFn: ({ pageParam, signal }) =>
      api.json('/v1/auth/users', zUserPage, { query: { cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewAccount) => api.json('/v1/auth/users', zUser, { method: 'POST', body: account }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatch }) =>
      api.json(`/v1/auth/users/${encodeURIComponent(id)}`, zUser, { method: 'PATCH', body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: async (id: string) => {
      // the one-time password for the admin to hand over
      const reply = await api.json(`/v1/auth/users/${encodeURIComponent(id)}/password-reset`, zPasswordReset, { method: 'POST', body: {} });
      return { temporaryPassword: reply.temporaryPassword };
    },
  });
}
