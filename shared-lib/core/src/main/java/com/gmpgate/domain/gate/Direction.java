package com.gmpgate.domain.gate;

public enum Direction {
    IN,
    OUT
}
