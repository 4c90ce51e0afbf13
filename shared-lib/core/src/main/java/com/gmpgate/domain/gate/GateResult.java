package com.gmpgate.domain.gate;

public enum GateResult {
    ACCEPTED,
    REJECTED
}
