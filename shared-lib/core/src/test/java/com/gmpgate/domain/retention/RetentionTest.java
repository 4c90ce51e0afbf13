package com.gmpgate.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    @Test
    void withNothingSet_answersGoAfter30Days_andRecordsStay2Years() {
        Retention retention = Retention.parse(Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(retention.answersAt("any-site")).isEqualTo(Duration.ofDays(30));
        assertThat(retention.records()).isEqualTo(Duration.ofDays(730));
    }

    @Test
    void aSiteSetsItsOwnAnswerRetention_othersKeepTheStacks() {
        Retention retention = Retention.parse(Optional.of("45"), Optional.of("plant-a=7, plant-b=90"),
                Optional.of("1095"));

        assertThat(retention.answersAt("plant-a")).isEqualTo(Duration.ofDays(7));
        assertThat(retention.answersAt("plant-b")).isEqualTo(Duration.ofDays(90));
        assertThat(retention.answersAt("plant-c")).isEqualTo(Duration.ofDays(45));
        assertThat(retention.records()).isEqualTo(Duration.ofDays(1095));
    }

    @Test
    void malformedOrImpossibleSettings_failAtStart_sayingWhich() {
        assertThatThrownBy(() -> Retention.parse(Optional.empty(), Optional.of("plant-a"), Optional.empty()))
                .hasMessageContaining("site=days");
        assertThatThrownBy(() -> Retention.parse(Optional.empty(), Optional.of("plant-a=x"), Optional.empty()))
                .hasMessageContaining("plant-a");
        assertThatThrownBy(() -> Retention.parse(Optional.empty(), Optional.of("plant-a=0"), Optional.empty()))
                .hasMessageContaining("1 to 365");
        assertThatThrownBy(() -> Retention.parse(Optional.empty(), Optional.of("a=3,a=4"), Optional.empty()))
                .hasMessageContaining("a=4");
        assertThatThrownBy(() -> Retention.parse(Optional.of("400"), Optional.empty(), Optional.empty()))
                .hasMessageContaining("1 to 365");
        // a verdict record must outlive the answers it was judged on
        assertThatThrownBy(() -> Retention.parse(Optional.of("60"), Optional.empty(), Optional.of("30")))
                .hasMessageContaining("record retention");
    }
}
