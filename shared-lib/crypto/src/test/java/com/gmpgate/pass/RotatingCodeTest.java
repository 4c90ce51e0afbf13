package com.gmpgate.pass;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.crypto.SigningKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RotatingCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SigningKey phone = SigningKey.generate("phone", RANDOM);
    private final UUID passId = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-12-02T00:15:07Z");

    @Test
    void theText_is130QrAlphanumericCharacters_andParsesBackToTheSameCode() {
        RotatingCode code = RotatingCode.sign(phone, passId, RotatingCode.stepAt(now), "demo-site");

        String text = code.text();

        assertThat(text).hasSize(130).startsWith("GP1:").matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(RotatingCode.parse(text)).contains(code);
        assertThat(code.passId()).isEqualTo(passId);
        assertThat(code.step()).isEqualTo(now.getEpochSecond() / 10);
    }

    @Test
    void theSignature_coversPassStepAndSite() {
        RotatingCode code = RotatingCode.sign(phone, passId, 178_000_000L, "demo-site");

        assertThat(code.signedBy(phone.verificationKey(), "demo-site")).isTrue();
        assertThat(code.signedBy(phone.verificationKey(), "other-site")).isFalse();
        assertThat(code.signedBy(SigningKey.generate("other", RANDOM).verificationKey(), "demo-site")).isFalse();
        assertThat(new RotatingCode(passId, 178_000_001L, code.signature()).signedBy(phone.verificationKey(),
                "demo-site")).isFalse();
        assertThat(new RotatingCode(UUID.randomUUID(), 178_000_000L, code.signature())
                .signedBy(phone.verificationKey(), "demo-site")).isFalse();
    }

    @Test
    void aCodeIsLive_inItsStepAndOneEitherSide() {
        RotatingCode code = RotatingCode.sign(phone, passId, RotatingCode.stepAt(now), "demo-site");
        Instant stepStart = Instant.ofEpochSecond(code.step() * 10);

        assertThat(code.liveAt(stepStart.minusSeconds(10))).isTrue();
        assertThat(code.liveAt(stepStart.plusSeconds(19))).isTrue();
        assertThat(code.liveAt(stepStart.minusSeconds(11))).isFalse();
        assertThat(code.liveAt(stepStart.plusSeconds(20))).isFalse();
    }

    @Test
    void parse_refusesAnythingElse_withoutThrowing() {
        String text = RotatingCode.sign(phone, passId, 5, "demo-site").text();

        assertThat(RotatingCode.parse(null)).isEmpty();
        assertThat(RotatingCode.parse("eyJhbGciOiJFUzI1NiJ9.e30.sig")).isEmpty();
        assertThat(RotatingCode.parse(text.substring(0, 129))).isEmpty();
        assertThat(RotatingCode.parse(text + "0")).isEmpty();
        assertThat(RotatingCode.parse(text.replace("GP1:", "GP2:"))).isEmpty();
        assertThat(RotatingCode.parse(text.substring(0, 127) + "aaa")).isEmpty();
        assertThat(RotatingCode.parse("GP1:" + ":".repeat(126))).isEmpty();
    }
}
