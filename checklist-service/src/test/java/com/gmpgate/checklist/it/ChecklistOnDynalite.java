package com.gmpgate.checklist.it;

import com.gmpgate.checklist.ChecklistEnvironment;
import com.gmpgate.checklist.ChecklistTestKit;
import com.gmpgate.credentials.Argon2idPasswordHasher;
import com.gmpgate.dynamodb.DynamoDbClients;
import com.gmpgate.dynamodb.DynamoDbSettings;
import com.gmpgate.dynamodb.DynamoDbStores;
import com.gmpgate.testing.LocalAwsResources;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

/** ChecklistFunction's environment as local-api gives it, on one test class's tables of dynalite, and its reviewers. */
final class ChecklistOnDynalite {

    private ChecklistOnDynalite() {
    }

    /** A new map: the test may add settings of its own before it builds the function. */
    static Map<String, String> environment(LocalAwsResources aws) throws IOException {
        Map<String, String> env = aws.endpoints().dynamoDbEnvironment();
        env.put(ChecklistEnvironment.CHECKLISTS_TABLE, aws.tableName("ChecklistsTable"));
        env.put(ChecklistEnvironment.PASSES_TABLE, aws.tableName("PassesTable"));
        env.put(ChecklistEnvironment.ANALYSES_TABLE, aws.tableName("AnalysesTable"));
        env.put(ChecklistEnvironment.WORKER_DAYS_TABLE, aws.tableName("WorkerDaysTable"));
        env.put(ChecklistEnvironment.USERS_TABLE, aws.tableName("UsersTable"));
        env.put(ChecklistEnvironment.SESSIONS_TABLE, aws.tableName("SessionsTable"));
        env.put(ChecklistEnvironment.AUDIT_TABLE, aws.tableName("AuditTable"));
        env.put(ChecklistEnvironment.CURSOR_SECRET, "integration-test-cursor-secret-0123456789abcdef");
        env.put(ChecklistEnvironment.DATA_DIR, Files.createTempDirectory("checklist-it").toString());
        return env;
    }

    /** The stores of that environment, for arranging and reading what the function wrote. */
    static DynamoDbStores stores(Map<String, String> env) {
        return new DynamoDbStores(DynamoDbSettings.of(env), DynamoDbClients.create(DynamoDbSettings.of(env)));
    }

    /**
     * Admins of the site in UsersTable who sign with {@link ChecklistTestKit#ADMIN_PASSWORD}, hashed with production's
     * Argon2id settings: each signature check takes as long as a real one.
     */
    static void registerAdmins(DynamoDbStores stores, String siteId, String... adminIds) {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(Argon2idPasswordHasher.Settings.OWASP,
                new SecureRandom());
        for (String admin : adminIds) {
            stores.users().create(ChecklistTestKit.admin(admin, siteId, hasher.hash(ChecklistTestKit.ADMIN_PASSWORD),
                    Instant.now()));
        }
    }
}
