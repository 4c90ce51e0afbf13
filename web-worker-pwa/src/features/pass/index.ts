export { PassView } from './components/PassView';
export { useCurrentPass, toStoredPass, currentPassQueryKey } from './api/get-current-pass';
export { savePass, clearPass, loadPass, isExpired, type StoredPass } from './lib/pass-store';
