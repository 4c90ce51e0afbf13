import { http, HttpResponse } from 'msw';
import type { User } from '@gmp/web-shared/api';

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

export function apiError(status: number, code: string, message = code, requestId = 'req-test') {
  return HttpResponse.json({ error: { code, message, requestId, details: [] } }, { status });
}

export const handlers = [
  // the layout's live socket (features/live): no socket in unit tests, so the app polls; tests that need it override
  http.get(`${API}/v1/live/endpoint`, () => apiError(503, 'INTERNAL_ERROR')),
  // the 검토 대기 tab's count, on every screen with the layout; pages' own tests override the listing
  http.get(`${API}/v1/checklist/submissions`, () => HttpResponse.json({ items: [], nextCursor: null })),
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
        { id: 'temperature', type: 'NUMBER', required: true, label: { ko: '체온', en: 'Temperature' }, unit: '°C' },
        { id: 'hand_wound', type: 'BOOLEAN', required: true, label: { ko: '손에 상처가 있나요?', en: 'A wound on your hands?' } },
      ],
    }),
  ),
  http.post(`${API}/v1/auth/logout`, () => new HttpResponse(null, { status: 204 })),
];
