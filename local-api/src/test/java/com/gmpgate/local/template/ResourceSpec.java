package com.gmpgate.local.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gmpgate.local.RepoFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The AWS resource specification of npm {@code @aws-cdk/aws-service-spec} (pinned in tools/aws-service-spec), and
 * a check of a CloudFormation template (after the SAM transform) against it: every resource type exists, every
 * property and nested property is one the type has, values have the right shape (object, list, map, scalar; both
 * branches of an {@code Fn::If}), required properties of literal objects are there, and every {@code GetAtt}
 * names an attribute the type returns. Intrinsic functions stand for any value of the right type.
 */
final class ResourceSpec {

    static final Path DATABASE = RepoFiles.resolve("tools/aws-service-spec/node_modules/@aws-cdk/aws-service-spec/db.json.gz");
    private static final Pattern SUB_ATTRIBUTE = Pattern.compile("\\$\\{([A-Za-z0-9]+)\\.([A-Za-z0-9.]+)}");
    private static volatile ResourceSpec loaded;

    private final Map<String, JsonNode> resources = new HashMap<>();
    private final Map<String, JsonNode> typeDefinitions = new HashMap<>();

    private ResourceSpec(JsonNode schema) {
        schema.path("resource").path("entities").forEach(r -> resources.put(r.path("cloudFormationType").asText(), r));
        schema.path("typeDefinition").path("entities").forEach(t -> typeDefinitions.put(t.path("$id").asText(), t));
    }

    static ResourceSpec load() {
        if (loaded == null) {
            synchronized (ResourceSpec.class) {
                if (loaded == null) {
                    if (!Files.isRegularFile(DATABASE)) {
                        throw new AssertionError("no AWS resource specification at " + DATABASE
                                + ": run `npm ci` in tools/aws-service-spec (the Maven build does it when it is missing)");
                    }
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(DATABASE))) {
                        loaded = new ResourceSpec(new ObjectMapper().readTree(in).path("schema"));
                    } catch (IOException e) {
                        throw new AssertionError("cannot read " + DATABASE, e);
                    }
                }
            }
        }
        return loaded;
    }

    boolean hasType(String type) {
        return resources.containsKey(type);
    }

    /** Every disagreement of the template with the specification, each naming where. */
    List<String> problems(JsonNode template) {
        List<String> problems = new ArrayList<>();
        Map<String, String> typeOf = new HashMap<>();
        template.path("Resources").fields().forEachRemaining(e -> typeOf.put(e.getKey(), e.getValue().path("Type").asText()));
        template.path("Resources").fields().forEachRemaining(e -> {
            String id = e.getKey();
            String type = typeOf.get(id);
            String where = "Resources." + id;
            if (type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")) {
                return;
            }
            JsonNode spec = resources.get(type);
            if (spec == null) {
                problems.add(where + ": no resource type " + type + " in the AWS resource specification");
                return;
            }
            checkObject(e.getValue().path("Properties"), spec.path("properties"), where + ".Properties", type, problems);
        });
        walkAttributes(template, "", typeOf, problems);
        return problems;
    }

    private void checkObject(JsonNode given, JsonNode properties, String where, String owner, List<String> problems) {
        JsonNode value = given.isMissingNode() ? new ObjectMapper().createObjectNode() : given;
        if (isIntrinsic(value)) {
            checkIntrinsic(value, branches -> branches.forEach(b -> checkObject(b, properties, where, owner, problems)));
            return;
        }
        if (!value.isObject()) {
            problems.add(where + ": " + owner + " takes an object, found " + value);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = properties.get(field.getKey());
            if (property == null) {
                problems.add(where + "." + field.getKey() + ": " + owner + " has no property " + field.getKey()
                        + " (it has " + names(properties) + ")");
                continue;
            }
            List<String> first = new ArrayList<>();
            checkValue(field.getValue(), property.path("type"), where + "." + field.getKey(), first);
            if (!first.isEmpty() && property.has("previousTypes")) {
                for (JsonNode previous : property.path("previousTypes")) {
                    List<String> again = new ArrayList<>();
                    checkValue(field.getValue(), previous, where + "." + field.getKey(), again);
                    if (again.isEmpty()) {
                        first.clear();
                        break;
                    }
                }
            }
            problems.addAll(first);
        }
        properties.fields().forEachRemaining(p -> {
            if (p.getValue().path("required").asBoolean(false) && !hasField(value, p.getKey())) {
                problems.add(where + ": " + owner + " requires " + p.getKey());
            }
        });
    }

    private static boolean hasField(JsonNode value, String name) {
        return value.has(name);
    }

    private void checkValue(JsonNode value, JsonNode type, String where, List<String> problems) {
        if (isIntrinsic(value)) {
            checkIntrinsic(value, branches -> branches.forEach(b -> checkValue(b, type, where, problems)));
            return;
        }
        switch (type.path("type").asText()) {
            case "ref" -> {
                JsonNode definition = typeDefinitions.get(type.path("reference").path("$ref").asText());
                if (definition != null) {
                    checkObject(value, definition.path("properties"), where, definition.path("name").asText(), problems);
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": a list is expected, found " + abbreviate(value));
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        checkValue(value.get(i), type.path("element"), where + "[" + i + "]", problems);
                    }
                }
            }
            case "map" -> {
                if (!value.isObject()) {
                    problems.add(where + ": a map is expected, found " + abbreviate(value));
                } else {
                    value.fields().forEachRemaining(e -> checkValue(e.getValue(), type.path("element"),
                            where + "." + e.getKey(), problems));
                }
            }
            case "union" -> {
                List<String> best = null;
                for (JsonNode member : type.path("types")) {
                    List<String> attempt = new ArrayList<>();
                    checkValue(value, member, where, attempt);
                    if (attempt.isEmpty()) {
                        return;
                    }
                    if (best == null || attempt.size() < best.size()) {
                        best = attempt;
                    }
                }
                if (best != null) {
                    problems.addAll(best);
                }
            }
            case "json", "tag" -> {
            }
            default -> {
                // string, integer, number, boolean, date-time: a scalar
                if (value.isContainerNode()) {
                    problems.add(where + ": a " + type.path("type").asText() + " is expected, found " + abbreviate(value));
                }
            }
        }
    }

    /** Ref, Fn::*, and the branches an Fn::If may take (AWS::NoValue removes the property). */
    private static boolean isIntrinsic(JsonNode value) {
        if (!value.isObject() || value.size() != 1) {
            return false;
        }
        String key = value.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    private static void checkIntrinsic(JsonNode value, java.util.function.Consumer<List<JsonNode>> branches) {
        if (value.has("Fn::If") && value.get("Fn::If").isArray() && value.get("Fn::If").size() == 3) {
            List<JsonNode> taken = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                JsonNode branch = value.get("Fn::If").get(i);
                if (!(branch.isObject() && "AWS::NoValue".equals(branch.path("Ref").asText(null)))) {
                    taken.add(branch);
                }
            }
            branches.accept(taken);
        }
    }

    private void walkAttributes(JsonNode node, String where, Map<String, String> typeOf, List<String> problems) {
        if (node.isObject()) {
            if (node.size() == 1 && node.has("Fn::GetAtt")) {
                JsonNode a = node.get("Fn::GetAtt");
                List<String> parts = new ArrayList<>();
                if (a.isTextual()) {
                    String text = a.asText();
                    int dot = text.indexOf('.');
                    parts = dot < 0 ? List.of(text) : List.of(text.substring(0, dot), text.substring(dot + 1));
                } else if (a.isArray() && a.size() == 2 && a.get(1).isTextual()) {
                    parts = List.of(a.get(0).asText(), a.get(1).asText());
                }
                if (parts.size() == 2) {
                    checkAttribute(parts.get(0), parts.get(1), where, typeOf, problems);
                }
            }
            if (node.size() == 1 && node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                String text = sub.isTextual() ? sub.asText() : sub.path(0).asText();
                Matcher m = SUB_ATTRIBUTE.matcher(text);
                while (m.find()) {
                    checkAttribute(m.group(1), m.group(2), where, typeOf, problems);
                }
            }
            node.fields().forEachRemaining(e -> walkAttributes(e.getValue(), where + "." + e.getKey(), typeOf, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkAttributes(node.get(i), where + "[" + i + "]", typeOf, problems);
            }
        }
    }

    private void checkAttribute(String id, String attribute, String where, Map<String, String> typeOf, List<String> problems) {
        String type = typeOf.get(id);
        JsonNode spec = type == null ? null : resources.get(type);
        if (spec != null && !spec.path("attributes").has(attribute)) {
            problems.add(where.substring(1) + ": GetAtt " + id + "." + attribute + ": " + type + " returns only "
                    + names(spec.path("attributes")));
        }
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
