// A Vite plugin for both apps: after the build, every text asset gets a brotli (.br) and a gzip (.gz) sibling,
// compressed once at the highest levels. local-api sends them by Accept-Encoding (Content-Encoding, Vary), as
// CloudFront sends compressed objects; nothing compresses on the fly.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|wasm)$/;
/** Below this a compressed file saves less than its own headers cost. */
const MIN_BYTES = 1024;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes `.br` and `.gz` beside each text file of `outDir` that they make smaller; returns what it wrote. */
export function precompressDir(outDir) {
  const written = [];
  for (const path of files(outDir)) {
    if (!TEXT.test(path)) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    const gz = gzipSync(body, { level: 9 });
    for (const [suffix, compressed] of [['.br', br], ['.gz', gz]]) {
      if (compressed.length >= body.length) continue;
      writeFileSync(path + suffix, compressed);
      written.push(path + suffix);
    }
  }
  return written;
}

/** Runs last (enforce: 'post', in closeBundle), so the service worker and the manifest are compressed too. */
export function precompress() {
  let outDir = 'dist';
  return {
    name: 'gmp-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressDir(outDir);
      },
    },
  };
}
