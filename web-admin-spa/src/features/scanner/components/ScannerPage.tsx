import { useCallback, useMemo, useState } from 'react';
import { env } from '@/config/env';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import { useGateCheck } from '../hooks/use-gate-check';
import { useQueueSize, useQueueSync } from '../hooks/use-queue';
import { createDeduper } from '../lib/dedup';
import { playResultSound } from '../lib/feedback';
import { NoOfflineKeysError } from '../lib/gate-check';
import { loadGateSettings, saveGateSettings, type GateSettings } from '../lib/gate-settings';
import { CameraScanner } from './CameraScanner';
import { GateControls } from './GateControls';
import { ManualEntry } from './ManualEntry';
import { QueueStatus } from './QueueStatus';
import { ScanResultOverlay } from './ScanResultOverlay';

type Props = {
  gates?: readonly string[];
  autoStartCamera?: boolean;
  /** how long a green / red result stays up unless dismissed */
  resultDismissMs?: { accepted: number; rejected: number };
};

export function ScannerPage({ gates = env.VITE_GATE_IDS, autoStartCamera = true, resultDismissMs }: Props) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<GateSettings>(() => loadGateSettings(gates));
  const { check, checking, outcome, error, dismiss, keyCount } = useGateCheck();
  const queueSize = useQueueSize();
  const { sync, syncing, lastReport } = useQueueSync();
  const deduper = useMemo(() => createDeduper(4_000), []);

  const changeSettings = (next: GateSettings) => {
    setSettings(next);
    saveGateSettings(next);
    deduper.clear(); // turning IN to OUT means the same worker may be scanned again at once
  };

  const run = useCallback(
    async (token: string) => {
      const result = await check({ token, gateId: settings.gateId, direction: settings.direction });
      if (result) playResultSound(result.accepted);
      else deduper.forget(token); // failed to check at all: let the next frame try again
    },
    [check, settings, deduper],
  );

  const onCameraCode = useCallback(
    (text: string) => {
      if (deduper.accept(text)) void run(text);
    },
    [deduper, run],
  );

  return (
    <div className="scanner">
      <h1>{t('scanner.title')}</h1>
      <GateControls gates={gates} value={settings} onChange={changeSettings} />
      <QueueStatus size={queueSize} syncing={syncing} lastReport={lastReport} onSync={() => void sync()} />
      {error instanceof NoOfflineKeysError ? (
        <p className="error" role="alert">
          {t('scanner.noKeys')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {checking && (
        <p className="muted" role="status">
          {t('scanner.checking')}
        </p>
      )}
      <CameraScanner onCode={onCameraCode} autoStart={autoStartCamera} />
      <ManualEntry onSubmit={(token) => void run(token)} busy={checking} />
      <p className="muted small">{t('scanner.keysCached', { count: keyCount })}</p>
      {outcome && (
        <ScanResultOverlay key={outcome.scanId} outcome={outcome} onDismiss={dismiss} autoDismissMs={resultDismissMs} />
      )}
    </div>
  );
}
