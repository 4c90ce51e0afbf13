package com.gmpgate.gate;

/** What the gate read: the phone's rotating code, or the pass token itself (a static pass). */
public enum CodeKind {
    ROTATING,
    STATIC
}
