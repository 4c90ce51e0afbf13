package com.gmpgate.checklist.application;

import com.gmpgate.domain.checklist.PhotoRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A worker's answers as sent: values as the JSON parser produced them ({@code Boolean}, numbers, or anything else,
 * which validation refuses item by item).
 */
public record SubmitCommand(String clientSubmissionId, String templateId, int templateVersion,
                            Map<String, Object> answers, List<PhotoRef> photos) {
    public SubmitCommand {
        Objects.requireNonNull(clientSubmissionId, "clientSubmissionId");
        Objects.requireNonNull(templateId, "templateId");
        // a JSON null is a value the validator refuses by name, so the map keeps it (Map.copyOf would not)
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        photos = List.copyOf(photos);
    }
}
