export { PushOptIn } from './components/PushOptIn';
export { useReviewPushes, subscribeToPush, pushSupported, type ReviewDecided } from './api/push';
