package com.gmpgate.ai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract check the handler tests lean on does refuse what does not fit. */
class ContractTest {

    @Test
    void refusesAnAnalysisWithoutItsFields_anUnknownStatus_orAnExtraField() {
        assertThat(Contract.problems("Analysis", "{}")).isNotEmpty();
        String ok = "{\"id\":\"a\",\"status\":\"COMPLETED\",\"imageKey\":\"k\",\"provider\":\"bedrock\","
                + "\"createdAt\":\"2026-03-02T06:00:00Z\",\"updatedAt\":\"2026-03-02T06:00:00Z\"}";
        assertThat(Contract.problems("Analysis", ok)).isEmpty();
        assertThat(Contract.problems("Analysis", ok.replace("COMPLETED", "PASS"))).isNotEmpty();
        assertThat(Contract.problems("Analysis", ok.replace("{\"id\"", "{\"secret\":1,\"id\""))).isNotEmpty();
        assertThat(Contract.problems("Error", "{\"error\":{\"code\":\"x\"}}")).isNotEmpty();
    }
}
