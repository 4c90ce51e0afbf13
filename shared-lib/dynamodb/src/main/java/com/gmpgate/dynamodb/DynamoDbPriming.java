package com.gmpgate.dynamodb;

import com.gmpgate.aws.CannedHttp;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SnapStart priming of the DynamoDB path without a network: a client set up as the stores' (the function's region,
 * credentials, retry strategy and timeouts: {@link DynamoDbClients}) but over the SDK's canned-response HTTP client
 * ({@link CannedHttp}), which answers every request with {@code {}} and never opens a socket. One GetItem and one
 * Query per table schema through the enhanced client initialise the schemas, the enhanced client's operations, the
 * JSON protocol, signing and the endpoint rules, which a function's first real request would otherwise do.
 */
public final class DynamoDbPriming {

    /** Every store's schema (built once, statically: bean reflection is what they avoid at cold start). */
    static final List<TableSchema<?>> SCHEMAS = List.of(DynamoDbUserStore.SCHEMA, DynamoDbDeviceStore.SCHEMA,
            DynamoDbSessionStore.SCHEMA, DynamoDbAuditTrail.SCHEMA, DynamoDbSubmissionStore.SCHEMA,
            DynamoDbWorkerDayStore.SCHEMA, DynamoDbAnalysisStore.SCHEMA, DynamoDbPassStore.SCHEMA,
            DynamoDbAccessLogStore.SCHEMA, DynamoDbPresenceStore.SCHEMA);

    private DynamoDbPriming() {
    }

    /** The stores' client as the function's environment sets it up (shared-lib/api Priming's ClientPriming). */
    public static int prime(Map<String, String> environment) {
        return prime(DynamoDbSettings.of(environment));
    }

    /** @return the requests made, all answered by the canned client */
    public static int prime(DynamoDbSettings settings, ExecutionInterceptor... interceptors) {
        try (DynamoDbClient client = DynamoDbClients.builder(settings, interceptors)
                .httpClientBuilder(CannedHttp.answering("{}")).build()) {
            DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
            int requests = 0;
            for (TableSchema<?> schema : SCHEMAS) {
                DynamoDbTable<?> table = enhanced.table("priming", schema);
                Key key = Key.builder().partitionValue("priming").build();
                table.getItem(key);
                table.query(QueryConditional.keyEqualTo(key)).items().iterator().hasNext();
                requests += 2;
            }
            return requests;
        }
    }
}
