import type {
  AccessLogEntry,
  Condition as ContractCondition,
  SyncBatchRequest,
  SyncBatchResult,
  VerifyRequest as ContractVerifyRequest,
  VerifyResult,
  WorkerMatches,
} from '@gmp/web-shared/api';

// The gate's replies are the contract's (web-shared's generated zVerifyResult, zSyncBatchResult, zJwks);
// only the names the scanner code reads them by are here.

/**
 * A condition as the guard is shown it: the server always words it (`{code, message}`); decided on this
 * device (an offline token, the roster) only the code is known, and the words are the site's remembered ones.
 */
export type Condition = Pick<ContractCondition, 'code'> & Partial<Pick<ContractCondition, 'message'>>;

/** The scanner always sends its scan id and time, so a retry and an offline sync are the same scan. */
export type VerifyRequest = Required<Pick<ContractVerifyRequest, 'scanId' | 'scannedAt'>> & ContractVerifyRequest;
export type VerifyResponse = VerifyResult;
export type BatchResponse = SyncBatchResult;
export type BatchEntry = SyncBatchRequest['entries'][number];

// the request as the app writes it (the writeOnly password included)
export type { ManualEntryRequestWritable as ManualEntryRequest, WorkerMatches } from '@gmp/web-shared/api';
export type WorkerMatch = WorkerMatches['items'][number];
export type RecentScan = AccessLogEntry;
