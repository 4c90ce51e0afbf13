import type { LocalizedText } from '@gmp/web-shared/api';
import { session } from './api';

type Words = Record<string, LocalizedText>;

const PREFIX = 'gmp-admin.condition-words.';

// Read each time (a few codes): another tab may have learnt more, and nothing goes stale in memory.
function load(siteId: string): Words {
  let words: Words = {};
  try {
    const parsed = JSON.parse(globalThis.localStorage?.getItem(PREFIX + siteId) ?? '{}') as unknown;
    if (parsed && typeof parsed === 'object') {
      for (const [code, text] of Object.entries(parsed as Record<string, unknown>)) {
        const t = text as Partial<LocalizedText> | null;
        if (typeof t?.ko === 'string' && typeof t?.en === 'string') words[code] = { ko: t.ko, en: t.en };
      }
    }
  } catch {
    words = {};
  }
  return words;
}

/**
 * The site's condition words as the server last sent them. The admin app keeps no wording of its own
 * (the words are the rule pack's, and packs word one code differently); it remembers what the server
 * said so that the gate, offline, still names a pass's conditions (the token carries only codes).
 */
export const conditionWords = {
  remember(conditions: readonly { code: string; message?: LocalizedText | null }[]) {
    const siteId = session.get()?.user.siteId;
    if (!siteId) return;
    const words = load(siteId);
    let changed = false;
    for (const { code, message } of conditions) {
      if (!message || (words[code]?.ko === message.ko && words[code]?.en === message.en)) continue;
      words[code] = { ko: message.ko, en: message.en };
      changed = true;
    }
    if (!changed) return;
    try {
      globalThis.localStorage?.setItem(PREFIX + siteId, JSON.stringify(words));
    } catch {
      // storage full or blocked: this page still has them
    }
  },
  lookup(code: string): LocalizedText | undefined {
    const siteId = session.get()?.user.siteId;
    return siteId ? load(siteId)[code] : undefined;
  },
};
