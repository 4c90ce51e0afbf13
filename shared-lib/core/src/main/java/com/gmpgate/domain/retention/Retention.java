package com.gmpgate.domain.retention;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long what is kept is kept (docs/records.md). The raw health answers and the photo analyses — sensitive personal
 * data (PIPA 제23조) — go after the answer retention, which a site may set for itself (shorter, or longer where its QA
 * needs them); the verdict record, its signed decisions, the audit trail and the gate log stay for the record
 * retention (default 2 years: the HACCP record-keeping period, unverified — see docs/records.md).
 *
 * @param answers       the answer retention of a site that sets none
 * @param answersBySite the sites' own answer retention
 * @param records       the record retention, never shorter than any answer retention
 */
public record Retention(Duration answers, Map<String, Duration> answersBySite, Duration records) {

    public static final Duration DEFAULT_ANSWERS = Duration.ofDays(30);
    public static final Duration DEFAULT_RECORDS = Duration.ofDays(730);
    /** The longest answer retention a site may set: answers are not records. */
    public static final Duration MAX_ANSWERS = Duration.ofDays(365);
    public static final Retention DEFAULT = new Retention(DEFAULT_ANSWERS, Map.of(), DEFAULT_RECORDS);

    public Retention {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(records, "records");
        answersBySite = Map.copyOf(answersBySite);
        requireAnswers("the answer retention", answers);
        answersBySite.forEach((site, days) -> requireAnswers("site " + site + "'s answer retention", days));
        if (records.compareTo(answers) < 0 || answersBySite.values().stream().anyMatch(d -> records.compareTo(d) < 0)) {
            throw new IllegalArgumentException("the record retention (" + records.toDays()
                    + " days) is shorter than an answer retention: a verdict record would outlive nothing");
        }
    }

    /** How long {@code siteId}'s raw answers and photo analyses are kept. */
    public Duration answersAt(String siteId) {
        return answersBySite.getOrDefault(siteId, answers);
    }

    /**
     * From the deployment's settings (template parameters ImageRetentionDays, SiteAnswerRetentionDays,
     * RecordRetentionDays), each optional.
     *
     * @param answerDays     days, e.g. {@code 30}
     * @param siteAnswerDays {@code site=days,...}, e.g. {@code plant-a=14,plant-b=60}
     * @param recordDays     days, e.g. {@code 730}
     * @throws IllegalArgumentException naming what is malformed
     */
    public static Retention parse(Optional<String> answerDays, Optional<String> siteAnswerDays,
            Optional<String> recordDays) {
        Map<String, Duration> bySite = new LinkedHashMap<>();
        for (String pair : siteAnswerDays.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.split(","))
                .orElse(new String[0])) {
            String[] parts = pair.strip().split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || bySite.containsKey(parts[0].strip())) {
                throw new IllegalArgumentException("site answer retention is site=days,...: " + pair);
            }
            bySite.put(parts[0].strip(), days("site " + parts[0].strip() + "'s answer retention", parts[1]));
        }
        return new Retention(answerDays.map(d -> days("the answer retention", d)).orElse(DEFAULT_ANSWERS), bySite,
                recordDays.map(d -> days("the record retention", d)).orElse(DEFAULT_RECORDS));
    }

    private static Duration days(String what, String text) {
        try {
            return Duration.ofDays(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number of days: " + text, e);
        }
    }

    private static void requireAnswers(String what, Duration d) {
        if (d.isNegative() || d.isZero() || d.compareTo(MAX_ANSWERS) > 0) {
            throw new IllegalArgumentException(what + " is 1 to 365 days: " + d.toDays());
        }
    }
}
