package com.gmpgate.domain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutbreakWatchTest {

    static final Instant T = Instant.parse("2026-03-02T06:00:00Z");

    static GastroFail fail(String site, String id, String department, Instant at) {
        return new GastroFail(site, id, department, at);
    }

    @Test
    void theWindow_includesBothEnds_24hBackFromTheNewest() {
        Instant newest = T.plus(Duration.ofHours(24));
        List<GastroFail> fails = List.of(fail("s", "a", "A", T.minusSeconds(1)), fail("s", "b", "A", T),
                fail("s", "c", "A", newest), fail("s", "d", "A", newest.plusSeconds(1)), fail("x", "e", "A", T));

        assertThat(OutbreakWatch.inWindow(fails, "s", newest)).extracting(GastroFail::submissionId)
                .containsExactly("b", "c");
    }

    @Test
    void threeDistinctSubmissions_areAnOutbreak_twoAreNot_andARepeatIsNotASecond() {
        GastroFail a = fail("s", "a", "A", T);
        GastroFail b = fail("s", "b", "B", T);

        assertThat(OutbreakWatch.isOutbreak(List.of(a, b))).isFalse();
        assertThat(OutbreakWatch.isOutbreak(List.of(a, b, a))).isFalse();
        assertThat(OutbreakWatch.isOutbreak(List.of(a, b, fail("s", "c", "A", T)))).isTrue();
    }

    @Test
    void departments_areSortedAndOnce() {
        assertThat(OutbreakWatch.departments(List.of(fail("s", "a", "포장팀", T), fail("s", "b", "생산1팀", T),
                fail("s", "c", "포장팀", T)))).containsExactly("생산1팀", "포장팀");
    }
}
