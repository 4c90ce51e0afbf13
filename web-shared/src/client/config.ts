import * as z from 'zod/mini';

/**
 * `VITE_API_BASE_URL` in both apps: where the API's `/v1/` lives — empty for the page's own origin (the
 * default: local-api and CloudFront serve `/v1/*` beside the apps), else an http(s) URL such as an API
 * Gateway stage. Requests name the contract's paths (`/v1/auth/login`), so the base never ends in /v1.
 */
export const zApiBaseUrl = z.pipe(
  z.pipe(
    z.transform((v: unknown) => v ?? ''),
    z.string().check(
      z.regex(/^(https?:\/\/\S+)?$/, 'must be empty (same origin) or an http(s) URL'),
      z.refine((s) => !/\/v1\/*$/.test(s), 'names where /v1/ lives, without /v1 (request paths start with /v1)'),
    ),
  ),
  z.transform((s: string) => s.replace(/\/+$/, '')),
);
