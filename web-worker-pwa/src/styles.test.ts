import css from './styles.css?raw';

/** WCAG 2.1 contrast of the palette in styles.css, so a colour tweak cannot slip below AA. */
const palette = Object.fromEntries([...css.matchAll(/--(c-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';

describe('colour contrast (WCAG 2.1 AA)', () => {
  it.each([
    ['c-text', 'c-bg'],
    ['c-muted', 'c-bg'],
    ['c-text', 'c-surface'],
    ['c-error', 'c-bg'],
    ['c-error', 'c-error-bg'],
    ['c-error-text', 'c-error-bg'],
    ['c-warn-text', 'c-warn-bg'],
    ['c-primary', 'c-bg'],
  ])('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['c-primary', 'c-pass', 'c-conditional', 'c-action', 'c-fail', 'c-pending'])(
    'white text on the %s verdict colour is at least 4.5:1',
    (bg) => {
      expect(contrast(WHITE, palette[bg])).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('control borders stand out from the page at 3:1', () => {
    expect(contrast(palette['c-border'], palette['c-bg'])).toBeGreaterThanOrEqual(3);
    expect(contrast(palette['c-focus'], palette['c-bg'])).toBeGreaterThanOrEqual(3);
  });
});

describe('layout', () => {
  const rule = (selector: string) =>
    css.match(new RegExp(`(?:^|\\n)${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`))?.[1] ?? '';

  it('lays the toast over the page instead of pushing the content (and the keypad) down', () => {
    expect(rule('.toast')).toMatch(/position:\s*fixed/);
  });

  it('marks the current tab with more than colour', () => {
    expect(css).toMatch(/\.tabbar__link\[aria-current='page'\]\s*\{[^}]*border-top-color/);
  });
});
