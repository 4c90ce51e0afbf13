package com.gmpgate.fakes;

import com.gmpgate.crypto.SigningKey;
import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.gate.Pass;
import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import com.gmpgate.domain.verdict.Condition;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.pass.PassClaims;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.pass.PassTokenIssuer;
import com.gmpgate.pass.PassVerdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Real pass tokens for gate tests, signed the way checklist-service signs them, and their records in a
 * {@link InMemoryPassStore} (or not, for a pass that was never recorded):
 * <pre>{@code
 * TestPasses passes = new TestPasses(passStore);
 * IssuedPass pass = passes.forWorker("w-1").site("demo-site").issuedAt(NOW).issue();
 * IssuedPass elsewhere = passes.forWorker("w-2").site("other-site").issuedAt(NOW).issue();
 * String forged = passes.signedByAStranger(pass);   // INVALID_SIGNATURE: same kid, another key
 * }</pre>
 */
public final class TestPasses {

    public static final String ISSUER = "https://gmp-gate.test/qr";
    public static final String KID = "test-pass-key-1";

    private final InMemoryPassStore store;
    private final SigningKey key = fixedKey(KID, "pass key");
    private final KeyRing ring = KeyRing.of(key);
    private final PassTokenIssuer issuer = new PassTokenIssuer(ring);
    private final PassTokenIssuer stranger = new PassTokenIssuer(KeyRing.of(fixedKey(KID, "someone else")));

    public TestPasses(InMemoryPassStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The ring the gate verifies with: public key of {@link #KID}. */
    public KeyRing ring() {
        return ring;
    }

    public Builder forWorker(String workerId) {
        return new Builder(workerId);
    }

    /** The same claims, signed with another key under the same kid: what a forger without our key can do. */
    public String signedByAStranger(IssuedPass pass) {
        return stranger.issue(pass.claims());
    }

    /** A pass token and the record the checklist service would have stored for it. */
    public record IssuedPass(String token, Pass pass, PassClaims claims) {
        public String id() {
            return pass.id();
        }
    }

    public final class Builder {
        private final String workerId;
        private String siteId = "demo-site";
        private String passId = "pass-" + UUID.randomUUID();
        private Instant issuedAt = Instant.parse("2026-03-02T00:00:00Z");
        private Duration validFor = Duration.ofHours(12);
        private Verdict verdict = Verdict.PASS;
        private List<Condition> conditions = List.of();
        private List<String> zones = List.of("PRODUCTION");
        private boolean recorded = true;
        private Optional<String> deviceThumbprint = Optional.empty();

        private Builder(String workerId) {
            this.workerId = workerId;
        }

        public Builder site(String siteId) {
            this.siteId = siteId;
            return this;
        }

        public Builder id(String passId) {
            this.passId = passId;
            return this;
        }

        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder validFor(Duration validFor) {
            this.validFor = validFor;
            return this;
        }

        /**
         * CONDITIONAL_PASS with these condition codes, worded as the default rule pack words them (a code it does
         * not know, as itself).
         */
        public Builder conditions(String... codes) {
            return conditions(RulePacks.shipped().defaultPack(), codes);
        }

        /** CONDITIONAL_PASS with these condition codes, worded as {@code pack} (the submission's) words them. */
        public Builder conditions(RulePack pack, String... codes) {
            this.verdict = Verdict.CONDITIONAL_PASS;
            this.conditions = Arrays.stream(codes).map(code -> Optional.ofNullable(pack.conditions().get(code))
                    .orElseGet(() -> new Condition(code, LocalizedText.of(code, code)))).toList();
            return this;
        }

        public Builder zones(String... zones) {
            this.zones = List.of(zones);
            return this;
        }

        /** Bound to the phone key with this RFC 7638 thumbprint ({@code cnf.jkt}). */
        public Builder boundTo(String thumbprint) {
            this.deviceThumbprint = Optional.of(thumbprint);
            return this;
        }

        /** Signed but never stored: a pass the gate has no record of. */
        public Builder unrecorded() {
            this.recorded = false;
            return this;
        }

        public IssuedPass issue() {
            Instant iat = issuedAt.truncatedTo(ChronoUnit.SECONDS);
            PassClaims claims = new PassClaims(ISSUER, workerId, passId, "sub-" + passId, siteId, iat, iat,
                    iat.plus(validFor), PassVerdict.valueOf(verdict.name()), conditions.stream().map(Condition::code).toList(),
                    zones, deviceThumbprint);
            String token = issuer.issue(claims);
            Pass pass = new Pass(passId, siteId, workerId, claims.submissionId(), verdict, conditions, zones, token,
                    iat, claims.expiresAt(), Optional.empty(), Optional.empty());
            if (recorded) {
                store.create(pass);
            }
            return new IssuedPass(token, pass, claims);
        }
    }

    /** A fixed key, so failures reproduce: the private scalar is SHA-256 of a label. */
    private static SigningKey fixedKey(String kid, String label) {
        try {
            return SigningKey.of(kid, MessageDigest.getInstance("SHA-256")
                    .digest((kid + "/" + label).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
