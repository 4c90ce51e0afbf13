package com.gmpgate.pass;

import static com.gmpgate.pass.PassClaimsBuilder.aPass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassClaimsTest {

    @Test
    void claims_truncateInstantsToWholeSeconds() {
        PassClaims claims = aPass().validFrom(Instant.parse("2025-06-02T05:30:00.999Z")).build();

        assertThat(claims.notBefore()).isEqualTo(Instant.parse("2025-06-02T05:30:00Z"));
    }

    @Test
    void claims_copyLists() {
        List<String> zones = new ArrayList<>(List.of("a"));
        PassClaims claims = aPass().zones(zones).build();
        zones.add("b");

        assertThat(claims.zones()).containsExactly("a");
    }

    @Test
    void claims_rejectBlankIdentifiers() {
        assertThatThrownBy(() -> aPass().site(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aPass().issuer(null).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aPass().zones(List.of("")).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claims_rejectExpiry_whenNotAfterNotBefore() {
        Instant at = PassFixtures.ISSUED_AT;

        assertThatThrownBy(() -> aPass().validFrom(at).expiresAt(at).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claims_rejectInstants_outsideNumericDateRange() {
        assertThatThrownBy(() -> aPass().validFrom(Instant.parse("1969-12-31T23:59:59Z")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aPass().expiresAt(Instant.parse("+10000-01-01T00:00:00Z")).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
