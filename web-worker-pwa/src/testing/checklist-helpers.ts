import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ALL_GOOD_ANSWERS } from './fixtures';

/** Answers the default template through the UI, as a worker would. */
export async function answerChecklist(user: UserEvent, overrides: Record<string, boolean | string> = {}) {
  const answers: Record<string, boolean | string> = { ...ALL_GOOD_ANSWERS, ...overrides };
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'boolean') {
      await user.click(await screen.findByTestId(`item-${id}-${value ? 'yes' : 'no'}`));
    } else {
      const input = await screen.findByTestId(`item-${id}-input`);
      await user.clear(input);
      await user.type(input, value);
    }
  }
}
