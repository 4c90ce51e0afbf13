type Props = {
  label: string;
  hint: string;
  value: string;
  onChange(password: string): void;
  testId: string;
  autoFocus?: boolean;
};

/**
 * The password an electronic signature is made with (a review decision, a guard's manual entry or correction):
 * the signer's own login password, re-entered for each act and never kept; the server checks it like a login.
 */
export function SignaturePassword({ label, hint, value, onChange, testId, autoFocus }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete="current-password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={256}
        autoFocus={autoFocus}
        data-testid={testId}
      />
      <small>{hint}</small>
    </label>
  );
}
