import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from '../build/precompress.mjs';

describe('precompress (the apps build step)', () => {
  it('writes brotli and gzip siblings of the text assets that decompress to the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const js = 'export const a = "위생 점검";\n'.repeat(200);
    writeFileSync(join(dir, 'app.js'), js);
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 7));

    precompressDir(dir);

    expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(js);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(js);
    expect(readFileSync(join(dir, 'app.js.br')).length).toBeLessThan(js.length / 10);
    expect(existsSync(join(dir, 'tiny.css.br'))).toBe(false); // too small to gain
    expect(existsSync(join(dir, 'icon.png.br'))).toBe(false); // already compressed formats are left alone
  });
});
