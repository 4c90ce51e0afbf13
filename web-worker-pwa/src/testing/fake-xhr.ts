/**
 * A scripted XMLHttpRequest for upload tests: each instance plays the next script — progress steps,
 * then a status (or a network error). jsdom's XHR cannot report upload progress.
 */
export type XhrScript = { progress?: number[]; status?: number; networkError?: boolean; hang?: boolean };

export class FakeXhr {
  static scripts: XhrScript[] = [];
  static instances: FakeXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  timeout = 0;
  aborted = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;

  static reset(scripts: XhrScript[]) {
    FakeXhr.scripts = [...scripts];
    FakeXhr.instances = [];
  }

  static factory = () => new FakeXhr() as unknown as XMLHttpRequest;

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  send(body: unknown) {
    this.body = body;
    const script = FakeXhr.scripts.shift() ?? { status: 200 };
    if (script.hang) return;
    const total = body instanceof Blob ? body.size : 100;
    queueMicrotask(() => {
      for (const fraction of script.progress ?? []) {
        this.upload.onprogress?.({ lengthComputable: true, loaded: Math.round(total * fraction), total } as ProgressEvent);
      }
      if (script.networkError) {
        this.onerror?.();
        return;
      }
      this.status = script.status ?? 200;
      this.onload?.();
    });
  }
}
