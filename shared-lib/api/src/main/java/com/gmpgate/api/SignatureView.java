package com.gmpgate.api;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.signature.ElectronicSignature;

/**
 * openapi ElectronicSignature, the one view of a signature every service replies with: who signed, when, meaning
 * what, and the hashes that bind it to its record.
 */
public record SignatureView(String signerId, String signerName, String signedAt, String meaning,
                            LocalizedText meaningText, String recordType, String recordId, String recordHash,
                            String corrects, String hash) {

    public static SignatureView of(ElectronicSignature s) {
        return new SignatureView(s.signerId(), s.signerName(), s.signedAt().toString(), s.meaning().name(),
                s.meaning().text(), s.recordType(), s.recordId(), s.recordHash(), s.corrects().orElse(null),
                s.hash());
    }
}
