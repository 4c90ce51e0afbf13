import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/lib/api';
import { pageOf } from '@/lib/paging';

export const AccountSchema = z.object({
  id: z.string(),
  loginId: z.string(),
  displayName: z.string(),
  role: z.string(),
  siteId: z.string().nullish(),
  department: z.string().nullish(),
  status: z.string().nullish(),
});
export type Account = z.infer<typeof AccountSchema>;

const AccountPageSchema = pageOf(AccountSchema);

export type NewAccount = { loginId: string; displayName: string; password: string; role: 'WORKER' | 'ADMIN' | 'GATE'; department: string };
export type AccountPatch = { displayName?: string; department?: string; role?: string; status?: 'ACTIVE' | 'DISABLED' };

const KEY = ['auth', 'users'] as const;

export function useAccounts() {
  return useInfiniteQuery({
    queryKey: KEY,
    queryFn: ({ pageParam, signal }) =>
      api.json('/v1/auth/users', AccountPageSchema, { query: { cursor: pageParam, limit: 50 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: NewAccount) => api.json('/v1/auth/users', AccountSchema, { method: 'POST', body: account }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: AccountPatch }) =>
      api.json(`/v1/auth/users/${encodeURIComponent(id)}`, AccountSchema, { method: 'PATCH', body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

const ResetReplySchema = z
  .object({ temporaryPassword: z.string().nullish() })
  .passthrough()
  .nullish();

export function useResetPassword() {
  return useMutation({
    mutationFn: async (id: string) => {
      const res = await api.request(`/v1/auth/users/${encodeURIComponent(id)}/password-reset`, { method: 'POST', body: {} });
      // 204, or a one-time password for the admin to hand over
      const text = await res.text();
      const parsed = ResetReplySchema.safeParse(text ? JSON.parse(text) : null);
      return { temporaryPassword: parsed.success ? (parsed.data?.temporaryPassword ?? undefined) : undefined };
    },
  });
}
