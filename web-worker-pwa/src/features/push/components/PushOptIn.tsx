import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { pushSupported, subscribeToPush } from '../api/push';

type State = 'ask' | 'working' | 'on' | 'denied' | 'failed';

/**
 * On the pending screen: "tell me when it is decided". Where the worker allowed notifications before, the
 * subscription is renewed quietly (the server forgets unused ones after 60 days); otherwise a tap asks.
 */
export function PushOptIn() {
  const { lang } = useI18n();
  const supported = pushSupported();
  const [state, setState] = useState<State>(() =>
    !supported ? 'failed' : Notification.permission === 'denied' ? 'denied' : 'ask');

  useEffect(() => {
    if (supported && Notification.permission === 'granted') {
      subscribeToPush().then((on) => setState(on ? 'on' : 'ask'), () => setState('failed'));
    }
  }, [supported]);

  if (!supported) return null;
  const ko = lang === 'ko';
  if (state === 'on') {
    return (
      <p className="notice" role="status" data-testid="push-on">
        {ko ? '검토가 끝나면 알림으로 알려 드립니다.' : 'You will get a notification when it is decided.'}
      </p>
    );
  }
  if (state === 'denied') {
    return (
      <p className="notice" data-testid="push-denied">
        {ko ? '알림이 꺼져 있습니다. 이 화면은 스스로 결과를 확인합니다.' : 'Notifications are off; this screen checks for the result by itself.'}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="btn btn--secondary btn--block"
      data-testid="push-opt-in"
      disabled={state === 'working'}
      onClick={() => {
        setState('working');
        subscribeToPush().then((on) => setState(on ? 'on' : Notification.permission === 'denied' ? 'denied' : 'ask'), () => setState('failed'));
      }}
    >
      {state === 'failed'
        ? ko ? '알림을 켜지 못했습니다 — 다시 시도' : 'Could not turn notifications on — try again'
        : ko ? '결과가 나오면 알림 받기' : 'Notify me when it is decided'}
    </button>
  );
}
