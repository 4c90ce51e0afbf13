import { ApiError, NetworkError } from '@gmp/web-shared/client';
import { FakeXhr } from '@/testing/fake-xhr';
import type { PresignedUpload } from '../api/create-upload';
import { isRetryable, putWithProgress, UploadError, uploadPhoto } from './upload';

const photo = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });

function presigner(expiresInMs = 5 * 60_000) {
  let n = 0;
  return vi.fn(async ({ contentType }: { contentType: string; contentLength: number }): Promise<PresignedUpload> => {
    n += 1;
    return {
      imageKey: `uploads/img-${n}.jpg`,
      uploadUrl: `http://s3.test/img-${n}.jpg?X-Amz-Signature=sig${n}`,
      method: 'PUT',
      headers: { 'Content-Type': contentType, 'x-amz-server-side-encryption': 'AES256', 'Content-Length': '1000' },
      expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    };
  });
}

const noWait = () => 0;

describe('putWithProgress', () => {
  it('PUTs the bytes with exactly the presigned headers and reports progress', async () => {
    FakeXhr.reset([{ progress: [0.25, 0.5, 1], status: 200 }]);
    const progress: number[] = [];
    await putWithProgress(
      { uploadUrl: 'http://s3.test/k?sig', headers: { 'Content-Type': 'image/jpeg', 'x-amz-server-side-encryption': 'AES256' } },
      photo,
      { onProgress: (f) => progress.push(f), createXhr: FakeXhr.factory },
    );
    const [xhr] = FakeXhr.instances;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe('http://s3.test/k?sig');
    expect(xhr.headers).toEqual({ 'Content-Type': 'image/jpeg', 'x-amz-server-side-encryption': 'AES256' });
    expect(xhr.body).toBe(photo);
    expect(progress).toEqual([0.25, 0.5, 1]);
  });

  it('leaves out the headers a browser sets itself', async () => {
    FakeXhr.reset([{ status: 200 }]);
    await putWithProgress({ uploadUrl: 'u', headers: { 'Content-Length': '1000', Host: 's3', 'Content-Type': 'image/jpeg' } }, photo, {
      createXhr: FakeXhr.factory,
    });
    expect(FakeXhr.instances[0].headers).toEqual({ 'Content-Type': 'image/jpeg' });
  });

  it('rejects with the status, or 0 when there was no reply', async () => {
    FakeXhr.reset([{ status: 403 }, { networkError: true }]);
    await expect(putWithProgress({ uploadUrl: 'u', headers: {} }, photo, { createXhr: FakeXhr.factory })).rejects.toMatchObject({ status: 403 });
    await expect(putWithProgress({ uploadUrl: 'u', headers: {} }, photo, { createXhr: FakeXhr.factory })).rejects.toMatchObject({ status: 0 });
  });
});

describe('uploadPhoto', () => {
  it('asks for a presigned URL of the photo’s type and size, uploads, and returns the image key', async () => {
    FakeXhr.reset([{ progress: [0.5, 1], status: 200 }]);
    const createUpload = presigner();
    const progress: number[] = [];
    const key = await uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, onProgress: (f) => progress.push(f) });
    expect(key).toBe('uploads/img-1.jpg');
    expect(createUpload).toHaveBeenCalledWith({ contentType: 'image/jpeg', contentLength: 1000 });
    expect(progress).toEqual([0, 0.5, 1, 1]);
  });

  it('retries a dropped connection on the same URL and succeeds', async () => {
    FakeXhr.reset([{ progress: [0.4], networkError: true }, { progress: [1], status: 200 }]);
    const createUpload = presigner();
    const progress: number[] = [];
    const key = await uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, backoffMs: noWait, onProgress: (f) => progress.push(f) });
    expect(key).toBe('uploads/img-1.jpg');
    expect(createUpload).toHaveBeenCalledTimes(1);
    expect(FakeXhr.instances.map((x) => x.url)).toEqual([
      'http://s3.test/img-1.jpg?X-Amz-Signature=sig1',
      'http://s3.test/img-1.jpg?X-Amz-Signature=sig1',
    ]);
    expect(progress).toEqual([0, 0.4, 0, 1, 1]); // the bar starts again for the new attempt
  });

  it('takes 412 on a retry of the same URL as the photo already stored (the key is written once)', async () => {
    FakeXhr.reset([{ networkError: true }, { status: 412 }]);
    const createUpload = presigner();
    const key = await uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, backoffMs: noWait });
    expect(key).toBe('uploads/img-1.jpg');
    expect(createUpload).toHaveBeenCalledTimes(1);
  });

  it('does not take 412 on a first try as success', async () => {
    FakeXhr.reset([{ status: 412 }]);
    await expect(uploadPhoto(photo, { createUpload: presigner(), createXhr: FakeXhr.factory, backoffMs: noWait }))
      .rejects.toMatchObject({ status: 412 });
  });

  it('asks for a new URL when S3 refuses the old one (expired signature)', async () => {
    FakeXhr.reset([{ status: 403 }, { status: 200 }]);
    const createUpload = presigner();
    const key = await uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, backoffMs: noWait });
    expect(key).toBe('uploads/img-2.jpg');
    expect(FakeXhr.instances[1].url).toContain('sig2');
  });

  it('asks for a new URL when the old one is about to expire', async () => {
    FakeXhr.reset([{ status: 500 }, { status: 200 }]);
    const createUpload = presigner(10_000); // inside the 30 s margin
    await uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, backoffMs: noWait });
    expect(createUpload).toHaveBeenCalledTimes(2);
  });

  it('gives up after three attempts and hands the last failure back for a manual retry', async () => {
    FakeXhr.reset([{ networkError: true }, { status: 503 }, { networkError: true }, { status: 200 }]);
    const backoff = vi.fn(() => 0);
    const error = await uploadPhoto(photo, { createUpload: presigner(), createXhr: FakeXhr.factory, backoffMs: backoff }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(FakeXhr.instances).toHaveLength(3);
    expect(backoff.mock.calls).toEqual([[1], [2]]);
  });

  it('does not retry what retrying cannot fix', async () => {
    FakeXhr.reset([]);
    const createUpload = vi.fn().mockRejectedValue(new ApiError({ status: 413, code: 'PAYLOAD_TOO_LARGE' }));
    await expect(uploadPhoto(photo, { createUpload, createXhr: FakeXhr.factory, backoffMs: noWait })).rejects.toMatchObject({ status: 413 });
    expect(createUpload).toHaveBeenCalledTimes(1);
  });

  it('stops when the worker leaves the screen', async () => {
    FakeXhr.reset([{ hang: true }]);
    const controller = new AbortController();
    const pending = uploadPhoto(photo, { createUpload: presigner(), createXhr: FakeXhr.factory, signal: controller.signal });
    await vi.waitFor(() => expect(FakeXhr.instances).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.instances[0].aborted).toBe(true);
  });

  it('classifies failures', () => {
    expect(isRetryable(new NetworkError())).toBe(true);
    expect(isRetryable(new UploadError(0))).toBe(true);
    expect(isRetryable(new UploadError(400))).toBe(false);
    expect(isRetryable(new ApiError({ status: 502, code: 'HTTP_502' }))).toBe(true);
    expect(isRetryable(new ApiError({ status: 400, code: 'VALIDATION_FAILED' }))).toBe(false);
  });
});
