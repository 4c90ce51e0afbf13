package com.gmpgate.domain.signature;

import com.gmpgate.domain.rules.CanonicalForm;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A signer's electronic signature of one decision (21 CFR Part 11 style): who (id and printed name as stored when
 * they signed), when, what they meant ({@link SignatureMeaning}), and which record — its type, id and the SHA-256 of
 * its signed content ({@code recordHash}). {@code hash} is the SHA-256 of all of that: it binds the signature to the
 * record (11.70), so a signature copied onto another record, or a record changed after signing, no longer matches.
 *
 * <p>The hash is not a secret-keyed MAC: it shows tampering by anyone who does not recompute it, and the stores that
 * hold signatures can only add them (no update or delete is granted on the audit trail). A correction is a new
 * signature whose {@code corrects} names the hash of the one it corrects; the original stays as it was.
 *
 * @param corrects the {@code hash} of the signature this one corrects, if it is a correction
 */
public record ElectronicSignature(
        String signerId,
        String signerName,
        Instant signedAt,
        SignatureMeaning meaning,
        String recordType,
        String recordId,
        String recordHash,
        Optional<String> corrects,
        String hash) {

    public ElectronicSignature {
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(recordHash, "recordHash");
        Objects.requireNonNull(corrects, "corrects");
        Objects.requireNonNull(hash, "hash");
    }

    /** Signs: the hash over every other field. */
    public static ElectronicSignature sign(String signerId, String signerName, Instant signedAt,
                                           SignatureMeaning meaning, String recordType, String recordId,
                                           String recordHash, Optional<String> corrects) {
        return new ElectronicSignature(signerId, signerName, signedAt, meaning, recordType, recordId, recordHash,
                corrects, hashOf(signerId, signerName, signedAt, meaning, recordType, recordId, recordHash, corrects));
    }

    /**
     * Whether this signature is whole and signs {@code currentRecordHash}: its own hash recomputes, and the record
     * it names still hashes to what was signed.
     */
    public boolean verifies(String currentRecordHash) {
        return hash.equals(hashOf(signerId, signerName, signedAt, meaning, recordType, recordId, recordHash, corrects))
                && recordHash.equals(currentRecordHash);
    }

    private static String hashOf(String signerId, String signerName, Instant signedAt, SignatureMeaning meaning,
                                 String recordType, String recordId, String recordHash, Optional<String> corrects) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", "gmp-signature/1");
        tree.put("signerId", signerId);
        tree.put("signerName", signerName);
        tree.put("signedAt", signedAt.toString());
        tree.put("meaning", meaning.name());
        tree.put("recordType", recordType);
        tree.put("recordId", recordId);
        tree.put("recordHash", recordHash);
        tree.put("corrects", corrects.orElse(null));
        return CanonicalForm.sha256Hex(tree);
    }

    /** The hash of a record's signed content, in the same canonical form. */
    public static String recordHash(Map<String, Object> content) {
        return CanonicalForm.sha256Hex(content);
    }
}
