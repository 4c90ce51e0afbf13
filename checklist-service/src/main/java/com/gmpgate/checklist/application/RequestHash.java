package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.ValidatedAnswers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;

/**
 * What makes two submissions "the same body" for idempotency: the template and the validated answers and photos,
 * in a canonical form (answers by item id, numbers normalised, photos by item id), so {@code 36.50} and
 * {@code 36.5} or a different key order are the same request, and anything else is another one.
 */
final class RequestHash {

    private RequestHash() {
    }

    static String of(ValidatedAnswers answers) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, answers.templateId());
        field(canonical, Integer.toString(answers.templateVersion()));
        for (Map.Entry<String, Object> answer : answers.values().entrySet()) { // a sorted map
            field(canonical, answer.getKey());
            Object value = answer.getValue();
            field(canonical, value instanceof BigDecimal n ? "n:" + n.toPlainString() : "b:" + value);
        }
        answers.photos().stream().sorted(Comparator.comparing(PhotoRef::itemId)).forEach(photo -> {
            field(canonical, "photo:" + photo.itemId());
            field(canonical, photo.imageKey());
        });
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Length-prefixed, so no value can imitate a field boundary. */
    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }
}
