import { useMutation, useQueryClient } from '@tanstack/react-query';
import { zRevokedPass, type RevokePassRequestWritable } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

/**
 * An admin's signed revocation of a worker's pass (a symptom reported after entry, a pass given away): every gate
 * refuses it from then on, and the signature (the admin's re-entered password) goes to the audit trail. Who is inside
 * is refetched; the revocation does not move the worker out (the exit is still scanned).
 */
export function useRevokePass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ passId, ...request }: RevokePassRequestWritable & { passId: string }) =>
      api.json(`/v1/qr/passes/${encodeURIComponent(passId)}/revoke`, zRevokedPass, { method: 'POST', body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['access-log', 'presence'] }),
  });
}
