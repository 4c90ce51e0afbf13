package com.gmpgate.ai.application;

import java.time.Instant;
import java.util.Locale;

/**
 * The worker has used up one of today's allowances (upload grants or analyses); the next site day starts at
 * {@code resetsAt}.
 */
public final class DailyLimitReachedException extends AiException {

    private static final long serialVersionUID = 1L;

    /** What is counted per worker and site day, and its code in the 429's envelope. */
    public enum Allowance {
        UPLOADS("UPLOAD_LIMIT_REACHED", "사진 올리기", "photo uploads"),
        ANALYSES("ANALYSIS_LIMIT_REACHED", "사진 분석", "photo analyses");

        private final String code;
        private final String korean;
        private final String english;

        Allowance(String code, String korean, String english) {
            this.code = code;
            this.korean = korean;
            this.english = english;
        }

        public String code() {
            return code;
        }

        /** What the worker reads, in both languages. */
        public String message(int limit) {
            return "오늘 " + korean + " 한도(" + limit + "회)에 도달했습니다. 관리자에게 확인을 요청하세요. / "
                    + "Today's limit of " + limit + " " + english + " is reached; ask a supervisor to check.";
        }
    }

    private final Allowance allowance;
    private final int limit;
    private final transient Instant resetsAt;

    public DailyLimitReachedException(Allowance allowance, int limit, Instant resetsAt) {
        super("daily " + allowance.name().toLowerCase(Locale.ROOT) + " limit " + limit + " reached");
        this.allowance = allowance;
        this.limit = limit;
        this.resetsAt = resetsAt;
    }

    public Allowance allowance() {
        return allowance;
    }

    public int limit() {
        return limit;
    }

    public Instant resetsAt() {
        return resetsAt;
    }
}
