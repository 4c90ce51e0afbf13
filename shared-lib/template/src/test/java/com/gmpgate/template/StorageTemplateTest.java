package com.gmpgate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTemplateTest {

    private final StorageTemplate template = StorageTemplate.ofWorkingDirectory();

    @Test
    void readsEveryTableAndTheImagesBucket_ofTheRepositoryTemplate() {
        assertThat(template.tables()).extracting(TableDefinition::logicalId).containsExactlyInAnyOrder(
                "UsersTable", "SessionsTable", "ChecklistsTable", "AnalysesTable", "PassesTable", "AccessLogsTable",
                "PresenceTable", "NotificationsTable", "LiveConnectionsTable", "QuotasTable", "WorkerDaysTable",
                "PushSubscriptionsTable", "AuditTable");
        assertThat(template.buckets()).containsExactlyInAnyOrder(new BucketDefinition("ImagesBucket", true),
                new BucketDefinition("WebBucket", true), new BucketDefinition("BackupsBucket", true));
        assertThat(template.table("PresenceTable").orElseThrow().keySchema())
                .containsExactly(new KeyElement("siteId", true), new KeyElement("workerId", false));
        assertThat(template.table("SessionsTable").orElseThrow().ttlAttribute()).contains("ttl");
        assertThat(template.table("UsersTable").orElseThrow().ttlAttribute()).isEmpty();
    }

    @Test
    void everyAttributeDefinitionIsAKey_andEveryKeyIsDefined_asCloudFormationRequires() {
        for (TableDefinition table : template.tables()) {
            Set<String> keys = new HashSet<>();
            table.keySchema().forEach(k -> keys.add(k.attributeName()));
            for (IndexDefinition index : table.globalSecondaryIndexes()) {
                index.keySchema().forEach(k -> keys.add(k.attributeName()));
            }
            assertThat(table.attributeTypes().keySet()).as(table.logicalId()).isEqualTo(keys);
        }
    }

    @Test
    void toleratesShortFormIntrinsics_andRefusesATableWithoutAKeySchema(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "${AWS::StackName}-images"
                      Tags: [{Key: a, Value: !GetAtt Other.Arn}]
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: !If [IsProd, true, false]}
                """);

        assertThatThrownBy(() -> StorageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Table");
        assertThat(StorageTemplate.findRepositoryRoot(dir.resolve("a/b"))).isEqualTo(dir);
    }
}
