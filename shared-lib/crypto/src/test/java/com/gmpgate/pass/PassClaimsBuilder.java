package com.gmpgate.pass;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Claims of a valid pass for {@link PassFixtures#SITE}, issued at {@link PassFixtures#ISSUED_AT} for 12 hours. */
final class PassClaimsBuilder {

    private String issuer = PassFixtures.ISSUER;
    private String workerId = "w-1001";
    private String passId = "p-7f3a";
    private String submissionId = "s-42";
    private String siteId = PassFixtures.SITE;
    private Instant issuedAt = PassFixtures.ISSUED_AT;
    private Instant notBefore = PassFixtures.ISSUED_AT;
    private Instant expiresAt = PassFixtures.ISSUED_AT.plus(Duration.ofHours(12));
    private PassVerdict verdict = PassVerdict.PASS;
    private List<String> conditions = List.of();
    private List<String> zones = List.of("production-a", "packing");

    static PassClaimsBuilder aPass() {
        return new PassClaimsBuilder();
    }

    PassClaimsBuilder issuer(String value) {
        this.issuer = value;
        return this;
    }

    PassClaimsBuilder site(String value) {
        this.siteId = value;
        return this;
    }

    PassClaimsBuilder validFrom(Instant value) {
        this.notBefore = value;
        return this;
    }

    PassClaimsBuilder expiresAt(Instant value) {
        this.expiresAt = value;
        return this;
    }

    PassClaimsBuilder conditionalPass(String... codes) {
        this.verdict = PassVerdict.CONDITIONAL_PASS;
        this.conditions = List.of(codes);
        return this;
    }

    PassClaimsBuilder zones(List<String> value) {
        this.zones = value;
        return this;
    }

    PassClaims build() {
        return new PassClaims(issuer, workerId, passId, submissionId, siteId, issuedAt, notBefore, expiresAt,
                verdict, conditions, zones);
    }
}
