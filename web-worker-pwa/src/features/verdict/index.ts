export { VerdictView } from './components/VerdictView';
export { useSubmission, submissionQueryKey, getSubmission } from './api/get-submission';
