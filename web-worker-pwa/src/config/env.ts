import { z } from 'zod';
import { zApiBaseUrl } from '@gmp/web-shared/client';

// Vite inlines unset variables as undefined and `VITE_X=` as "": treat both as "use the default".
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);

const EnvSchema = z.object({
  API_KEY: optional(z.string().min(1).default('local-dev-key')),
  // Where /v1/ lives; empty (the default) is the page's own origin, as local-api and CloudFront serve it.
  API_BASE_URL: zApiBaseUrl,
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(raw: Record<string, unknown>): Env {
  const result = EnvSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `VITE_${String(i.path[0])}: ${i.message}`)
      .join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

export const env: Env = parseEnv({
  API_KEY: import.meta.env.VITE_API_KEY,
  API_BASE_URL: import.meta.env.VITE_API_BASE_URL,
});
