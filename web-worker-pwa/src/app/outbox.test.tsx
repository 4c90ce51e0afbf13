import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { openDB } from 'idb';
import { loadQueued, type QueuedSubmission } from '@/features/checklist/lib/outbox';
import { session } from '@/lib/api';
import { answerChecklist } from '@/testing/checklist-helpers';
import { API, worker1 } from '@/testing/fixtures';
import { apiError, backend, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

let online = true;

/** The phone's own idea of the network, as `navigator.onLine` and its events give it. */
function goOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

async function submitOffline() {
  const { user } = renderApp('/checklist');
  await answerChecklist(user);
  goOnline(false);
  await user.click(screen.getByTestId('submit-checklist'));
  return user;
}

describe('a checklist submitted with no signal', () => {
  beforeEach(() => {
    online = true;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  });
  afterEach(() => vi.restoreAllMocks());

  it('is kept on the phone, says it goes once online — never "제출 중…" — and is sent then, once', async () => {
    await submitOffline();
    const card = await screen.findByTestId('submit-queued');
    expect(card).toHaveTextContent('인터넷이 연결되면 자동으로 제출됩니다');
    expect(screen.queryByText('제출 중…')).not.toBeInTheDocument();
    expect(backend.state.received).toHaveLength(0);
    // in IndexedDB itself, not in this page's memory
    const kept = (await (await openDB('gmp-outbox')).get('outbox', worker1.id)) as QueuedSubmission | undefined;
    expect(kept?.payload?.answers).toMatchObject({ temperature: 36.5, hands_washed: true });

    goOnline(true);
    expect(await screen.findByTestId('show-pass')).toBeInTheDocument();
    expect(backend.state.received).toHaveLength(1);
    expect(backend.state.received[0].clientSubmissionId).toBe(kept?.clientSubmissionId);
    expect(await loadQueued(worker1.id)).toBeNull();
  });

  it('survives the app being closed: reopened, home says it waits, and it goes when the phone is online', async () => {
    await submitOffline();
    await screen.findByTestId('submit-queued');
    cleanup(); // the app closed; only what IndexedDB holds remains
    session.reloadFromStorage();

    renderApp('/');
    expect(await screen.findByTestId('submit-queued')).toHaveTextContent('인터넷이 연결되면 자동으로 제출됩니다');
    expect(screen.queryByTestId('start-checklist')).not.toBeInTheDocument();
    expect(backend.state.received).toHaveLength(0);

    goOnline(true);
    expect(await screen.findByTestId('today-pass')).toBeInTheDocument();
    expect(backend.state.received).toHaveLength(1);
  });

  it('is sent again under the same id when the reply was lost, and the server keeps one submission', async () => {
    let lost = 1;
    server.use(
      http.post(`${API}/checklist/submissions`, async ({ request }) => {
        if (lost-- <= 0) return undefined;
        // the server records it; the reply never reaches the phone
        await fetch(request.clone()).catch(() => undefined);
        return HttpResponse.error();
      }),
    );
    const { user } = renderApp('/checklist');
    await answerChecklist(user);
    await user.click(screen.getByTestId('submit-checklist'));

    // no tap needed: the app sends it again by itself
    expect(await screen.findByTestId('show-pass')).toBeInTheDocument();
    expect(backend.state.received.length).toBeGreaterThanOrEqual(2);
    expect(new Set(backend.state.received.map((r) => r.clientSubmissionId)).size).toBe(1);
    expect(backend.state.submissions).toHaveLength(1);
    expect(await loadQueued(worker1.id)).toBeNull();
  });

  it('keeps waiting when the server says "later" (503), and goes at the next chance', async () => {
    await submitOffline();
    await screen.findByTestId('submit-queued');
    let unavailable = true;
    let refusals = 0;
    server.use(
      http.post(`${API}/checklist/submissions`, () => {
        if (!unavailable) return undefined;
        refusals += 1;
        return apiError(503, 'SERVICE_UNAVAILABLE');
      }),
    );
    goOnline(true);
    await waitFor(() => expect(refusals).toBe(1));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByTestId('submit-queued')).toBeInTheDocument();
    expect((await loadQueued(worker1.id))?.payload).toBeDefined();
    expect(backend.state.submissions).toHaveLength(0);

    unavailable = false;
    goOnline(true);
    expect(await screen.findByTestId('show-pass')).toBeInTheDocument();
    expect(backend.state.submissions).toHaveLength(1);
  });

  it('refused when it finally goes: says so, keeps no answers, and the worker answers again', async () => {
    await submitOffline();
    await screen.findByTestId('submit-queued');
    server.use(
      http.post(`${API}/checklist/submissions`, () =>
        apiError(400, 'VALIDATION_FAILED', { details: [{ field: 'templateVersion', code: 'TEMPLATE_MISMATCH' }] }),
      ),
    );
    goOnline(true);
    const refused = await screen.findByTestId('submit-refused');
    expect(refused).toHaveTextContent('점검 답변이 제출되지 않았습니다');
    expect((await loadQueued(worker1.id))?.payload).toBeUndefined();

    await userEvent.setup().click(screen.getByTestId('submit-refused-again'));
    expect(await screen.findByTestId('submit-checklist')).toHaveTextContent('제출하기');
    expect(await loadQueued(worker1.id)).toBeNull();
  });

  it('is forgotten at sign-out: no health answers stay on a shared phone', async () => {
    await submitOffline();
    await screen.findByTestId('submit-queued');
    act(() => session.clear('logout'));
    await waitFor(async () => expect(await loadQueued(worker1.id)).toBeNull());
  });
});
