import { z } from 'zod';
import { zAnswerRow } from '@gmp/web-shared/api';
import { pageOf } from '@/lib/paging';

const Localized = z.union([z.string(), z.object({ ko: z.string().optional(), en: z.string().optional() })]);

export const ReasonSchema = z.object({
  ruleId: z.string(),
  message: Localized.nullish(),
  citation: z
    .object({ kind: z.string().nullish(), source: z.string().nullish(), verified: z.boolean().nullish() })
    .nullish(),
});

export const ConditionSchema = z.union([
  z.string().transform((code) => ({ code, message: undefined })),
  z.object({ code: z.string(), message: Localized.nullish() }),
]);

export const AssessmentSchema = z.object({
  imageUsable: z.boolean().nullish(),
  qualityIssue: z.string().nullish(),
  woundPresent: z.boolean().nullish(),
  woundType: z.string().nullish(),
  location: z.string().nullish(),
  severity: z.string().nullish(),
  infectionSigns: z.boolean().nullish(),
  bleeding: z.boolean().nullish(),
  covered: z.boolean().nullish(),
  coverType: z.string().nullish(),
  confidence: z.number().nullish(),
  summary: z.string().nullish(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const PhotoSchema = z.object({
  itemId: z.string(),
  imageKey: z.string(),
  analysisId: z.string().nullish(),
  imageUrl: z.string().nullish(),
});

/** The assessment the verdict was evaluated with (VerdictRecord.assessments), when the reply carries it. */
export const PhotoAssessmentSchema = z.object({
  itemId: z.string().nullish(),
  imageKey: z.string().nullish(),
  source: z.string().nullish(),
  modelId: z.string().nullish(),
  assessment: AssessmentSchema,
});
export type PhotoAssessment = z.infer<typeof PhotoAssessmentSchema>;

export const SubmissionSchema = z.object({
  id: z.string(),
  workerId: z.string(),
  workerName: z.string().nullish(),
  submittedAt: z.string(),
  verdict: z.string(),
  reasons: z.array(ReasonSchema).nullish(),
  conditions: z.array(ConditionSchema).nullish(),
  photos: z.array(PhotoSchema).nullish(),
  assessments: z.array(PhotoAssessmentSchema).nullish(),
  answers: z.record(z.string(), z.unknown()).nullish(),
  /** a submission read alone: the answers in the template's order, the ones a rule objects to marked */
  answerRows: z.array(zAnswerRow).nullish(),
  returnToWork: Localized.nullish(),
  lockedOut: z.boolean().nullish(),
  review: z
    .object({
      decision: z.string().nullish(),
      note: z.string().nullish(),
      reviewedBy: z.string().nullish(),
      reviewedAt: z.string().nullish(),
    })
    .nullish(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const SubmissionPageSchema = pageOf(SubmissionSchema);

export const AnalysisSchema = z.object({
  id: z.string(),
  status: z.string(),
  assessment: AssessmentSchema.nullish(),
  modelId: z.string().nullish(),
  imageUrl: z.string().nullish(),
  reason: z.string().nullish(),
  reasonMessage: Localized.nullish(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const TemplateSchema = z.object({
  id: z.string(),
  version: z.number(),
  items: z.array(z.object({ id: z.string(), type: z.string(), label: Localized, unit: z.string().nullish() })),
  /** every condition the pack can set: what a reviewer chooses from */
  conditions: z.array(z.object({ code: z.string(), message: Localized.nullish() })).nullish(),
});
export type Template = z.infer<typeof TemplateSchema>;

export const DECISIONS = ['APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT'] as const;
export type Decision = (typeof DECISIONS)[number];
export type ReviewRequest = { decision: Decision; conditions?: string[]; note: string; password: string };
