export { ChecklistForm, type PhotoFieldProps } from './components/ChecklistForm';
export { useTemplate, templateQueryKey, type ChecklistItem, type ChecklistTemplate } from './api/get-template';
export { answerAgainFrom, type AnswerAgain } from './lib/again';
export { useEarlierSubmission } from './api/get-earlier';
export { useOutboxSender, useQueuedSubmission } from './api/use-outbox';
export { QueuedSubmissionCard } from './components/QueuedSubmissionCard';
export { clearOutbox, removeQueued, type QueuedSubmission } from './lib/outbox';
