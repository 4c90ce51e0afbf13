export { ChecklistForm, type PhotoFieldProps } from './components/ChecklistForm';
export { useTemplate, templateQueryKey, type ChecklistItem, type ChecklistTemplate } from './api/get-template';
export { answerAgainFrom, type AnswerAgain } from './lib/again';
export { useEarlierSubmission } from './api/get-earlier';
