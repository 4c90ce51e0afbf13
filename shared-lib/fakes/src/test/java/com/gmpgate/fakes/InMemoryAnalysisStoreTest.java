package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.port.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The same behaviour shared-lib/dynamodb's AnalysisStoreContract asks of the DynamoDB adapter. */
class InMemoryAnalysisStoreTest {

    private final InMemoryAnalysisStore store = new InMemoryAnalysisStore();

    @Test
    void theLatestAnalysisOfAnImage_isTheOneCreatedLast() {
        Analysis first = FakeData.analysis("w1", "uploads/a.jpg", FakeData.NOW);
        Analysis second = FakeData.analysis("w1", "uploads/a.jpg", FakeData.NOW.plusSeconds(30));
        store.create(second);
        store.create(first);

        assertThat(store.findLatestByImageKey("uploads/a.jpg")).contains(second);
        assertThat(store.findLatestByImageKey("uploads/none.jpg")).isEmpty();
    }

    @Test
    void createOnce_updateOnlyWhatExists() {
        Analysis analysis = FakeData.analysis("w1", "uploads/a.jpg", FakeData.NOW);
        store.create(analysis);

        assertThatThrownBy(() -> store.create(analysis)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store.update(FakeData.analysis("w1", "k", FakeData.NOW)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theDailyCount_usesTheSiteDayInSeoul() {
        Instant seoulMorning = Instant.parse("2025-05-12T00:30:00Z"); // 09:30 in Seoul
        for (int i = 0; i < 3; i++) {
            store.create(FakeData.analysis("w1", "uploads/" + i, seoulMorning.plus(Duration.ofHours(i))));
        }
        store.create(FakeData.analysis("w1", "uploads/late", Instant.parse("2025-05-12T15:30:00Z"))); // 00:30 next day
        store.create(FakeData.analysis("w2", "uploads/other", seoulMorning));

        assertThat(store.countByWorkerOnDate("w1", LocalDate.of(2025, 5, 12))).isEqualTo(3);
        assertThat(store.countByWorkerOnDate("w1", LocalDate.of(2025, 5, 13))).isEqualTo(1);
    }
}
