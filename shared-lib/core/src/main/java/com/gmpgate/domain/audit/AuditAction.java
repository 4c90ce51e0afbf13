package com.gmpgate.domain.audit;

import com.gmpgate.domain.LocalizedText;

/** What was done, for the audit trail: the user administration, decisions and gate overrides an auditor asks about. */
public enum AuditAction {
    USER_CREATED(LocalizedText.of("사용자 생성", "User created")),
    USER_DISABLED(LocalizedText.of("사용자 비활성화", "User disabled")),
    USER_ENABLED(LocalizedText.of("사용자 활성화", "User enabled")),
    USER_ROLE_CHANGED(LocalizedText.of("권한 변경", "Role changed")),
    USER_PROFILE_CHANGED(LocalizedText.of("이름·부서 변경", "Name or department changed")),
    USER_PASSWORD_RESET(LocalizedText.of("비밀번호 초기화", "Password reset")),
    SUBMISSION_REVIEWED(LocalizedText.of("검토 결정 (전자서명)", "Review decision (signed)")),
    SUBMISSION_REVIEW_CORRECTED(LocalizedText.of("검토 결정 정정 (전자서명)", "Review decision corrected (signed)")),
    PASS_REVOKED(LocalizedText.of("출입증 취소 (전자서명)", "Pass revoked (signed)")),
    GATE_MANUAL_ENTRY(LocalizedText.of("수동 출입 처리 (전자서명)", "Gate entry by name (signed)")),
    GATE_CORRECTION(LocalizedText.of("출입 기록 정정 (전자서명)", "Gate record corrected (signed)"));

    private final LocalizedText text;

    AuditAction(LocalizedText text) {
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }
}
