package com.gmpgate.domain.notify;

import java.util.Objects;

/**
 * A message for a site's supervisors (e-mail and SMS subscribers of that site). It carries the verdict or the
 * outbreak count and a link into the admin app — never a worker's answers, symptoms or name (PIPA: the reason stays
 * in the app, behind a login).
 *
 * @param subject   e-mail subject (one line)
 * @param text      e-mail body: Korean, then an English line, then the link
 * @param shortText SMS: one short line in Korean and English with the link
 * @param link      the case (or the site's today view) in the admin app
 */
public record SiteAlert(String siteId, Kind kind, String subject, String text, String shortText, String link) {

    /** SNS subjects must be under 100 characters and on one line. */
    public static final int MAX_SUBJECT = 99;

    public SiteAlert {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shortText, "shortText");
        Objects.requireNonNull(link, "link");
        if (subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            throw new IllegalArgumentException("a subject is one line of at most " + MAX_SUBJECT + " characters");
        }
    }

    public enum Kind {
        /** One screening was FAIL or PENDING_REVIEW. */
        VERDICT,
        /** Several gastro-intestinal exclusions at one site within a day. */
        OUTBREAK
    }
}
