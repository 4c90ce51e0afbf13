import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { currentPassQueryKey, savePass, toStoredPass } from '@/features/pass';
import { todayQueryKey } from '@/features/today';
import { submissionQueryKey } from '@/features/verdict';
import { useSession } from '@/lib/api';
import type { Submission } from '@gmp/web-shared/api';

/**
 * What the app does with the server's reply to a checklist, sent from the form or later from the outbox: keep it,
 * keep its pass on the phone, let home ask for today again, and (when `show`) open the verdict.
 */
export function useSubmitted() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const current = useSession();
  return useCallback(
    async (submission: Submission, { show }: { show: boolean }) => {
      queryClient.setQueryData(submissionQueryKey(submission.id), submission);
      // home shows today from the server again (asked at once when on screen), never the state from before
      void queryClient.resetQueries({ queryKey: todayQueryKey });
      // the pass as the server sent it: its verdict, conditions and zones are the server's to say
      if (submission.pass && current) {
        queryClient.setQueryData([...currentPassQueryKey, current.user.id], submission.pass);
        await savePass(toStoredPass(submission.pass, current.user)).catch(() => undefined);
      }
      if (show) navigate(`/result/${encodeURIComponent(submission.id)}`, { replace: true });
    },
    [current, navigate, queryClient],
  );
}
