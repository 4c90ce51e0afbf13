/**
 * Sentences both apps show in the same words: the password change (the same policy and the same
 * refusals on both sides). Each app spreads them into its own catalog.
 */
export const passwordMessages = {
  ko: {
    'password.current': '현재 비밀번호',
    'password.new': '새 비밀번호',
    'password.repeat': '새 비밀번호 확인',
    'password.rule': '10자 이상, 흔한 비밀번호·아이디·현재 비밀번호는 쓸 수 없습니다.',
    'password.required': '현재 비밀번호와 새 비밀번호를 입력해 주세요.',
    'password.mismatch': '새 비밀번호가 서로 다릅니다.',
    'password.wrongCurrent': '현재 비밀번호가 올바르지 않습니다.',
    'password.weak': '새 비밀번호로 쓸 수 없습니다. 더 길고 흔하지 않은 비밀번호를 정해 주세요.',
    'password.submit': '비밀번호 변경',
  },
  en: {
    'password.current': 'Current password',
    'password.new': 'New password',
    'password.repeat': 'Repeat the new password',
    'password.rule': 'At least 10 characters; not a common password, your login ID or your current password.',
    'password.required': 'Enter your current and your new password.',
    'password.mismatch': 'The two new passwords differ.',
    'password.wrongCurrent': 'The current password is incorrect.',
    'password.weak': 'This cannot be your new password. Choose a longer, less common one.',
    'password.submit': 'Change password',
  },
} as const;
