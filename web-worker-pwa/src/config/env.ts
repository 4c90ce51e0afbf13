import { z } from 'zod';

// Vite inlines unset variables as undefined and `VITE_X=` as "": treat both as "use the default".
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema);

const EnvSchema = z.object({
  API_KEY: optional(z.string().min(1).default('local-dev-key')),
  // Same origin as the app by default: local-api and CloudFront both serve the API under /v1.
  API_BASE_URL: optional(
    z
      .string()
      .regex(/^(\/|https?:\/\/)/, 'must start with / or http(s)://')
      .transform((s) => s.replace(/\/+$/, ''))
      .default('/v1'),
  ),
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
