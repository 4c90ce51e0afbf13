package com.gmpgate.domain.verdict;

/** Who looked at the photo. */
public enum AssessmentSource {
    MODEL,
    REVIEWER
}
