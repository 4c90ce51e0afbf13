import { z } from 'zod';

/** Shapes shared by several features (DESIGN.md §3, docs/openapi.yaml). */

export const LocalizedTextSchema = z.object({ ko: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const VERDICTS = [
  'PASS',
  'CONDITIONAL_PASS',
  'PENDING_REVIEW',
  'ACTION_REQUIRED',
  'FAIL',
] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const UserSchema = z.object({
  id: z.string(),
  loginId: z.string(),
  displayName: z.string(),
  role: z.string(),
  siteId: z.string(),
  department: z.string().optional().default(''),
});
export type User = z.infer<typeof UserSchema>;

/** Login, refresh and a password change. The refresh token itself stays in an HttpOnly cookie. */
export const AuthTokensSchema = z.object({
  accessToken: z.string().min(1),
  expiresIn: z.number().positive(),
  passwordChangeRequired: z.boolean().optional().default(false),
  user: UserSchema,
});
export type AuthTokens = z.infer<typeof AuthTokensSchema>;

export const CitationSchema = z.object({
  kind: z.string(),
  source: z.string(),
  verified: z.boolean().optional(),
});

export const ReasonSchema = z.object({
  ruleId: z.string(),
  message: LocalizedTextSchema,
  citation: CitationSchema.optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const ConditionSchema = z.object({
  code: z.string(),
  message: LocalizedTextSchema,
});
export type Condition = z.infer<typeof ConditionSchema>;

export const PassSchema = z.object({
  id: z.string(),
  token: z.string().min(1),
  expiresAt: z.string(),
  verdict: z.enum(['PASS', 'CONDITIONAL_PASS']).optional(),
  conditions: z.array(ConditionSchema).optional().default([]),
  zones: z.array(z.string()).optional().default([]),
});
export type Pass = z.infer<typeof PassSchema>;

export const SubmissionSchema = z.object({
  id: z.string(),
  workerId: z.string().optional(),
  submittedAt: z.string(),
  verdict: VerdictSchema,
  reasons: z.array(ReasonSchema).optional().default([]),
  conditions: z.array(ConditionSchema).optional().default([]),
  returnToWork: LocalizedTextSchema.optional(),
  pass: PassSchema.optional(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullish() });
