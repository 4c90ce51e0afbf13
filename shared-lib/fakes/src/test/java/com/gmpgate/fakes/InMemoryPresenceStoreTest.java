package com.gmpgate.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gmpgate.domain.gate.Presence;
import com.gmpgate.port.PresenceConflictException;
import com.gmpgate.port.PresenceOutOfOrderException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake keeps the DynamoDB adapter's promises (PresenceStoreContract checks the adapter on dynalite). */
class InMemoryPresenceStoreTest {

    private static final Instant T = Instant.parse("2026-03-02T00:00:00Z");
    private final InMemoryPresenceStore store = new InMemoryPresenceStore();

    @Test
    void ofTwentyRacingInScans_exactlyOneGetsIn() throws Exception {
        List<String> outcomes = Race.run(20, i -> () -> {
            try {
                store.enter("s", "w", "g", "p", "scan-" + i, T);
                return "IN";
            } catch (PresenceConflictException e) {
                return e.alreadyInside() ? "ALREADY_INSIDE" : "?";
            }
        });

        assertThat(outcomes).filteredOn("IN"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("ALREADY_INSIDE"::equals).hasSize(19);
        assertThat(store.moves()).isEqualTo(1);
    }

    @Test
    void aScanMovesAWorkerAtMostOnce_evenWhenRepeatedAfterLaterMoves() {
        Presence in = store.enter("s", "w", "g1", "p", "in-1", T);
        store.exit("s", "w", "g2", "out-1", T.plusSeconds(60));

        assertThat(store.enter("s", "w", "g1", "p", "in-1", T.plusSeconds(90))).isEqualTo(in);
        assertThat(store.find("s", "w")).isEmpty();
        Presence back = store.enter("s", "w", "g3", "p", "in-2", T.plusSeconds(120));
        store.exit("s", "w", "g2", "out-1", T.plusSeconds(130));
        assertThat(store.find("s", "w")).contains(back);
        assertThat(store.moves()).isEqualTo(3);
    }

    @Test
    void outWhenOutside_isNotInside_andSitesAreApart() {
        assertThatThrownBy(() -> store.exit("s", "w", "g", "x", T))
                .isInstanceOfSatisfying(PresenceConflictException.class, e -> assertThat(e.alreadyInside()).isFalse());
        store.enter("s", "w", "g", "p", "in", T);
        store.enter("other", "w", "g", "p", "in", T);
        assertThat(store.listInside("s")).extracting(Presence::siteId).containsExactly("s");
    }

    @Test
    void presenceMovesOnlyForwardInScanTime_anOlderScanChangesNothing() {
        store.enter("s", "w", "g", "p", "in-online", T.plusSeconds(100));
        assertThatThrownBy(() -> store.exit("s", "w", "g", "out-offline", T.plusSeconds(50)))
                .isInstanceOf(PresenceOutOfOrderException.class);
        assertThat(store.find("s", "w")).isPresent();

        store.exit("s", "w", "g", "out", T.plusSeconds(200));
        assertThatThrownBy(() -> store.enter("s", "w", "g", "p", "in-offline", T.plusSeconds(150)))
                .isInstanceOf(PresenceOutOfOrderException.class);
        assertThat(store.find("s", "w")).isEmpty();

        // a refusal confirms where the worker was: an older move cannot undo it either
        assertThatThrownBy(() -> store.exit("s", "w", "g", "out-again", T.plusSeconds(300)))
                .isInstanceOf(PresenceConflictException.class);
        assertThatThrownBy(() -> store.enter("s", "w", "g", "p", "in-older", T.plusSeconds(250)))
                .isInstanceOf(PresenceOutOfOrderException.class);
        assertThat(store.find("s", "w")).isEmpty();
        assertThat(store.moves()).isEqualTo(2);
    }

    @Test
    void racingScansInAnyOrder_leaveTheWorkerWhereTheLatestScanPutThem() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            InMemoryPresenceStore racing = new InMemoryPresenceStore();
            boolean[] in = new boolean[16];
            for (int i = 0; i < in.length; i++) {
                in[i] = random.nextBoolean();
            }
            int latest = in.length - 1; // scan i happened at T + i s; they arrive in whatever order the race makes
            List<String> outcomes = Race.run(in.length, i -> () -> {
                try {
                    if (in[i]) {
                        racing.enter("s", "w", "g", "p", "scan-" + i, T.plusSeconds(i));
                    } else {
                        racing.exit("s", "w", "g", "scan-" + i, T.plusSeconds(i));
                    }
                    return "MOVED";
                } catch (PresenceOutOfOrderException e) {
                    return "OUT_OF_ORDER";
                } catch (PresenceConflictException e) {
                    return "ANTI_PASSBACK";
                }
            });
            assertThat(outcomes).hasSize(in.length);
            assertThat(racing.find("s", "w").isPresent()).as("round " + round).isEqualTo(in[latest]);
        }
    }
}
