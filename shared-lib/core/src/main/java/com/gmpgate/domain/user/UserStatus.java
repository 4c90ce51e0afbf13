package com.gmpgate.domain.user;

public enum UserStatus {
    ACTIVE,
    DISABLED
}
