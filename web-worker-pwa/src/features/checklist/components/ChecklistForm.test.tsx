import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { answerChecklist } from '@/testing/checklist-helpers';
import { API, answerAll, pharmaTemplateJson, submission } from '@/testing/fixtures';
import { apiError, backend, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

describe('checklist screen', () => {
  it('renders every item of the template, grouped, with yes/no buttons and a temperature pad', async () => {
    renderApp('/checklist');
    expect(await screen.findByText('구토 증상이 있습니까?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '건강 상태' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '위생 상태' })).toBeInTheDocument();
    for (const id of ['vomiting', 'diarrhea', 'jaundice', 'hand_wound', 'jewelry_removed', 'hands_washed']) {
      expect(screen.getByTestId(`item-${id}-yes`)).toHaveAttribute('role', 'radio');
      expect(screen.getByTestId(`item-${id}-no`)).toHaveAttribute('aria-checked', 'false');
    }
    expect(screen.getByRole('radiogroup', { name: '손을 씻었습니까?' })).toBeInTheDocument();
    expect(screen.getByLabelText(/체온/)).toBe(screen.getByTestId('item-temperature-input'));
    expect(screen.getByRole('group', { name: '숫자 입력판' })).toBeInTheDocument();
    // The photo item waits for a reported wound.
    expect(screen.queryByTestId('item-hand_wound_photo')).not.toBeInTheDocument();
    expect(screen.getByText('0/12 답변함')).toBeInTheDocument();
  });

  it('renders a different template’s items, and none of the default ones', async () => {
    backend.state.template = pharmaTemplateJson;
    const { user } = renderApp('/checklist');
    expect(await screen.findByText('방진복이 온전합니까?')).toBeInTheDocument();
    expect(screen.getByTestId('item-fever-yes')).toBeInTheDocument();
    expect(screen.getByTestId('item-skin_lesion-no')).toBeInTheDocument();
    expect(screen.queryByTestId('item-temperature-input')).not.toBeInTheDocument();
    expect(screen.queryByTestId('item-vomiting-yes')).not.toBeInTheDocument();
    expect(screen.getByText('0/3 답변함')).toBeInTheDocument();
    // In the template's `order`, not the order the items were listed in.
    const questions = screen.getAllByRole('radiogroup').map((g) => g.getAttribute('aria-labelledby'));
    expect(questions).toEqual(['q-fever-label', 'q-skin_lesion-label', 'q-gown_intact-label']);
    await user.click(screen.getByTestId('item-skin_lesion-yes'));
    expect(await screen.findByTestId('item-skin_lesion_photo-file')).toBeInTheDocument();
  });

  it('reloads the template when the server judged another version, and says so', async () => {
    let templateFetches = 0;
    server.use(
      http.get(`${API}/checklist/template`, () => {
        templateFetches += 1;
        return undefined;
      }),
      http.post(`${API}/checklist/submissions`, () =>
        apiError(400, 'VALIDATION_FAILED', {
          details: [{ field: 'templateVersion', code: 'TEMPLATE_MISMATCH', message: { ko: '점검표가 바뀌었습니다.', en: 'Changed.' } }],
        }),
      ),
    );
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('template-changed')).toHaveTextContent('점검표가 바뀌었습니다. 새 점검표로 다시 답해 주세요.');
    await waitFor(() => expect(templateFetches).toBe(2));
  });

  it('shows the template in English after the switch', async () => {
    const { user } = renderApp('/checklist');
    await screen.findByText('구토 증상이 있습니까?');
    await user.click(screen.getByTestId('lang-switch'));
    expect(screen.getByText('Are you vomiting?')).toBeInTheDocument();
    expect(screen.getByTestId('item-vomiting-yes')).toHaveTextContent('Yes');
    expect(document.documentElement.lang).toBe('en');
  });

  it('takes the temperature from the keypad and refuses one out of range', async () => {
    const { user } = renderApp('/checklist');
    const input = await screen.findByTestId('item-temperature-input');
    for (const key of ['4', '5', 'dot', '2']) await user.click(screen.getByTestId(`keypad-temperature-${key}`));
    expect(input).toHaveValue('45.2');
    await answerChecklist(user, { temperature: '45.2' });
    await user.click(screen.getByTestId('submit-checklist'));

    expect(await screen.findByTestId('item-temperature-error')).toHaveTextContent('34–43°C 사이로 입력해 주세요.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('checklist-errors')).toHaveTextContent('표시된 항목을 확인해 주세요.');
    expect(backend.state.received).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '한 글자 지우기' }));
    await user.click(screen.getByRole('button', { name: '한 글자 지우기' }));
    await user.click(screen.getByRole('button', { name: '한 글자 지우기' }));
    await user.click(screen.getByRole('button', { name: '한 글자 지우기' }));
    for (const key of ['3', '6', 'dot', '8']) await user.click(screen.getByTestId(`keypad-temperature-${key}`));
    expect(input).toHaveValue('36.8');
    expect(screen.queryByTestId('item-temperature-error')).not.toBeInTheDocument();
  });

  it('names each unanswered item instead of sending', async () => {
    const { user } = renderApp('/checklist');
    await user.click(await screen.findByTestId('submit-checklist'));
    expect(await screen.findByTestId('item-vomiting-error')).toHaveTextContent('답변해 주세요.');
    expect(screen.getByTestId('item-temperature-error')).toBeInTheDocument();
    expect(backend.state.received).toHaveLength(0);
  });

  it('asks for a wound photo when a wound is reported, and drops it when taken back', async () => {
    const { user } = renderApp('/checklist');
    await user.click(await screen.findByTestId('item-hand_wound-yes'));
    const photo = await screen.findByTestId('item-hand_wound_photo');
    expect(within(photo).getByText('사진 찍기')).toBeInTheDocument();
    expect(screen.getByTestId('item-hand_wound_photo-file')).toHaveAttribute('capture', 'environment');
    await user.click(screen.getByTestId('item-hand_wound-no'));
    expect(screen.queryByTestId('item-hand_wound_photo')).not.toBeInTheDocument();
  });

  it('“fixed it — check again” keeps every earlier answer and opens at the item to fix', async () => {
    const answers = answerAll({ jewelry_removed: false });
    backend.state.submissions = [
      submission('ACTION_REQUIRED', {
        answers,
        answerRows: Object.entries(answers).map(([itemId, value]) => ({ itemId, value, abnormal: itemId === 'jewelry_removed' })),
      }),
    ];
    const { user } = renderApp('/checklist?again=s-action_required');

    const fix = await screen.findByTestId('item-jewelry_removed-fix');
    expect(fix).toHaveTextContent('이 항목을 조치했는지 다시 답해 주세요.');
    expect(screen.getByTestId('checklist-again')).toBeInTheDocument();
    expect(screen.getByTestId('item-vomiting-no')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('item-hands_washed-yes')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('item-jewelry_removed-no')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('item-temperature-input')).toHaveValue('36.5');
    await waitFor(() => expect(screen.getByTestId('item-jewelry_removed')).toContainElement(document.activeElement as HTMLElement));

    await user.click(screen.getByTestId('item-jewelry_removed-yes'));
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('verdict-PASS')).toBeInTheDocument();
    expect(backend.state.received[0]).toMatchObject({ answers: { ...answers, jewelry_removed: true } });
  });

  it('sends the answers and shows the verdict', async () => {
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('verdict-PASS')).toBeInTheDocument();
    const sent = backend.state.received[0];
    expect(sent).toMatchObject({
      templateId: 'kr-food-haccp-daily',
      templateVersion: 3,
      photos: [],
      answers: { temperature: 36.5, vomiting: false, hand_wound: false, hands_washed: true },
    });
    expect(String(sent.clientSubmissionId)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts a new attempt id once an answer changes', async () => {
    server.use(http.post(`${API}/checklist/submissions`, () => apiError(503, 'SERVICE_UNAVAILABLE')));
    const ids: unknown[] = [];
    server.use(
      http.post(`${API}/checklist/submissions`, async ({ request }) => {
        ids.push(((await request.json()) as Record<string, unknown>).clientSubmissionId);
        return apiError(503, 'SERVICE_UNAVAILABLE');
      }),
    );
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('submit-error')).toHaveTextContent('서버에 일시적인 문제가 있습니다');
    await user.click(screen.getByTestId('item-hands_washed-no'));
    await user.click(screen.getByTestId('item-hands_washed-yes'));
    await user.click(screen.getByTestId('submit-checklist'));
    await waitFor(() => expect(ids).toHaveLength(2));
    expect(ids[1]).not.toBe(ids[0]);
  });

  it('puts the server’s validation details next to the items they name', async () => {
    server.use(
      http.post(`${API}/checklist/submissions`, () =>
        apiError(400, 'VALIDATION_FAILED', {
          details: [{ field: 'answers.nails_ok', code: 'REQUIRED', message: 'nails_ok is required' }],
        }),
      ),
    );
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('item-nails_ok-error')).toHaveTextContent('답변해 주세요.');
    expect(screen.queryByText(/REQUIRED|nails_ok is required/)).not.toBeInTheDocument();
  });

  it('says so in plain words when the template cannot be loaded', async () => {
    server.use(http.get(`${API}/checklist/template`, () => HttpResponse.error()));
    renderApp('/checklist');
    expect(await screen.findByRole('alert')).toHaveTextContent('네트워크에 연결할 수 없습니다');
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });
});
