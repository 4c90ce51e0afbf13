import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API, contractSubmission } from '@/testing/handlers';
import type { Submission } from '@gmp/web-shared/api';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';
import { MemoryRouter } from 'react-router';
import { TodayPage } from './TodayPage';

beforeEach(() => signInAsAdmin());

const sub = (id: string, workerId: string, verdict: Submission['verdict'], at: string, extra: Partial<Submission> = {}) =>
  contractSubmission({ id, workerId, submittedAt: `2026-11-02T${at}:00Z`, verdict, ...extra });

describe('TodayPage', () => {
  beforeEach(() => {
    server.use(
      http.get(`${API}/v1/auth/users`, () =>
        HttpResponse.json({
          items: ['w1', 'w2', 'w3', 'w4'].map((id) => ({ id, loginId: id, displayName: `이름-${id}`, role: 'WORKER', siteId: 'demo-site', department: 'x' })),
        }),
      ),
    );
  });

  it('counts each worker once by their latest verdict, across pages, and lists the latest FAILs', async () => {
    server.use(
      http.get(`${API}/v1/checklist/submissions`, ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('cursor') === 'p2') {
          return HttpResponse.json({
            items: [
              sub('s4', 'w3', 'FAIL', '07:30', {
                returnToWork: { ko: '증상이 멎고 24시간 뒤 복귀', en: '24 h after symptoms end' },
                reasons: [{ ruleId: 'kr/diarrhea', message: { ko: '설사 증상: 식품 취급 금지', en: 'Diarrhoea' }, citation: { kind: 'LAW', source: '식품위생법', verified: true } }],
              }),
              sub('s5', 'w4', 'PENDING_REVIEW', '07:40'),
            ],
          });
        }
        return HttpResponse.json({
          items: [
            sub('s1', 'w1', 'ACTION_REQUIRED', '06:00'),
            sub('s2', 'w1', 'PASS', '06:10'), // fixed the jewelry and answered again
            sub('s3', 'w2', 'CONDITIONAL_PASS', '06:20'),
          ],
          nextCursor: 'p2',
        });
      }),
    );
    renderWithProviders(
      <MemoryRouter>
        <TodayPage />
      </MemoryRouter>,
    );
    expect(await screen.findByTestId('count-PASS')).toHaveTextContent('1');
    expect(screen.getByTestId('count-ACTION_REQUIRED')).toHaveTextContent('0');
    expect(screen.getByTestId('count-CONDITIONAL_PASS')).toHaveTextContent('1');
    expect(screen.getByTestId('count-FAIL')).toHaveTextContent('1');
    expect(screen.getByTestId('count-PENDING_REVIEW')).toHaveTextContent('1');
    const fails = screen.getByTestId('today-fails');
    expect(await within(fails).findByText('이름-w3')).toBeInTheDocument();
    expect(within(fails).getByText('설사 증상: 식품 취급 금지')).toBeInTheDocument();
    expect(within(fails).getByText('증상이 멎고 24시간 뒤 복귀')).toBeInTheDocument();
  });
});
