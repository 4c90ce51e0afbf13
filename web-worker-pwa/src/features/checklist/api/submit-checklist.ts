import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { SubmissionSchema, type Submission } from '@/types/api';
import type { SubmissionPayload } from '../lib/answers';

export function submitChecklist(payload: SubmissionPayload): Promise<Submission> {
  return apiRequest('/checklist/submissions', {
    method: 'POST',
    body: payload,
    schema: SubmissionSchema,
    // The rule engine may wait for the vision model: allow more than the default.
    timeoutMs: 45_000,
  });
}

export function useSubmitChecklist() {
  return useMutation({ mutationFn: submitChecklist, retry: false });
}
