import { describeError as describe } from '@gmp/web-shared/errors';
import { hasMessage, type Translate } from './i18n';

/** A plain sentence for the person in front of the screen (web-shared's mapping, this app's words). */
export function describeError(error: unknown, t: Translate): string {
  return describe(error, { t, has: hasMessage });
}
