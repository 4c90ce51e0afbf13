export { VerdictView } from './components/VerdictView';
export { useSubmission, submissionQueryKey, getSubmission, PENDING_POLL_MS } from './api/get-submission';
