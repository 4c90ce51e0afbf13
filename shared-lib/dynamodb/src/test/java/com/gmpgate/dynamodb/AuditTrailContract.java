package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.signature.ElectronicSignature;
import com.gmpgate.domain.signature.SignatureMeaning;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.testing.LocalAwsResources;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class AuditTrailContract {

    DynamoDbAuditTrail trail;
    String site;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        trail = new DynamoDbAuditTrail(TestClients.dynamoDb(aws), aws.tableName("AuditTable"),
                CursorCodec.ofSecret("audit-trail-contract-cursor-secret-0123456789"));
        site = "site-" + TestData.id();
    }

    AuditEntry entry(String id, Instant at, Optional<ElectronicSignature> signature) {
        return new AuditEntry(id, site, at, "admin-1", AuditAction.SUBMISSION_REVIEWED, "SUBMISSION", "sub-" + id,
                "APPROVE: PENDING_REVIEW → PASS", signature);
    }

    @Test
    void entries_areListedOldestFirst_withinThePeriod_andPagedByCursor() {
        Instant start = TestData.NOW;
        for (int i = 0; i < 5; i++) {
            trail.append(entry("e" + i, start.plus(Duration.ofMinutes(i)), Optional.empty()));
        }
        trail.append(entry("before", start.minusSeconds(1), Optional.empty()));
        trail.append(entry("atTheEnd", start.plus(Duration.ofMinutes(10)), Optional.empty()));

        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<AuditEntry> page = trail.list(site, start, start.plus(Duration.ofMinutes(10)),
                    new PageRequest(cursor, 2));
            page.items().forEach(e -> ids.add(e.id()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(ids).containsExactly("e0", "e1", "e2", "e3", "e4");
    }

    @Test
    void aRetriedAppend_keepsTheFirstEntry_andASignatureRoundTripsWhole() {
        ElectronicSignature signature = ElectronicSignature.sign("admin-1", "박관리", TestData.NOW.plusNanos(123_456_789),
                SignatureMeaning.REJECTION, "SUBMISSION_REVIEW", "sub#review-0", "a".repeat(64), Optional.empty());
        trail.append(entry("once", TestData.NOW, Optional.of(signature)));
        trail.append(new AuditEntry("once", site, TestData.NOW, "someone-else", AuditAction.USER_CREATED, "USER", "x",
                "", Optional.empty()));

        List<AuditEntry> found = trail.list(site, TestData.NOW, TestData.NOW.plusSeconds(1), PageRequest.first(10))
                .items();

        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("admin-1");
            assertThat(e.signature()).contains(signature);
            assertThat(e.signature().orElseThrow().verifies("a".repeat(64))).isTrue();
        });
    }

    @Test
    void anotherSitesEntries_areNotListed() {
        trail.append(entry("mine", TestData.NOW, Optional.empty()));

        assertThat(trail.list("other-" + site, TestData.NOW.minusSeconds(60), TestData.NOW.plusSeconds(60),
                PageRequest.first(10)).items()).isEmpty();
    }
}
