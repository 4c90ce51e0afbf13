package com.gmpgate.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaticPassesTest {

    @Test
    void aList_allowsOnlyItsSites() {
        StaticPasses passes = StaticPasses.parse(" plant-7, plant-9 ");
        assertThat(passes.allowedAt("plant-7")).isTrue();
        assertThat(passes.allowedAt("plant-9")).isTrue();
        assertThat(passes.allowedAt("plant-8")).isFalse();
    }

    @Test
    void blank_allowsNone() {
        assertThat(StaticPasses.parse("").allowedAt("plant-7")).isFalse();
        assertThat(StaticPasses.parse("  ").allowedAt("plant-7")).isFalse();
    }

    @Test
    void aStar_allowsEverySite() {
        assertThat(StaticPasses.parse("*").allowedAt("plant-7")).isTrue();
        assertThat(StaticPasses.parse(" * ").allowedAt("any-site")).isTrue();
    }
}
