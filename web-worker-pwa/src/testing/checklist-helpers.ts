import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Answers the default template through the UI, as a worker would. */
export async function answerChecklist(user: UserEvent, overrides: Record<string, boolean | string> = {}) {
  const answers: Record<string, boolean | string> = {
    temperature: '36.5',
    vomiting: false,
    diarrhea: false,
    jaundice: false,
    sore_throat_fever: false,
    reportable_diagnosis: false,
    hand_wound: false,
    uniform_clean: true,
    hair_covered: true,
    jewelry_removed: true,
    nails_ok: true,
    hands_washed: true,
    ...overrides,
  };
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
