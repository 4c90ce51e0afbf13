import { describeError } from '@gmp/web-shared/errors';
import { hasMessage, translate, type Lang } from '@/lib/i18n';

export { errorReference } from '@gmp/web-shared/errors';

/** An error as the sentence a worker reads (web-shared's mapping, this app's words). */
export function errorMessage(error: unknown, lang: Lang): string {
  return describeError(error, { t: (key, vars) => translate(lang, key, vars), has: hasMessage });
}
