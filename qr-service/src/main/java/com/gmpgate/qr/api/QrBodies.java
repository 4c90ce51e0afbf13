package com.gmpgate.qr.api;

import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.domain.gate.Direction;
import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.gate.GateScan;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Request bodies of qr-service, read strictly (unknown fields refused) and validated before any use case runs. */
final class QrBodies {

    /** Long enough for any pass token (at most 4,096) and for junk the guard scanned, which is logged as MALFORMED. */
    static final int MAX_TOKEN_LENGTH = 8_192;

    private QrBodies() {
    }

    /** {@code POST /v1/qr/verify}. scanId and scannedAt are optional: the admin app always sends both. */
    record Verify(String token, String gateId, Direction direction, String scanId, String scannedAt)
            implements Validatable {
        @Override
        public void validate(Violations v) {
            if (v.required("token", token)) {
                v.length("token", token, 1, MAX_TOKEN_LENGTH);
            }
            if (v.required("gateId", gateId)) {
                v.matches("gateId", gateId, GateScan.GATE_ID, "must be 1 to 64 letters, digits, '_', '.' or '-'.");
            }
            v.required("direction", direction);
            v.matches("scanId", scanId, GateScan.SCAN_ID, "must be 1 to 128 letters, digits, '_', '.', ':' or '-'.");
            if (scannedAt != null && parseTime(scannedAt).isEmpty()) {
                v.add("scannedAt", "INVALID", "scannedAt must be an RFC 3339 date-time.");
            }
        }
    }

    /** Longest password a signer may re-enter (as the login takes). */
    static final int MAX_PASSWORD_LENGTH = 256;

    /** {@code POST /v1/qr/manual-entries}: the guard picked the worker by name, and signs with their password. */
    record ManualEntry(String workerId, String gateId, Direction direction, String scanId, String note,
            String password) implements Validatable {
        @Override
        public void validate(Violations v) {
            checkPassword(v, password);
            if (v.required("workerId", workerId)) {
                v.length("workerId", workerId, 1, 128);
                v.printable("workerId", workerId);
            }
            if (v.required("gateId", gateId)) {
                v.matches("gateId", gateId, GateScan.GATE_ID, "must be 1 to 64 letters, digits, '_', '.' or '-'.");
            }
            v.required("direction", direction);
            if (v.required("scanId", scanId)) {
                v.matches("scanId", scanId, GateScan.SCAN_ID, "must be 1 to 128 letters, digits, '_', '.', ':' or '-'.");
            }
            checkNote(v, note);
        }
    }

    /** {@code POST /v1/qr/corrections}: the fix of an ALREADY_INSIDE or NOT_INSIDE refusal, signed. */
    record Correction(String scanId, String note, String password) implements Validatable {
        @Override
        public void validate(Violations v) {
            checkPassword(v, password);
            if (v.required("scanId", scanId)) {
                v.matches("scanId", scanId, GateScan.SCAN_ID, "must be 1 to 128 letters, digits, '_', '.', ':' or '-'.");
            }
            checkNote(v, note);
        }
    }

    private static void checkPassword(Violations v, String password) {
        if (v.required("password", password)) {
            v.length("password", password, 1, MAX_PASSWORD_LENGTH);
        }
    }

    private static void checkNote(Violations v, String note) {
        if (note != null) {
            v.length("note", note, 1, AccessLogEntry.MAX_NOTE_LENGTH);
            v.printable("note", note);
        }
    }

    /** {@code POST /v1/qr/passes/{id}/revoke}, signed with the admin's password. */
    record Revoke(String reason, String password) implements Validatable {
        @Override
        public void validate(Violations v) {
            checkPassword(v, password);
            if (v.required("reason", reason)) {
                v.length("reason", reason, 1, 500);
                v.printable("reason", reason);
            }
        }
    }

    static Optional<Instant> parseTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
