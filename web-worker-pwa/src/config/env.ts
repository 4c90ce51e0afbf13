import * as z from 'zod/mini';
import { zApiBaseUrl } from '@gmp/web-shared/client';

// Vite inlines unset variables as undefined and `VITE_X=` as "": treat both as "use the default".
// zod/mini: the classic API does not tree-shake, and this runs before the first paint (issue 17 item 8).
const optional = <T extends z.core.$ZodType>(schema: T) =>
  z.pipe(z.transform((v: unknown) => (v === '' ? undefined : v)), schema);

const EnvSchema = z.object({
  API_KEY: optional(z._default(z.string().check(z.minLength(1)), 'local-dev-key')),
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
