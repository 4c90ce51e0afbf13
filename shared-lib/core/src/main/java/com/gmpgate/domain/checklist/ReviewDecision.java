package com.gmpgate.domain.checklist;

public enum ReviewDecision {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    REJECT
}
