package com.gmpgate.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.domain.checklist.ChecklistEvaluated;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistEventJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDetail_carriesIdsDayVerdictAndTrigger_andNothingElse() throws Exception {
        BusEvent event = ChecklistEventJson.toBusEvent(Events.failed());

        assertThat(event.source()).isEqualTo("gmp.checklist");
        assertThat(event.detailType()).isEqualTo("ChecklistEvaluated");
        assertThat(event.time()).isEqualTo(Events.failed().occurredAt());
        assertThat(JSON.readTree(event.detail())).isEqualTo(JSON.readTree("""
                {"submissionId":"sub-1","siteId":"demo-site","workerId":"u-worker1","siteDate":"2026-03-02",
                 "verdict":"FAIL","trigger":"SUBMISSION","occurredAt":"2026-03-02T00:15:00Z"}"""));
    }

    @Test
    void aReview_namesThePassAndTheReviewer() throws Exception {
        var detail = JSON.readTree(ChecklistEventJson.toBusEvent(Events.approved()).detail());

        List<String> fields = new ArrayList<>();
        detail.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("submissionId", "siteId", "workerId", "siteDate", "verdict", "trigger",
                "occurredAt", "passId", "reviewerId");
        assertThat(detail.get("passId").asText()).isEqualTo("pass-9");
        assertThat(detail.get("reviewerId").asText()).isEqualTo("u-admin");
    }

    @Test
    void aGastroIntestinalFail_saysSo_withoutNamingTheSymptom() throws Exception {
        ChecklistEvaluated f = Events.failed();
        var gastro = new ChecklistEvaluated(f.submissionId(), f.siteId(), f.workerId(), f.siteDate(), f.verdict(),
                f.trigger(), f.occurredAt(), f.passId(), f.reviewerId(), true);

        var detail = JSON.readTree(ChecklistEventJson.toBusEvent(gastro).detail());

        assertThat(detail.get("gastrointestinal").asBoolean()).isTrue();
        assertThat(detail.toString()).doesNotContain("vomit", "diarr", "jaundice");
    }
}
