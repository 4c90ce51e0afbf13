import { useEffect, useState } from 'react';
import { QrCode } from './QrCode';
import { serverNow } from '@gmp/web-shared/clock';
import { makeRotatingCode, STEP_MS, stepAt } from '@gmp/web-shared/gate-code';
import type { DeviceKey } from '../lib/device-key';

interface Props {
  device: DeviceKey;
  passId: string;
  siteId: string;
  label: string;
}

/** The pass as a code that changes every 10 s, in step with the server's clock rather than the phone's. */
export function RotatingQr({ device, passId, siteId, label }: Props) {
  const [code, setCode] = useState<{ step: number; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const now = serverNow();
      const step = stepAt(now);
      void makeRotatingCode(device.privateKey, passId, step, siteId).then((text) => {
        if (live) setCode({ step, text });
      });
      timer = setTimeout(tick, STEP_MS - (now % STEP_MS) + 20);
    };
    tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [device, passId, siteId]);

  if (!code) return <div className="qr qr--pending" aria-busy="true" />;
  return (
    <div data-testid="pass-rotating" data-step={code.step}>
      <QrCode value={code.text} label={label} testId="pass-qr" />
    </div>
  );
}
