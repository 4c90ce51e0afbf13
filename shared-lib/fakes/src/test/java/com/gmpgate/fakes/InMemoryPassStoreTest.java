package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.gate.Pass;
import com.gmpgate.port.ConflictException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The same behaviour shared-lib/dynamodb's PassStoreContract asks of the DynamoDB adapter. */
class InMemoryPassStoreTest {

    private final InMemoryPassStore store = new InMemoryPassStore();

    @Test
    void theCurrentPass_isTheNewestIssuedByThenThatIsNeitherExpiredNorRevoked() {
        Pass yesterdays = FakeData.pass("w1", FakeData.NOW.minus(Duration.ofHours(20)));
        Pass morning = FakeData.pass("w1", FakeData.NOW.minus(Duration.ofHours(3)));
        Pass noon = FakeData.pass("w1", FakeData.NOW.minus(Duration.ofHours(1)));
        Pass later = FakeData.pass("w1", FakeData.NOW.plus(Duration.ofHours(1)));
        store.create(yesterdays);
        store.create(morning);
        store.create(noon);
        store.create(later);

        assertThat(store.findCurrentForWorker("w1", FakeData.NOW)).contains(noon);
        store.revoke(noon.id(), "FAIL", FakeData.NOW);
        assertThat(store.findCurrentForWorker("w1", FakeData.NOW)).contains(morning);
        assertThat(store.findCurrentForWorker("w1", FakeData.NOW.plus(Duration.ofHours(14)))).isEmpty();
        assertThat(store.findCurrentForWorker("nobody", FakeData.NOW)).isEmpty();
    }

    @Test
    void revoke_keepsTheFirstRevocation_andIsEmptyForAnUnknownPass() {
        Pass pass = FakeData.pass("w1", FakeData.NOW);
        store.create(pass);

        Pass revoked = store.revoke(pass.id(), "ADMIN", FakeData.NOW.plusSeconds(5)).orElseThrow();
        Pass again = store.revoke(pass.id(), "LATER", FakeData.NOW.plusSeconds(50)).orElseThrow();

        assertThat(revoked.revokedAt()).contains(FakeData.NOW.plusSeconds(5));
        assertThat(again.revokedReason()).contains("ADMIN");
        assertThat(store.revoke("unknown", "ADMIN", FakeData.NOW)).isEmpty();
    }

    @Test
    void aPassId_isStoredOnce() {
        Pass pass = FakeData.pass("w1", FakeData.NOW);
        store.create(pass);

        assertThatThrownBy(() -> store.create(pass)).isInstanceOf(ConflictException.class);
    }
}
