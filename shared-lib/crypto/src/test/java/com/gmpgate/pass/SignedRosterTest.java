package com.gmpgate.pass;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.crypto.Base64Url;
import com.gmpgate.crypto.KeyRing;
import com.gmpgate.crypto.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedRosterTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private final KeyRing ring = KeyRing.of(SigningKey.generate("pass-1", RANDOM));
    private final GateRoster roster = new GateRoster("urn:gmp-hygiene-gate:pass", "demo-site",
            LocalDate.parse("2026-12-02"), NOW, NOW.plusSeconds(3600), false,
            List.of(new GateRoster.Entry("p-1", "w-kim", "김민수", "생산1팀", PassVerdict.CONDITIONAL_PASS,
                    List.of(new GateRoster.ConditionWords("GLOVES_OVER_COVERED_WOUND", "방수 밴드 위에 장갑",
                            "Glove over a waterproof cover")), NOW.plusSeconds(1800),
                    Optional.of(new GateRoster.DeviceJwk("x".repeat(43), "y".repeat(43))), Optional.of("t".repeat(43))),
                    new GateRoster.Entry("p-2", "w-lee", "이영희", "포장팀", PassVerdict.PASS, List.of(),
                            NOW.plusSeconds(1800), Optional.empty(), Optional.empty())),
            List.of("p-0"));

    @Test
    void aSignedRoster_verifiesBackToTheSameRoster() {
        String token = SignedRoster.sign(ring, roster);

        assertThat(SignedRoster.verify(token, ring, roster.issuer(), "demo-site", NOW)).contains(roster);
    }

    @Test
    void anEditedRoster_isRefused() {
        String token = SignedRoster.sign(ring, roster);
        String[] parts = token.split("\\.");
        String payload = new String(Base64Url.decode(parts[1]), StandardCharsets.UTF_8).replace("김민수", "박지성");
        String edited = parts[0] + "." + Base64Url.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(SignedRoster.verify(edited, ring, roster.issuer(), "demo-site", NOW)).isEmpty();
    }

    @Test
    void aPassMovedToAnotherPhoneKey_inTheRoster_isRefused() {
        String token = SignedRoster.sign(ring, roster);
        String[] parts = token.split("\\.");
        String payload = new String(Base64Url.decode(parts[1]), StandardCharsets.UTF_8).replace("t".repeat(43),
                "u".repeat(43));
        String edited = parts[0] + "." + Base64Url.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(payload).contains("\"jkt\":\"" + "u".repeat(43));
        assertThat(SignedRoster.verify(edited, ring, roster.issuer(), "demo-site", NOW)).isEmpty();
    }

    @Test
    void anotherKeysRoster_anotherSitesOrYesterdays_isRefused() {
        String token = SignedRoster.sign(ring, roster);
        KeyRing stranger = KeyRing.of(SigningKey.generate("pass-1", RANDOM));

        assertThat(SignedRoster.verify(SignedRoster.sign(stranger, roster), ring, roster.issuer(), "demo-site", NOW))
                .isEmpty();
        assertThat(SignedRoster.verify(token, ring, roster.issuer(), "other-site", NOW)).isEmpty();
        assertThat(SignedRoster.verify(token, ring, roster.issuer(), "demo-site", NOW.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aPassToken_isNoRoster() {
        assertThat(SignedRoster.verify(new PassTokenIssuer(ring).issue(PassClaimsBuilder.aPass().build()), ring,
                roster.issuer(), "demo-site", NOW)).isEmpty();
    }
}
