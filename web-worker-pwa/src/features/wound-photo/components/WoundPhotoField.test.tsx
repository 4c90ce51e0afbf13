import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { answerChecklist } from '@/testing/checklist-helpers';
import { FakeXhr } from '@/testing/fake-xhr';
import { API } from '@/testing/fixtures';
import { backend, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function stubCameraPipeline() {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('createImageBitmap', vi.fn().mockResolvedValue({ width: 4032, height: 3024, close: vi.fn() }));
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: vi.fn() } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb: BlobCallback, type?: string) =>
    cb(new Blob([new Uint8Array(2048)], { type })),
  );
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
}

const cameraShot = () => new File([new Uint8Array(5_000_000)], 'IMG_0001.HEIC.jpg', { type: 'image/jpeg' });

describe('wound photo step', () => {
  beforeEach(stubCameraPipeline);

  it('shrinks the photo, uploads it with a progress bar, and sends its key with the answers', async () => {
    FakeXhr.reset([{ progress: [0.3, 0.6, 1], status: 200 }]);
    const presigns: unknown[] = [];
    server.use(
      http.post(`${API}/ai/uploads`, async ({ request }) => {
        presigns.push(await request.clone().json());
        return undefined;
      }),
    );
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());

    expect(await screen.findByTestId('photo-uploaded')).toHaveTextContent('사진을 올렸습니다.');
    expect(presigns).toEqual([{ contentType: 'image/jpeg', contentLength: 2048 }]); // the small copy, not 5 MB
    const [xhr] = FakeXhr.instances;
    expect(xhr.url).toMatch(/^http:\/\/s3\.test\/images\//);
    expect(xhr.headers).toEqual({ 'content-type': 'image/jpeg' }); // content-length is the browser's
    expect(screen.getByRole('img', { name: '찍은 상처 사진' })).toHaveAttribute('src', 'blob:preview');

    expect(backend.state.analysesRequested).toEqual([expect.stringMatching(/^uploads\//)]);
    await user.click(screen.getByTestId('submit-checklist'));
    await screen.findByTestId('verdict-PASS');
    expect(backend.state.received[0].photos).toEqual([{ itemId: 'hand_wound_photo', imageKey: expect.stringMatching(/^uploads\//) }]);
  });

  it('shows progress while uploading and holds the submit button', async () => {
    FakeXhr.reset([{ hang: true }]);
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());
    await waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    FakeXhr.instances[0].upload.onprogress?.({ lengthComputable: true, loaded: 42, total: 100 } as ProgressEvent);

    const bar = await screen.findByRole('progressbar', { name: '사진 업로드 진행률' });
    await waitFor(() => expect(bar).toHaveAttribute('value', '42'));
    expect(screen.getByText('사진을 올리는 중… 42%')).toBeInTheDocument();
    expect(screen.getByTestId('submit-checklist')).toBeDisabled();
    expect(screen.getByText('사진을 올리는 중입니다. 잠시 기다려 주세요.')).toBeInTheDocument();
  });

  it('after repeated failures offers a retry that uploads the same photo again', async () => {
    FakeXhr.reset([{ networkError: true }, { networkError: true }, { networkError: true }, { status: 200 }]);
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());

    const alert = await screen.findByTestId('photo-error', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('사진을 올리지 못했습니다. 네트워크에 연결할 수 없습니다.');
    expect(FakeXhr.instances).toHaveLength(3);

    await user.click(screen.getByTestId('photo-retry'));
    expect(await screen.findByTestId('photo-uploaded')).toBeInTheDocument();
    expect(FakeXhr.instances).toHaveLength(4);
    expect(FakeXhr.instances[3].body).toBe(FakeXhr.instances[0].body);
  }, 15_000);

  it('asks for a new photo when the server refuses this one', async () => {
    FakeXhr.reset([{ status: 200 }]);
    backend.state.analysis = {
      status: 'REJECTED',
      reason: 'IMAGE_TOO_MANY_PIXELS',
      reasonMessage: { ko: '사진 해상도가 너무 큽니다. 다시 찍어 올려 주세요.', en: 'Too many pixels.' },
    };
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());
    expect(await screen.findByTestId('photo-error')).toHaveTextContent(
      '이 사진은 쓸 수 없습니다. 사진 해상도가 너무 큽니다. 다시 찍어 올려 주세요.',
    );
    expect(screen.queryByTestId('photo-retry')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('item-hand_wound_photo-error')).toHaveTextContent('상처 사진을 찍어 올려 주세요.');
    expect(backend.state.received).toHaveLength(0);
  });

  it('keeps the photo when the check cannot be reached: the submission decides', async () => {
    FakeXhr.reset([{ status: 200 }]);
    server.use(http.post(`${API}/ai/analyses`, () => HttpResponse.error()));
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());
    expect(await screen.findByTestId('photo-uploaded')).toBeInTheDocument();
  });

  it('will not submit a reported wound without its photo', async () => {
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.click(screen.getByTestId('submit-checklist'));
    expect(await screen.findByTestId('item-hand_wound_photo-error')).toHaveTextContent('상처 사진을 찍어 올려 주세요.');
    expect(backend.state.received).toHaveLength(0);
  });

  it('asks for another shot when the photo cannot be read', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new DOMException('decode failed', 'EncodingError')));
    const { user } = renderApp('/checklist');
    await answerChecklist(user, { hand_wound: true });
    await user.upload(screen.getByTestId('item-hand_wound_photo-file'), cameraShot());
    expect(await screen.findByTestId('photo-error')).toHaveTextContent('사진을 읽을 수 없습니다. 다시 찍어 주세요.');
    expect(screen.queryByTestId('photo-retry')).not.toBeInTheDocument();
  });
});
