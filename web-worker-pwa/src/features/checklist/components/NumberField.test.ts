import { appendKey } from './NumberField';

describe('appendKey (temperature keypad)', () => {
  it.each([
    ['', '3', '3'],
    ['36', '.', '36.'],
    ['36.', '5', '36.5'],
    ['36.5', '1', '36.5'], // one decimal place is all a thermometer shows
    ['36.5', '.', '36.5'], // one point only
    ['', '.', '0.'],
    ['36.5', 'del', '36.'],
    ['', 'del', ''],
    ['100.4', '1', '100.4'], // at most five characters
  ])('%s + %s → %s', (current, key, expected) => {
    expect(appendKey(current, key)).toBe(expected);
  });
});
