package com.gmpgate.domain.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * When gastro-intestinal exclusions at one site look like an outbreak: at least {@link #THRESHOLD} of them within
 * {@link #WINDOW} (both ends inclusive), counted back from the newest one. Food-borne outbreaks show as several
 * workers with vomiting or diarrhoea within a day; one alert for them, not one per worker, and none again for that
 * site until a quiet {@link #WINDOW} has passed since it.
 */
public final class OutbreakWatch {

    public static final int THRESHOLD = 3;
    public static final Duration WINDOW = Duration.ofHours(24);

    private OutbreakWatch() {
    }

    /** The start of the window that ends at {@code newest}. */
    public static Instant windowStart(Instant newest) {
        return newest.minus(WINDOW);
    }

    /** The FAILs of {@code fails} in the window ending at {@code newest}. */
    public static List<GastroFail> inWindow(Collection<GastroFail> fails, String siteId, Instant newest) {
        Instant from = windowStart(newest);
        return fails.stream()
                .filter(f -> f.siteId().equals(siteId))
                .filter(f -> !f.occurredAt().isBefore(from) && !f.occurredAt().isAfter(newest))
                .toList();
    }

    public static boolean isOutbreak(Collection<GastroFail> inWindow) {
        return inWindow.stream().map(GastroFail::submissionId).distinct().count() >= THRESHOLD;
    }

    /** The departments concerned, sorted, once each. */
    public static List<String> departments(Collection<GastroFail> inWindow) {
        TreeSet<String> names = new TreeSet<>();
        inWindow.forEach(f -> names.add(f.department()));
        return List.copyOf(names);
    }
}
