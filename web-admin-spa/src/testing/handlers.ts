import { http, HttpResponse } from 'msw';
import type { AccessLogEntry, Analysis, GatePass, Submission, User, VerifyResult } from '@gmp/web-shared/api';

/** jsdom's origin: the app calls /v1 on the same origin. */
export const API = 'http://localhost:3000';

export const adminUser: User = {
  id: 'u-admin',
  loginId: 'admin',
  displayName: '관리자',
  role: 'ADMIN',
  siteId: 'demo-site',
  department: 'QA',
};

/** kr-food-haccp's condition, worded as its rule pack words it. */
export const GLOVES_OVER_COVERED_WOUND = {
  code: 'GLOVES_OVER_COVERED_WOUND',
  message: {
    ko: '방수 밴드로 덮은 상처 위에 일회용 장갑을 끼고 작업하세요. 장갑이 찢어지면 바로 바꾸세요.',
    en: 'Work with a single-use glove over the waterproof-covered wound; change the glove at once if it tears.',
  },
};

/**
 * A submission as the contract has it (every member it requires), from the few a test is about: the
 * admin app reads replies through the generated schemas, so a mock reply must be a real one.
 */
export function contractSubmission(fields: Partial<Submission> & Pick<Submission, 'id' | 'workerId' | 'submittedAt' | 'verdict'>): Submission {
  return {
    siteId: 'demo-site',
    siteDate: fields.submittedAt.slice(0, 10),
    reasons: [],
    conditions: [],
    photos: [],
    assessments: [],
    lockedOut: false,
    reviews: [],
    evaluation: {
      verdict: fields.verdict,
      evaluatedAt: fields.submittedAt,
      templateId: 'kr-food-haccp-default',
      templateVersion: 1,
      rulePack: { id: 'kr-food-haccp', version: '1', hash: '0'.repeat(64) },
      firedRuleIds: [],
    },
    ...fields,
  };
}

/** An analysis as the contract has it, from what a test is about. */
export function contractAnalysis(fields: Partial<Analysis> & Pick<Analysis, 'id' | 'status'>): Analysis {
  return {
    imageKey: 'uploads/w-7/abc.jpg',
    provider: 'bedrock',
    createdAt: '2026-11-02T05:49:00Z',
    updatedAt: '2026-11-02T05:49:30Z',
    ...fields,
  };
}

/** A gate reply (POST /v1/qr/verify, a manual entry, a correction) as the contract has it, from what a test is about. */
export function contractVerifyResult(
  fields: Omit<Partial<VerifyResult>, 'pass'> & Pick<VerifyResult, 'result'> & { pass?: Partial<GatePass> & Pick<GatePass, 'id' | 'verdict'> },
): VerifyResult {
  const { pass, ...rest } = fields;
  return {
    logId: 'log-1',
    scanId: 'scan-1',
    at: '2026-11-02T06:00:00Z',
    ...rest,
    ...(pass ? { pass: { conditions: [], zones: [], expiresAt: '2026-11-02T18:00:00Z', ...pass } } : {}),
  };
}

/** An access-log entry as the contract has it, from what a test is about. */
export function contractLogEntry(fields: Partial<AccessLogEntry> & Pick<AccessLogEntry, 'id' | 'at' | 'result'>): AccessLogEntry {
  return { gateId: 'GATE-1', direction: 'IN', scannedBy: 'u-admin', offline: false, ...fields };
}

export function apiError(status: number, code: string, message = code, requestId = 'req-test') {
  return HttpResponse.json({ error: { code, message, requestId, details: [] } }, { status });
}

export const handlers = [
  // the layout's live socket (features/live): no socket in unit tests, so the app polls; tests that need it override
  http.get(`${API}/v1/live/endpoint`, () => apiError(503, 'INTERNAL_ERROR')),
  // the 검토 대기 tab's count, on every screen with the layout; pages' own tests override the listing
  http.get(`${API}/v1/checklist/submissions`, () => HttpResponse.json({ items: [] })),
  http.post(`${API}/v1/auth/login`, async ({ request }) => {
    const body = (await request.json()) as { loginId: string; password: string };
    if (body.password !== 'admin1234!') return apiError(401, 'INVALID_CREDENTIALS');
    return HttpResponse.json({ accessToken: 'at-1', expiresIn: 900, passwordChangeRequired: false, user: adminUser });
  }),
  http.get(`${API}/v1/qr/keys`, () => HttpResponse.json({ keys: [] })),
  http.get(`${API}/v1/access-log/entries`, () => HttpResponse.json({ items: [] })),
  // the gate's offline roster (features/scanner use-roster): none until a test provides one
  http.get(`${API}/v1/qr/roster`, () => apiError(503, 'SERVICE_UNAVAILABLE')),
  http.get(`${API}/v1/auth/users`, () => HttpResponse.json({ items: [] })),
  http.get(`${API}/v1/checklist/template`, () =>
    HttpResponse.json({
      id: 'kr-food-haccp-default',
      version: 1,
      rulePack: 'kr-food-haccp',
      items: [
        { id: 'temperature', type: 'NUMBER', category: 'SYMPTOM', order: 1, required: true, label: { ko: '체온', en: 'Temperature' }, unit: '°C' },
        { id: 'hand_wound', type: 'BOOLEAN', category: 'WOUND', order: 2, required: true, label: { ko: '손에 상처가 있나요?', en: 'A wound on your hands?' } },
      ],
      // what kr-food-haccp can set, in its words (the reviewer's choices)
      conditions: [GLOVES_OVER_COVERED_WOUND],
    }),
  ),
  http.post(`${API}/v1/auth/logout`, () => new HttpResponse(null, { status: 204 })),
];
