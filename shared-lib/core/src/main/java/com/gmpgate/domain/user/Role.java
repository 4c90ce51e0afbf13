package com.gmpgate.domain.user;

public enum Role {
    WORKER,
    ADMIN
}
