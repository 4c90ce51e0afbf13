package com.gmpgate.domain.signature;

import com.gmpgate.domain.LocalizedText;

/**
 * What a signer means by signing (21 CFR 11.50(a)(3)): shown beside their name and time wherever the signed record is
 * shown or printed.
 */
public enum SignatureMeaning {
    APPROVAL(LocalizedText.of("검토 승인", "Approved on review")),
    APPROVAL_WITH_CONDITIONS(LocalizedText.of("조건부 승인", "Approved with conditions")),
    REJECTION(LocalizedText.of("검토 반려 (출입 불가)", "Rejected on review (not admitted)")),
    REINSTATEMENT(LocalizedText.of("재검사 잠금 해제 (복귀 승인)", "Reinstated after the re-screen lockout")),
    PASS_REVOCATION(LocalizedText.of("출입증 취소", "Pass revoked")),
    MANUAL_ENTRY(LocalizedText.of("수동 출입 처리 (휴대폰 없이)", "Gate entry by name (no phone)")),
    GATE_CORRECTION(LocalizedText.of("출입 기록 정정 (안티패스백)", "Gate record corrected (anti-passback)")),
    CORRECTION(LocalizedText.of("기록 정정", "Correction of a signed record"));

    private final LocalizedText text;

    SignatureMeaning(LocalizedText text) {
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }
}
