import type { Plugin } from 'vite';

/** Writes `.br` and `.gz` beside each text file of `outDir` that they make smaller; returns what it wrote. */
export function precompressDir(outDir: string): string[];
/** The Vite plugin: precompresses the build output once the bundle is written. */
export function precompress(): Plugin;
