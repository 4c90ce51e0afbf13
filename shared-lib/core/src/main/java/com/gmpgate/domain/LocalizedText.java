package com.gmpgate.domain;

import java.util.Locale;
import java.util.Objects;

/** A message in the two languages every screen and reply carries: Korean first, English beside it. */
public record LocalizedText(String ko, String en) {
    public LocalizedText {
        Objects.requireNonNull(ko, "ko");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ko;
    }
}
