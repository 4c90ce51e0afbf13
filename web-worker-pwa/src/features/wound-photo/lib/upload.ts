import { ApiError, NetworkError } from '@gmp/web-shared/client';
import type { PresignedUpload } from '../api/create-upload';

/** The PUT to the presigned URL failed: `status` 0 means no reply at all. */
export class UploadError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(status === 0 ? 'Upload failed: no connection' : `Upload failed: HTTP ${status}`);
    this.name = 'UploadError';
    this.status = status;
  }
}

export type XhrFactory = () => XMLHttpRequest;

// The browser sets these itself and refuses to let a script do it.
const FORBIDDEN_HEADERS = new Set(['host', 'content-length', 'connection']);

/** PUTs the bytes with exactly the headers the presign was made for; reports 0–1 progress. */
export function putWithProgress(
  target: Pick<PresignedUpload, 'uploadUrl' | 'headers'>,
  blob: Blob,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal; createXhr?: XhrFactory } = {},
): Promise<void> {
  const xhr = (options.createXhr ?? (() => new XMLHttpRequest()))();
  return new Promise<void>((resolve, reject) => {
    xhr.open('PUT', target.uploadUrl);
    for (const [name, value] of Object.entries(target.headers ?? {})) {
      if (!FORBIDDEN_HEADERS.has(name.toLowerCase())) xhr.setRequestHeader(name, value);
    }
    xhr.timeout = 120_000;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadError(xhr.status));
    };
    xhr.onerror = () => reject(new UploadError(0));
    xhr.ontimeout = () => reject(new UploadError(0));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(blob);
  });
}

/** Worth another go: no connection, a server hiccup, or a presigned URL that ran out (403). */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (error instanceof UploadError) {
    return error.status === 0 || error.status === 403 || error.status === 408 || error.status === 429 || error.status >= 500;
  }
  if (error instanceof ApiError) return error.status === 429 || error.status >= 500;
  return false;
}

export interface UploadPhotoOptions {
  createUpload: (input: { contentType: string; contentLength: number }) => Promise<PresignedUpload>;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  createXhr?: XhrFactory;
  maxAttempts?: number;
  /** Milliseconds to wait before attempt n+1. */
  backoffMs?: (attempt: number) => number;
  now?: () => number;
}

const EXPIRY_MARGIN_MS = 30_000;

function expiresSoon(target: PresignedUpload, now: number): boolean {
  if (!target.expiresAt) return false;
  const at = Date.parse(target.expiresAt);
  return Number.isFinite(at) && at - EXPIRY_MARGIN_MS <= now;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(new DOMException('Upload aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/**
 * Asks for a presigned URL and PUTs the photo, retrying what a weak changing-room signal breaks.
 * A fresh URL is asked for when the last one is about to expire or S3 refused it.
 * Resolves to the image key to put in the submission.
 */
export async function uploadPhoto(blob: Blob, options: UploadPhotoOptions): Promise<string> {
  const maxAttempts = options.maxAttempts ?? 3;
  const backoff = options.backoffMs ?? ((n: number) => 1000 * 2 ** (n - 1));
  const now = options.now ?? Date.now;
  let target: PresignedUpload | undefined;
  let lastError: unknown;
  let triedTarget = false;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const refused = lastError instanceof UploadError && lastError.status === 403;
      if (!target || refused || expiresSoon(target, now())) {
        target = await options.createUpload({ contentType: blob.type || 'image/jpeg', contentLength: blob.size });
        triedTarget = false;
      }
      options.onProgress?.(0);
      const again = triedTarget;
      triedTarget = true;
      try {
        await putWithProgress(target, blob, {
          onProgress: options.onProgress,
          signal: options.signal,
          createXhr: options.createXhr,
        });
      } catch (error) {
        // The URL is signed with If-None-Match: * (a key is written once): 412 on a second try of the same URL
        // means the first try reached S3 and only its answer was lost.
        if (!(again && error instanceof UploadError && error.status === 412)) throw error;
      }
      options.onProgress?.(1);
      return target.imageKey;
    } catch (error) {
      lastError = error;
      if (options.signal?.aborted || !isRetryable(error) || attempt === maxAttempts) throw error;
      await sleep(backoff(attempt), options.signal);
    }
  }
  throw lastError;
}
