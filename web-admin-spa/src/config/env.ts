import { z } from 'zod';
import { zApiBaseUrl } from '@gmp/web-shared/client';

const EnvSchema = z.object({
  VITE_API_KEY: z.string().min(1).default('local-dev-key'),
  // Where /v1/ lives; empty (the default) is the page's own origin, /v1/ beside /admin/.
  VITE_API_BASE_URL: zApiBaseUrl,
  // Gates a guard can pick from; a plant sets its own at build time.
  VITE_GATE_IDS: z
    .string()
    .default('GATE-1,GATE-2,GATE-3')
    .transform((s) => s.split(',').map((g) => g.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/)).min(1)),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(raw: Record<string, unknown>): Env {
  const parsed = EnvSchema.safeParse(raw);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid build configuration (${names}): ${parsed.error.message}`);
  }
  return parsed.data;
}

// Checked once at start: a bad value fails loudly, with its name, before anything renders.
export const env: Env = parseEnv(import.meta.env);
