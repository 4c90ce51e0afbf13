import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, ElectronicSignature } from '@gmp/web-shared/api';
import { API } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';

beforeEach(() => signInAsAdmin());

function signature(meaning: ElectronicSignature['meaning'], recordType: string, recordId: string): ElectronicSignature {
  return {
    signerId: 'g-1',
    signerName: '정경비',
    signedAt: '2026-03-02T00:05:00Z',
    meaning,
    meaningText: { ko: meaning, en: meaning },
    recordType,
    recordId,
    recordHash: 'c'.repeat(64),
    hash: 'd'.repeat(64),
  };
}

function entry(fields: Partial<AuditEntry> & Pick<AuditEntry, 'id' | 'action' | 'targetType'>): AuditEntry {
  return {
    at: '2026-03-02T00:05:00Z',
    actionText: { ko: fields.action, en: fields.action },
    actorId: 'g-1',
    actorName: '정경비',
    targetId: 't-1',
    targetName: 't-1',
    detail: '',
    ...fields,
  };
}

describe('AuditTrailPage', () => {
  it("shows the server's check of each signature: the gate's manual entry and correction, a revocation, a review", async () => {
    server.use(
      http.get(`${API}/v1/records/audit`, () =>
        HttpResponse.json({
          timeZone: 'Asia/Seoul',
          items: [
            entry({ id: 'a-manual', action: 'GATE_MANUAL_ENTRY', targetType: 'ACCESS_LOG_ENTRY', signature: signature('MANUAL_ENTRY', 'ACCESS_LOG_ENTRY', 'e-1'), signatureStatus: 'VALID' }),
            entry({ id: 'a-fix', action: 'GATE_CORRECTION', targetType: 'ACCESS_LOG_ENTRY', signature: signature('GATE_CORRECTION', 'ACCESS_LOG_ENTRY', 'e-2'), signatureStatus: 'TAMPERED' }),
            entry({ id: 'a-revoke', action: 'PASS_REVOKED', targetType: 'PASS', signature: signature('PASS_REVOCATION', 'PASS_REVOCATION', 'p-1'), signatureStatus: 'RECORD_GONE' }),
            entry({ id: 'a-user', action: 'USER_CREATED', targetType: 'USER' }),
          ],
        }),
      ),
    );
    renderApp('/records/audit');

    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByTestId('audit-signature-a-manual')).toHaveTextContent('서명 일치');
    expect(within(table).getByTestId('audit-signature-a-fix')).toHaveTextContent('서명 불일치 — 서명 뒤 기록이 바뀜');
    expect(within(table).getByTestId('audit-signature-a-revoke')).toHaveTextContent('확인 불가');
    expect(within(table).queryByTestId('audit-signature-a-user')).not.toBeInTheDocument();
  });
});
