package com.gmpgate.checklist.api;

import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.checklist.application.CorrectionCommand;
import com.gmpgate.checklist.application.ReviewCommand;
import com.gmpgate.checklist.application.SubmitCommand;
import com.gmpgate.domain.checklist.PhotoRef;
import com.gmpgate.domain.checklist.ReviewDecision;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Request bodies of the checklist routes (JSON DTOs). They check their shape; whether the answers fit the checklist
 * is the domain's {@code AnswerValidator}'s call, which names each item in both languages.
 */
final class ChecklistBodies {

    /** A client-made id (the PWA sends a UUID): it becomes part of a storage key, so no separators. */
    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    /** openapi Condition.code: what a pass token carries in {@code cnd}. */
    static final Pattern CONDITION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    static final int MAX_ANSWERS = 100;
    static final int MAX_PHOTOS = 10;
    static final int NOTE_MAX = 1000;
    /** As the login's: longer ones are refused before Argon2 sees them. */
    static final int PASSWORD_MAX = 256;

    private ChecklistBodies() {
    }

    /** docs/openapi.yaml SubmissionRequest. */
    record Submit(String clientSubmissionId, String templateId, Integer templateVersion, Map<String, Object> answers,
                  List<Photo> photos) implements Validatable {
        @Override
        public void validate(Violations violations) {
            if (violations.required("clientSubmissionId", clientSubmissionId)) {
                violations.matches("clientSubmissionId", clientSubmissionId, CLIENT_ID,
                        "must be 1 to 128 letters, digits or . _ : - (a UUID, say).");
            }
            violations.required("templateId", templateId);
            violations.length("templateId", templateId, 1, 128);
            violations.required("templateVersion", templateVersion);
            if (violations.required("answers", answers)) {
                violations.size("answers", answers.keySet(), 0, MAX_ANSWERS);
            }
            if (photos != null) {
                violations.size("photos", photos, 0, MAX_PHOTOS);
                for (int i = 0; i < photos.size(); i++) {
                    Photo photo = photos.get(i);
                    if (violations.required("photos[" + i + "]", photo)) {
                        violations.required("photos[" + i + "].itemId", photo.itemId());
                        violations.length("photos[" + i + "].itemId", photo.itemId(), 1, 64);
                        // blank is the domain's to refuse ("the photo was not uploaded"), in the worker's language
                        if (photo.imageKey() == null) {
                            violations.add("photos[" + i + "].imageKey", "REQUIRED", "photos[" + i + "].imageKey is required.");
                        }
                        violations.length("photos[" + i + "].imageKey", photo.imageKey(), 0, 512);
                    }
                }
            }
        }

        SubmitCommand toCommand() {
            return new SubmitCommand(clientSubmissionId, templateId, templateVersion, answers,
                    photos == null ? List.of() : photos.stream().map(p -> new PhotoRef(p.itemId(), p.imageKey())).toList());
        }

        /** Health answers stay out of logs. */
        @Override
        public String toString() {
            return "Submit[clientSubmissionId=" + clientSubmissionId + "]";
        }
    }

    record Photo(String itemId, String imageKey) {
    }

    /** openapi ElectronicSignature.hash: what a correction names. */
    static final Pattern SIGNATURE_HASH = Pattern.compile("[0-9a-f]{64}");

    /** docs/openapi.yaml ReviewCorrectionRequest. */
    record Correction(String corrects, ReviewDecision decision, List<String> conditions, String reason,
                      String password) implements Validatable {
        @Override
        public void validate(Violations violations) {
            if (violations.required("corrects", corrects)) {
                violations.matches("corrects", corrects, SIGNATURE_HASH,
                        "must be the hash of the signature corrected: 64 lowercase hex digits.");
            }
            violations.required("decision", decision);
            if (violations.required("password", password)) {
                violations.length("password", password, 1, PASSWORD_MAX);
            }
            // a correction always says why: it is what the auditor reads beside the decision it replaces
            if (reason == null || reason.isBlank()) {
                violations.add("reason", "REQUIRED", "reason is required: say why the decision is corrected.");
            }
            violations.length("reason", reason, 0, NOTE_MAX);
            conditionCodes(violations, conditions);
        }

        CorrectionCommand toCommand() {
            return new CorrectionCommand(corrects, decision, conditions == null ? List.of() : conditions, reason,
                    password);
        }

        @Override
        public String toString() {
            return "Correction[corrects=" + corrects + ", decision=" + decision + ", conditions=" + conditions
                    + ", reason=" + reason + "]";
        }
    }

    static void conditionCodes(Violations violations, List<String> conditions) {
        if (conditions != null) {
            violations.size("conditions", conditions, 0, 20);
            for (int i = 0; i < conditions.size(); i++) {
                if (violations.required("conditions[" + i + "]", conditions.get(i))) {
                    violations.matches("conditions[" + i + "]", conditions.get(i), CONDITION_CODE,
                            "must be a condition code: A-Z, 0-9 and _, at most 64 characters.");
                }
            }
        }
    }

    /** docs/openapi.yaml ReviewRequest. */
    record Review(ReviewDecision decision, List<String> conditions, String note, String password)
            implements Validatable {
        @Override
        public void validate(Violations violations) {
            violations.required("decision", decision);
            // the signature: no decision without the reviewer's password re-entered
            if (violations.required("password", password)) {
                violations.length("password", password, 1, PASSWORD_MAX);
            }
            if (note == null) {
                violations.add("note", "REQUIRED", "note is required (it may be empty unless you reject).");
            }
            violations.length("note", note, 0, NOTE_MAX);
            conditionCodes(violations, conditions);
        }

        ReviewCommand toCommand() {
            return new ReviewCommand(decision, conditions == null ? List.of() : conditions, note, password);
        }

        @Override
        public String toString() {
            return "Review[decision=" + decision + ", conditions=" + conditions + ", note=" + note + "]";
        }
    }
}
