import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { API } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { signInAsAdmin } from '@/testing/session';

beforeEach(() => signInAsAdmin());

const sheet = {
  siteId: 'demo-site',
  date: '2026-03-02',
  generatedAt: '2026-03-02T09:00:00Z',
  title: '위생상태점검표 — demo-site — 2026-03-02',
  header: ['이름', '부서', '시각', '체온(℃)', '구토', '판정', '조건', '검토·서명'],
  rows: [
    ['김위생', '포장1팀', '09:05', '36.5', '✓', '적합', '', ''],
    ['이청결', '가공2팀', '09:15', '38.2', '✓', '부적합', '', ''],
    ['김위생', '포장1팀', '09:35', '–', '–', '조건부 적합', '방수 밴드 위 장갑 착용', '박관리 09:55 조건부 승인'],
  ],
  answersExpired: 1,
  notes: ['✓ 적합  ✗ 부적합', '– : 원 답변은 보존기간이 지나 삭제되었습니다 (1건).'],
};

describe('DailySheetPage', () => {
  it('shows exactly the cells the server sends (the CSV and PDF carry the same), for today by default', async () => {
    const dates: (string | null)[] = [];
    server.use(
      http.get(`${API}/v1/records/daily-sheet`, ({ request }) => {
        dates.push(new URL(request.url).searchParams.get('date'));
        return HttpResponse.json(sheet);
      }),
    );
    renderApp('/records');

    const table = await screen.findByTestId('sheet-table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(sheet.header);
    const rows = within(table).getAllByTestId('sheet-row').map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual(sheet.rows);
    expect(screen.getByRole('heading', { name: sheet.title })).toBeInTheDocument();
    expect(screen.getByText(/보존기간이 지나 삭제/)).toBeInTheDocument();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
