import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { env } from '@/config/env';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useI18n } from '@/lib/i18n';
import type { WorkerMatch } from '../api/schemas';
import { useGateServices } from '../hooks/gate-services';
import { useGateCheck } from '../hooks/use-gate-check';
import { useKiosk } from '../hooks/use-kiosk';
import { useQueueSize, useQueueSync } from '../hooks/use-queue';
import { createDeduper } from '../lib/dedup';
import { describeOutcome, type OutcomeFix } from '../lib/describe-outcome';
import { playResultSound } from '../lib/feedback';
import { NoOfflineKeysError } from '../lib/gate-check';
import { loadGateSettings, saveGateSettings, type GateSettings } from '../lib/gate-settings';
import { outcomeFromServer, type ScanOutcome } from '../lib/scan-outcome';
import { CameraScanner } from './CameraScanner';
import { GateControls } from './GateControls';
import { ManualEntry } from './ManualEntry';
import { NameLookup } from './NameLookup';
import { QueueStatus } from './QueueStatus';
import { RecentScans, recentScansKey } from './RecentScans';
import { ScanResultOverlay } from './ScanResultOverlay';
import { SignPrompt } from './SignPrompt';

type DeskAction = { fix: OutcomeFix; of: ScanOutcome } | { worker: WorkerMatch };

type Props = {
  gates?: readonly string[];
  autoStartCamera?: boolean;
  /** how long a green / red result stays up unless dismissed */
  resultDismissMs?: { accepted: number; rejected: number };
};

export function ScannerPage({ gates = env.VITE_GATE_IDS, autoStartCamera = true, resultDismissMs }: Props) {
  const { t, lang } = useI18n();
  const { api } = useGateServices();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState<GateSettings>(() => loadGateSettings(gates));
  const { check, checking, outcome, error, dismiss, present, keyCount } = useGateCheck();
  const queueSize = useQueueSize();
  const { sync, syncing, lastReport } = useQueueSync();
  const deduper = useMemo(() => createDeduper(4_000), []);
  const kiosk = useKiosk();

  const changeSettings = (next: GateSettings) => {
    setSettings(next);
    saveGateSettings(next);
    deduper.clear(); // turning IN to OUT means the same worker may be scanned again at once
  };

  const announce = useCallback(
    (result: ScanOutcome) => {
      playResultSound(describeOutcome(result, lang, t).tone);
      void queryClient.invalidateQueries({ queryKey: recentScansKey });
    },
    [lang, t, queryClient],
  );

  const run = useCallback(
    async (token: string) => {
      const result = await check({ token, gateId: settings.gateId, direction: settings.direction });
      if (result) announce(result);
      else deduper.forget(token); // failed to check at all: let the next frame try again
    },
    [check, settings, deduper, announce],
  );

  const onCameraCode = useCallback(
    (text: string) => {
      if (deduper.accept(text)) void run(text);
    },
    [deduper, run],
  );

  // The guard's own actions answer like a scan: the full-screen result, its tone, the list. Each is signed with the
  // guard's password first (SignPrompt).
  const [signing, setSigning] = useState<DeskAction | null>(null);
  const act = useMutation({
    mutationFn: async ({ action, password }: { action: DeskAction; password: string }) => {
      if ('fix' in action) {
        const direction = action.fix === 'EXIT_THEN_ENTER' ? 'IN' : 'OUT';
        const reply = await api.correct(action.of.scanId, password);
        return outcomeFromServer(reply, reply.scanId ?? action.of.scanId, direction);
      }
      const scanId = crypto.randomUUID();
      const reply = await api.manualEntry({
        workerId: action.worker.id,
        gateId: settings.gateId,
        direction: settings.direction,
        scanId,
        note: t('scanner.lookup.note'),
        password,
      });
      return outcomeFromServer(reply, scanId, settings.direction);
    },
    onSuccess: (result) => {
      setSigning(null);
      present(result);
      announce(result);
    },
  });

  useEffect(() => {
    if (!outcome) act.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new result clears the last action's error
  }, [outcome]);

  return (
    <div className={`scanner${kiosk.fullscreen ? ' scanner-kiosk' : ''}`}>
      <div className="scanner-head">
        <h1>{t('scanner.title')}</h1>
        <div className="scanner-kiosk-bar">
          {kiosk.awake && (
            <span className="muted small" data-testid="kiosk-awake">
              {t('scanner.kiosk.awake')}
            </span>
          )}
          {kiosk.canFullscreen && (
            <button type="button" className="btn btn-ghost" data-testid="kiosk-fullscreen" onClick={kiosk.toggleFullscreen}>
              {t(kiosk.fullscreen ? 'scanner.kiosk.exitFullscreen' : 'scanner.kiosk.fullscreen')}
            </button>
          )}
        </div>
      </div>
      <GateControls gates={gates} value={settings} onChange={changeSettings} />
      <QueueStatus size={queueSize} syncing={syncing} lastReport={lastReport} onSync={() => void sync()} />
      {error instanceof NoOfflineKeysError ? (
        <p className="error" role="alert">
          {t('scanner.noKeys')}
        </p>
      ) : (
        <ErrorMessage error={error ?? act.error} />
      )}
      {checking && (
        <p className="muted" role="status">
          {t('scanner.checking')}
        </p>
      )}
      <div className="scanner-body">
        <div className="scanner-main">
          <CameraScanner onCode={onCameraCode} autoStart={autoStartCamera} />
          <ManualEntry onSubmit={(token) => void run(token)} busy={checking} />
          <NameLookup direction={settings.direction} busy={act.isPending} onPick={(worker) => setSigning({ worker })} />
        </div>
        <RecentScans />
      </div>
      <p className="muted small">{t('scanner.keysCached', { count: keyCount })}</p>
      {outcome && (
        <ScanResultOverlay
          key={`${outcome.scanId}-${outcome.kind ?? ''}`}
          outcome={outcome}
          onDismiss={dismiss}
          autoDismissMs={resultDismissMs}
          fixing={act.isPending}
          onFix={(fix) => setSigning({ fix, of: outcome })}
        />
      )}
      {signing && (
        <SignPrompt
          what={
            'worker' in signing
              ? t('scanner.sign.manual', { name: signing.worker.displayName })
              : t('scanner.sign.fix', { name: signing.of.worker?.displayName ?? signing.of.worker?.id ?? '' })
          }
          busy={act.isPending}
          onSign={(password) => act.mutate({ action: signing, password })}
          onCancel={() => {
            setSigning(null);
            act.reset();
          }}
        />
      )}
    </div>
  );
}
