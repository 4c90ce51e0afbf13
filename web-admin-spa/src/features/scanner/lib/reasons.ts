export const REJECT_REASONS = [
  'MALFORMED',
  'INVALID_SIGNATURE',
  'EXPIRED',
  'NOT_YET_VALID',
  'REVOKED',
  'WRONG_SITE',
  'WRONG_DEVICE',
  'PASS_OTHER_DEVICE',
  'CODE_EXPIRED',
  'STATIC_NOT_ALLOWED',
  'ALREADY_INSIDE',
  'NOT_INSIDE',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type Direction = 'IN' | 'OUT';
