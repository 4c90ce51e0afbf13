import { zReviewDecision, type ReviewDecision } from '@gmp/web-shared/api';

// The shapes are the contract's (docs/openapi.yaml, generated into web-shared): never retyped here.
export type {
  Analysis,
  ChecklistTemplate as Template,
  PhotoAssessment,
  ReviewCorrectionRequestWritable as ReviewCorrectionRequest,
  ReviewRequestWritable as ReviewRequest,
  Review,
  Submission,
  WoundAssessment as Assessment,
} from '@gmp/web-shared/api';

export const DECISIONS = zReviewDecision.options;
export type Decision = ReviewDecision;
