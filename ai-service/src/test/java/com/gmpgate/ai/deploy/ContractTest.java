package com.gmpgate.ai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.fakes.ContractSchemas;
import org.junit.jupiter.api.Test;

/** The contract check the handler tests lean on does refuse what does not fit. */
class ContractTest {

    private static final ContractSchemas CONTRACT = ContractSchemas.load();

    @Test
    void refusesAnAnalysisWithoutItsFields_anUnknownStatus_orAnExtraField() {
        assertThat(CONTRACT.problems("Analysis", "{}")).isNotEmpty();
        String ok = "{\"id\":\"a\",\"status\":\"COMPLETED\",\"imageKey\":\"k\",\"provider\":\"bedrock\","
                + "\"createdAt\":\"2026-03-02T06:00:00Z\",\"updatedAt\":\"2026-03-02T06:00:00Z\"}";
        assertThat(CONTRACT.problems("Analysis", ok)).isEmpty();
        assertThat(CONTRACT.problems("Analysis", ok.replace("COMPLETED", "PASS"))).isNotEmpty();
        assertThat(CONTRACT.problems("Analysis", ok.replace("{\"id\"", "{\"secret\":1,\"id\""))).isNotEmpty();
        assertThat(CONTRACT.problems("Error", "{\"error\":{\"code\":\"x\"}}")).isNotEmpty();
    }
}
