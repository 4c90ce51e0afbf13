import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { zSubmission, type Submission } from '@gmp/web-shared/api';
import type { SubmissionPayload } from '../lib/answers';

export function submitChecklist(payload: SubmissionPayload): Promise<Submission> {
  return api.json('/v1/checklist/submissions', zSubmission, {
    method: 'POST',
    body: payload,
    // The rule engine may wait for the vision model: allow more than the default.
    timeoutMs: 45_000,
  });
}

export function useSubmitChecklist() {
  return useMutation({ mutationFn: submitChecklist, retry: false });
}
