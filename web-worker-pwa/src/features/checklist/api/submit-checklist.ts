import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { zSubmission, type Submission } from '@gmp/web-shared/api';
import type { SubmissionPayload } from '../lib/answers';

export function submitChecklist(payload: SubmissionPayload): Promise<Submission> {
  return apiRequest('/checklist/submissions', {
    method: 'POST',
    body: payload,
    schema: zSubmission,
    // The rule engine may wait for the vision model: allow more than the default.
    timeoutMs: 45_000,
  });
}

export function useSubmitChecklist() {
  return useMutation({ mutationFn: submitChecklist, retry: false });
}
