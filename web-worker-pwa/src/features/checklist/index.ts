export { ChecklistForm, type PhotoFieldProps } from './components/ChecklistForm';
export { useTemplate, templateQueryKey, type ChecklistItem, type ChecklistTemplate } from './api/get-template';
