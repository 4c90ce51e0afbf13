import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { NumberField } from './NumberField';

function Temperature() {
  const [value, setValue] = useState('');
  return <NumberField itemId="temperature" inputId="t" value={value} invalid={false} onChange={setValue} />;
}

describe('NumberField keypad', () => {
  it('counts every tap when taps come faster than the screen redraws (a slow phone)', () => {
    renderWithProviders(<Temperature />);
    // All four taps before React re-renders: each must build on the one before.
    act(() => {
      for (const key of ['3', '6', 'dot', '5']) fireEvent.click(screen.getByTestId(`keypad-temperature-${key}`));
    });
    expect(screen.getByTestId('item-temperature-input')).toHaveValue('36.5');
  });
});
