package com.gmpgate.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gmpgate.local.RepoFiles;
import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each function's IAM statements (after the SAM transform, so policy templates count as what they expand to) name
 * only the tables, indexes, buckets, secrets, buses and actions its code calls. The calls are derived from the
 * sources: from the function's handler, the classes it reaches (its wiring first); a DynamoDB store is bound to a
 * table by the environment variable the wiring passes it ({@code settings.require(X.PASSES_TABLE)}), and its
 * actions and indexes are the SDK calls in the store's source. Granularity: a store's actions, not a method's.
 */
class IamLeastPrivilegeTest {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b([A-Z][A-Za-z0-9]+)\\b");
    private static final Pattern STRING_CONSTANT = Pattern.compile(
            "static final String ([A-Z0-9_]+)\\s*=\\s*\"([A-Za-z0-9_]+)\"");
    private static final Pattern ALIAS_CONSTANT = Pattern.compile(
            "static final String ([A-Z0-9_]+)\\s*=\\s*([A-Z][A-Za-z0-9]+)\\.([A-Z0-9_]+)\\s*;");
    private static final Pattern NEW_STORE = Pattern.compile(
            "new (DynamoDb[A-Za-z]+)\\([^;]*?require\\(\\s*([A-Za-z]+)\\.([A-Z0-9_]+)\\)", Pattern.DOTALL);
    private static final Pattern VARIABLE_REQUIRE = Pattern.compile(
            "String (\\w+) = \\w+\\.require\\(\\s*([A-Za-z]+)\\.([A-Z0-9_]+)\\)");
    private static final Pattern NEW_STORE_OF_VARIABLE = Pattern.compile(
            "new (DynamoDb[A-Za-z]+)\\(\\s*\\w+\\s*,\\s*(\\w+)\\s*[,)]");
    private static final Pattern STORES_METHOD = Pattern.compile(
            "public \\w+ (\\w+)\\(\\) \\{\\s*(?:[^}]*?)return new (DynamoDb[A-Za-z]+)\\([^;]*?require\\(\\s*([A-Za-z]+)\\.([A-Z0-9_]+)\\)",
            Pattern.DOTALL);
    private static final Pattern STORES_CALL = Pattern.compile("\\bstores\\.(\\w+)\\(\\)");
    private static final Pattern INDEX_USE = Pattern.compile("\\.(?:index|indexName)\\(\\s*([A-Z0-9_]+)\\s*\\)");
    private static final Map<String, String> DYNAMODB_CALLS = Map.ofEntries(Map.entry("getItem", "GetItem"),
            Map.entry("putItem", "PutItem"), Map.entry("updateItem", "UpdateItem"), Map.entry("deleteItem", "DeleteItem"),
            Map.entry("query", "Query"), Map.entry("scan", "Scan"), Map.entry("scanPaginator", "Scan"),
            Map.entry("batchGetItem", "BatchGetItem"),
            Map.entry("batchWriteItem", "BatchWriteItem"), Map.entry("transactWriteItems", "TransactWriteItems"),
            Map.entry("transactGetItems", "TransactGetItems"));
    /** SDK call → IAM action, per service prefix, for the non-DynamoDB adapters. */
    private static final Map<String, Map<String, String>> OTHER_CALLS = Map.of(
            "secretsmanager", Map.of("getSecretValue", "GetSecretValue", "putSecretValue", "PutSecretValue"),
            "s3", Map.of("getObject", "GetObject", "putObject", "PutObject", "presignGetObject", "GetObject",
                    "presignPutObject", "PutObject", "deleteObject", "DeleteObject", "listObjectsV2", "ListBucket"),
            "events", Map.of("putEvents", "PutEvents"),
            "bedrock", Map.of("converse", "InvokeModel", "invokeModel", "InvokeModel"),
            "sns", Map.of("publish", "Publish"),
            "sqs", Map.of("sendMessage", "SendMessage", "sendMessageBatch", "SendMessage", "receiveMessage",
                    "ReceiveMessage", "deleteMessage", "DeleteMessage"),
            "execute-api", Map.of("postToConnection", "ManageConnections", "deleteConnection", "ManageConnections"));
    private static final Map<String, String> SDK_PACKAGE = Map.of("secretsmanager", "secretsmanager", "s3", "s3",
            "eventbridge", "events", "bedrockruntime", "bedrock", "sns", "sns", "sqs", "sqs",
            "apigatewaymanagementapi", "execute-api");

    private static CfnTemplate template;
    private static JsonNode transformed;
    private static final Map<String, Path> SOURCES = new HashMap<>();
    private static final Map<String, String> TEXT = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        template = CfnTemplate.load(RepoFiles.resolve("template.yaml"));
        transformed = AwsTools.samTransform();
        try (Stream<Path> files = Files.walk(RepoFiles.root())) {
            files.filter(p -> p.toString().contains("/src/main/java/") && p.toString().endsWith(".java")
                    && !p.toString().contains("/node_modules/") && !p.toString().contains("/local-api/"))
                    .forEach(p -> SOURCES.putIfAbsent(p.getFileName().toString().replace(".java", ""), p));
        }
    }

    private static String text(String className) {
        return TEXT.computeIfAbsent(className, c -> {
            try {
                return Files.readString(SOURCES.get(c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What a function's code can call: per table its actions and indexes, per other service its actions. */
    record Calls(Map<String, Set<String>> tableActions, Map<String, Set<String>> tableIndexes,
            Map<String, Set<String>> serviceActions, Set<String> envRead) {
    }

    static Calls derive(String function) {
        Map<String, Object> properties = CfnTemplate.properties(template.resource(function).orElseThrow());
        String handler = String.valueOf(properties.get("Handler")).split("::")[0];
        String handlerClass = handler.substring(handler.lastIndexOf('.') + 1);
        assertThat(SOURCES).as(function + " handler source").containsKey(handlerClass);
        // the classes the handler reaches
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(handlerClass));
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!reached.add(c)) {
                continue;
            }
            Matcher m = CLASS_NAME.matcher(text(c));
            while (m.find()) {
                if (SOURCES.containsKey(m.group(1)) && !reached.contains(m.group(1))) {
                    todo.push(m.group(1));
                }
            }
        }
        Map<String, String> constants = new HashMap<>();
        Set<String> envRead = new TreeSet<>();
        for (String c : SOURCES.keySet()) {
            Matcher m = STRING_CONSTANT.matcher(text(c));
            while (m.find()) {
                constants.put(c + "." + m.group(1), m.group(2));
                if (reached.contains(c)) {
                    envRead.add(m.group(2));
                }
            }
        }
        // constants that are another class's constant (QrEnvironment.PASSES_TABLE = DynamoDbSettings.PASSES_TABLE)
        for (String c : SOURCES.keySet()) {
            Matcher m = ALIAS_CONSTANT.matcher(text(c));
            while (m.find()) {
                String value = constants.get(m.group(2) + "." + m.group(3));
                if (value != null) {
                    constants.put(c + "." + m.group(1), value);
                    if (reached.contains(c)) {
                        envRead.add(value);
                    }
                }
            }
        }
        Map<String, String> env = environment(function);
        Map<String, Set<String>> tableActions = new LinkedHashMap<>();
        Map<String, Set<String>> tableIndexes = new LinkedHashMap<>();
        // stores built in the reached wiring code, and those DynamoDbStores builds for it
        List<String[]> bindings = new ArrayList<>();
        for (String c : reached) {
            if (c.startsWith("DynamoDb") && !c.equals("DynamoDbStores")) {
                continue; // an adapter itself: bound below to the table its builder names
            }
            String source = text(c);
            Matcher m = NEW_STORE.matcher(source);
            while (m.find()) {
                if (!c.equals("DynamoDbStores")) {
                    bindings.add(new String[] {m.group(1), constants.get(m.group(2) + "." + m.group(3))});
                }
            }
            // String sessionsTable = settings.require(X.SESSIONS_TABLE); new DynamoDbSessionStore(client, sessionsTable)
            Map<String, String> variables = new HashMap<>();
            Matcher v = VARIABLE_REQUIRE.matcher(source);
            while (v.find()) {
                variables.put(v.group(1), constants.get(v.group(2) + "." + v.group(3)));
            }
            Matcher byVariable = NEW_STORE_OF_VARIABLE.matcher(source);
            while (byVariable.find()) {
                if (variables.containsKey(byVariable.group(2))) {
                    bindings.add(new String[] {byVariable.group(1), variables.get(byVariable.group(2))});
                }
            }
            Matcher calls = STORES_CALL.matcher(source);
            while (calls.find()) {
                Matcher method = STORES_METHOD.matcher(text("DynamoDbStores"));
                while (method.find()) {
                    if (method.group(1).equals(calls.group(1))) {
                        bindings.add(new String[] {method.group(2), constants.get(method.group(3) + "." + method.group(4))});
                    }
                }
            }
        }
        for (String[] binding : bindings) {
            String table = env.get(binding[1]);
            if (table == null) {
                continue; // a variable the function does not set: the wiring fails at start, not IAM's concern
            }
            String store = text(binding[0]);
            Set<String> actions = tableActions.computeIfAbsent(table, t -> new TreeSet<>());
            DYNAMODB_CALLS.forEach((call, action) -> {
                if (Pattern.compile("(\\." + call + "\\(|::" + call + "\\b)").matcher(store).find()) {
                    actions.add("dynamodb:" + action);
                }
            });
            Set<String> indexes = tableIndexes.computeIfAbsent(table, t -> new TreeSet<>());
            Matcher index = INDEX_USE.matcher(store);
            while (index.find()) {
                indexes.add(constants.get(binding[0] + "." + index.group(1)));
            }
        }
        Map<String, Set<String>> serviceActions = new LinkedHashMap<>();
        for (String c : reached) {
            String source = text(c);
            SDK_PACKAGE.forEach((pkg, prefix) -> {
                if (source.contains("software.amazon.awssdk.services." + pkg + ".")) {
                    OTHER_CALLS.get(prefix).forEach((call, action) -> {
                        if (Pattern.compile("(\\." + call + "\\(|::" + call + "\\b)").matcher(source).find()) {
                            serviceActions.computeIfAbsent(prefix, p -> new TreeSet<>()).add(prefix + ":" + action);
                        }
                    });
                }
            });
        }
        return new Calls(tableActions, tableIndexes, serviceActions, envRead);
    }

    /** The function's environment variables that name a resource: variable → logical id. */
    private static Map<String, String> environment(String function) {
        Map<String, String> env = new HashMap<>();
        JsonNode variables = transformed.path("Resources").path(function).path("Properties").path("Environment")
                .path("Variables");
        variables.fields().forEachRemaining(e -> {
            String id = referencedResource(e.getValue());
            if (id != null) {
                env.put(e.getKey(), id);
            }
        });
        return env;
    }

    private static final Pattern SUB_REF = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?:\\.[A-Za-z]+)?}");

    /** The one template resource a value names (Ref, GetAtt, or a Sub with one resource in it), else null. */
    private static String referencedResource(JsonNode value) {
        Set<String> found = new TreeSet<>();
        collectReferences(value, found);
        found.retainAll(resourceIds());
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static Set<String> resourceIds() {
        Set<String> ids = new TreeSet<>();
        transformed.path("Resources").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    private static void collectReferences(JsonNode value, Set<String> found) {
        if (value.isObject()) {
            if (value.has("Ref")) {
                found.add(value.get("Ref").asText());
            }
            if (value.has("Fn::GetAtt")) {
                found.add(value.get("Fn::GetAtt").get(0).asText());
            }
            if (value.has("Fn::Sub")) {
                JsonNode sub = value.get("Fn::Sub");
                String text = sub.isTextual() ? sub.asText() : sub.get(0).asText();
                Matcher m = SUB_REF.matcher(text);
                while (m.find()) {
                    found.add(m.group(1));
                }
                if (sub.isArray()) {
                    collectReferences(sub.get(1), found);
                }
            }
            value.elements().forEachRemaining(v -> {
                if (!value.has("Fn::Sub")) {
                    collectReferences(v, found);
                }
            });
        } else if (value.isArray()) {
            value.forEach(v -> collectReferences(v, found));
        }
    }

    /** The index an ARN names ("" for the table itself), from the Sub text after the table. */
    private static String indexOf(JsonNode resource) {
        if (resource.has("Fn::Sub")) {
            JsonNode sub = resource.get("Fn::Sub");
            String text = sub.isTextual() ? sub.asText() : sub.get(0).asText();
            int at = text.indexOf("/index/");
            return at < 0 ? "" : text.substring(at + "/index/".length());
        }
        return "";
    }

    /** The queues, topics and functions named in the function's EventInvokeConfig.DestinationConfig. */
    private static Set<String> destinations(String function) {
        Set<String> found = new TreeSet<>();
        Object config = CfnTemplate.properties(template.resource(function).orElseThrow()).get("EventInvokeConfig");
        if (config instanceof Map<?, ?> c && c.get("DestinationConfig") != null) {
            collectReferences(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(c.get("DestinationConfig")), found);
        }
        return found;
    }

    /** Every problem with one function's role: what it grants beyond what its code calls. */
    static List<String> problems(String function) {
        Calls calls = derive(function);
        Map<String, String> env = environment(function);
        List<String> problems = new ArrayList<>();
        JsonNode role = transformed.path("Resources").path(function + "Role").path("Properties");
        Set<String> granted = new TreeSet<>();
        for (JsonNode policy : role.path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                if (!"Allow".equals(statement.path("Effect").asText())) {
                    continue;
                }
                String where = function + " " + policy.path("PolicyName").asText() + "/"
                        + statement.path("Sid").asText("(no Sid)");
                List<String> actions = new ArrayList<>();
                statement.path("Action").forEach(a -> actions.add(a.asText()));
                if (statement.path("Action").isTextual()) {
                    actions.add(statement.path("Action").asText());
                }
                List<JsonNode> resources = new ArrayList<>();
                if (statement.path("Resource").isArray()) {
                    statement.path("Resource").forEach(resources::add);
                } else {
                    resources.add(statement.path("Resource"));
                }
                if (!resources.isEmpty() && resources.stream().map(IamLeastPrivilegeTest::referencedResource)
                        .allMatch(id -> id != null && destinations(function).contains(id))) {
                    continue; // Lambda itself sends to the function's on-success/on-failure destinations with its role
                }
                for (String action : actions) {
                    String service = action.substring(0, action.indexOf(':'));
                    for (JsonNode resource : resources) {
                        String id = referencedResource(resource);
                        if (service.equals("dynamodb")) {
                            if (id == null || !calls.tableActions().containsKey(id)) {
                                problems.add(where + ": " + action + " on " + resource + ", a table the code does not use");
                                continue;
                            }
                            if (!calls.tableActions().get(id).contains(action)) {
                                problems.add(where + ": " + action + " on " + id + ", which the code never calls (it calls "
                                        + calls.tableActions().get(id) + ")");
                            }
                            String index = indexOf(resource);
                            if (!index.isEmpty() && !calls.tableIndexes().get(id).contains(index)) {
                                problems.add(where + ": index " + id + "/" + index + ", the code queries only "
                                        + calls.tableIndexes().get(id));
                            }
                            granted.add(id);
                        } else {
                            Set<String> called = calls.serviceActions().getOrDefault(service, Set.of());
                            if (!called.contains(action)) {
                                problems.add(where + ": " + action + ", which the code never calls (it calls " + called + ")");
                            }
                            if (id != null && !service.equals("bedrock")) {
                                String variable = env.entrySet().stream().filter(e -> e.getValue().equals(id))
                                        .map(Map.Entry::getKey).filter(calls.envRead()::contains).findFirst().orElse(null);
                                if (variable == null) {
                                    problems.add(where + ": " + action + " on " + id
                                            + ", which no environment variable the code reads names");
                                }
                            } else if (id == null && !service.equals("bedrock")) {
                                problems.add(where + ": " + action + " on " + resource + ", not one resource of the stack");
                            }
                        }
                    }
                }
            }
        }
        // and the other way: every table the code is wired to is granted something
        calls.tableActions().keySet().forEach(table -> {
            if (!granted.contains(table)) {
                problems.add(function + ": its code uses " + table + " but the role grants nothing on it");
            }
        });
        return problems;
    }

    @Test
    void everyFunctionsRole_grantsOnlyWhatItsCodeCalls() {
        List<String> problems = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").keySet().forEach(f -> problems.addAll(problems(f)));
        assertThat(problems).isEmpty();
    }

    @Test
    void theDerivation_findsTheStoresAndCallsOfTheWiring() {
        Calls qr = derive("QrFunction");
        assertThat(qr.tableActions().keySet()).containsExactlyInAnyOrder("PassesTable", "PresenceTable",
                "AccessLogsTable", "UsersTable", "WorkerDaysTable", "SessionsTable", "AuditTable");
        assertThat(qr.tableActions().get("PassesTable")).contains("dynamodb:GetItem", "dynamodb:UpdateItem");
        assertThat(qr.tableIndexes().get("PassesTable")).containsExactly("byWorker");
        assertThat(qr.serviceActions().get("secretsmanager")).contains("secretsmanager:GetSecretValue");
        Calls checklist = derive("ChecklistFunction");
        assertThat(checklist.tableActions().keySet()).as("through DynamoDbStores")
                .contains("ChecklistsTable", "PassesTable", "AnalysesTable", "UsersTable", "SessionsTable");
        assertThat(checklist.serviceActions().get("events")).containsExactly("events:PutEvents");
        assertThat(derive("AiFunction").serviceActions().get("bedrock")).containsExactly("bedrock:InvokeModel");
    }

    @Test
    void aGrantBeyondTheCode_isReported() {
        // as if QrFunction's role allowed deleting passes: its code never deletes one
        JsonNode original = transformed;
        try {
            com.fasterxml.jackson.databind.node.ObjectNode copy = original.deepCopy();
            com.fasterxml.jackson.databind.node.ArrayNode statements = (com.fasterxml.jackson.databind.node.ArrayNode) copy
                    .path("Resources").path("QrFunctionRole").path("Properties").path("Policies").get(0)
                    .path("PolicyDocument").path("Statement");
            statements.addObject().put("Sid", "Extra").put("Effect", "Allow").put("Action", "dynamodb:DeleteItem")
                    .putObject("Resource").putArray("Fn::GetAtt").add("PassesTable").add("Arn");
            statements.addObject().put("Sid", "ExtraIndex").put("Effect", "Allow").put("Action", "dynamodb:Query")
                    .putObject("Resource").put("Fn::Sub", "${PassesTable.Arn}/index/*");
            statements.addObject().put("Sid", "OtherTable").put("Effect", "Allow").put("Action", "dynamodb:GetItem")
                    .putObject("Resource").putArray("Fn::GetAtt").add("ChecklistsTable").add("Arn");
            transformed = copy;
            assertThat(problems("QrFunction"))
                    .anySatisfy(p -> assertThat(p).contains("Extra", "dynamodb:DeleteItem", "never calls"))
                    .anySatisfy(p -> assertThat(p).contains("ExtraIndex", "index PassesTable/*"))
                    .anySatisfy(p -> assertThat(p).contains("OtherTable", "does not use"));
        } finally {
            transformed = original;
        }
    }
}
