export const REJECT_REASONS = [
  'MALFORMED',
  'INVALID_SIGNATURE',
  'EXPIRED',
  'NOT_YET_VALID',
  'REVOKED',
  'WRONG_SITE',
  'ALREADY_INSIDE',
  'NOT_INSIDE',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type Direction = 'IN' | 'OUT';
