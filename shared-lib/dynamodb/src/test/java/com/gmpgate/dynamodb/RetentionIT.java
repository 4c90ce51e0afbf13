package com.gmpgate.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.audit.AuditAction;
import com.gmpgate.domain.audit.AuditEntry;
import com.gmpgate.domain.checklist.Submission;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.testing.LocalAwsResources;
import com.gmpgate.testing.LocalAwsTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The retention settings reach the items' DynamoDB TTL (which the local sweep and AWS act on, TtlSweeperIT): a site's
 * own answer retention for its photo analyses, the record retention for verdict records and the audit trail.
 */
@LocalAwsTest
class RetentionIT {

    private DynamoDbStores stores;
    private LocalAwsResources aws;

    @BeforeEach
    void setUp(LocalAwsResources aws) {
        this.aws = aws;
        stores = new DynamoDbStores(DynamoDbSettings.of(Map.of(
                DynamoDbSettings.ANALYSES_TABLE, aws.tableName("AnalysesTable"),
                DynamoDbSettings.CHECKLISTS_TABLE, aws.tableName("ChecklistsTable"),
                DynamoDbSettings.AUDIT_TABLE, aws.tableName("AuditTable"),
                DynamoDbSettings.CURSOR_SECRET, "integration-tests-cursor-secret-0123456789",
                DynamoDbSettings.SITE_ANSWER_RETENTION_DAYS, "site-short=2",
                DynamoDbSettings.RECORD_RETENTION_DAYS, "400")), TestClients.dynamoDb(aws));
    }

    @Test
    void aPhotoAnalysis_expiresAfterItsSitesAnswerRetention() {
        Analysis shortSite = atSite(TestData.analysis("w-1", "uploads/" + TestData.id() + ".jpg", TestData.NOW),
                "site-short");
        Analysis otherSite = atSite(TestData.analysis("w-2", "uploads/" + TestData.id() + ".jpg", TestData.NOW),
                "site-other");

        stores.analyses().create(shortSite);
        stores.analyses().create(otherSite);

        assertThat(ttl("AnalysesTable", "analysisId", shortSite.id())).isEqualTo(epoch(Duration.ofDays(2)));
        assertThat(ttl("AnalysesTable", "analysisId", otherSite.id())).isEqualTo(epoch(Duration.ofDays(30)));
    }

    @Test
    void theVerdictRecord_andTheAuditTrail_stayForTheRecordRetention() {
        Submission submission = TestData.submission("site-short", "w-3", TestData.NOW, Verdict.PASS);
        stores.submissions().create(submission);
        AuditEntry entry = new AuditEntry("e-" + TestData.id(), "site-short", TestData.NOW, "admin-1",
                AuditAction.USER_CREATED, "USER", "w-3", "created", Optional.empty());
        stores.auditTrail().append(entry);

        assertThat(ttl("ChecklistsTable", "pk", "SUB#" + submission.id())).isEqualTo(epoch(Duration.ofDays(400)));
        assertThat(stores.auditTrail().list("site-short", TestData.NOW.minusSeconds(1), TestData.NOW.plusSeconds(1),
                com.gmpgate.port.PageRequest.first(100)).items()).contains(entry);
        long auditTtl = aws.dynamoDb().query(q -> q.tableName(aws.tableName("AuditTable"))
                .keyConditionExpression("siteId = :s").expressionAttributeValues(Map.of(":s",
                        AttributeValue.fromS("site-short")))).items().stream()
                .filter(i -> i.get("entryId").s().equals(entry.id())).findFirst().orElseThrow().get("ttl").n()
                .transform(Long::parseLong);
        assertThat(auditTtl).isEqualTo(epoch(Duration.ofDays(400)));
    }

    private long ttl(String table, String key, String id) {
        return Long.parseLong(aws.dynamoDb().getItem(g -> g.tableName(aws.tableName(table))
                .key(Map.of(key, AttributeValue.fromS(id)))).item().get("ttl").n());
    }

    private static long epoch(Duration after) {
        return Instant.ofEpochSecond(TestData.NOW.getEpochSecond()).plus(after).getEpochSecond();
    }

    private static Analysis atSite(Analysis a, String siteId) {
        return new Analysis(a.id(), siteId, a.workerId(), a.imageKey(), a.status(), a.assessment(), a.provider(),
                a.modelId(), a.latencyMs(), a.inputTokens(), a.outputTokens(), a.failure(), a.createdAt(),
                a.updatedAt(), a.imageVersion());
    }
}
