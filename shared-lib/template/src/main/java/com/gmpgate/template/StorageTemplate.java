package com.gmpgate.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DynamoDB tables and S3 buckets of {@code template.yaml}, the one place they are defined. The test
 * harness and local-api create exactly these, so the local engines cannot drift from what is deployed.
 * Intrinsics the local engines cannot use (PITR, SSE, deletion protection, table names) are ignored.
 */
public final class StorageTemplate {

    public static final String FILE_NAME = "template.yaml";

    private final Path file;
    private final List<TableDefinition> tables;
    private final List<BucketDefinition> buckets;

    private StorageTemplate(Path file, List<TableDefinition> tables, List<BucketDefinition> buckets) {
        this.file = file;
        this.tables = List.copyOf(tables);
        this.buckets = List.copyOf(buckets);
    }

    public static StorageTemplate load(Path file) {
        Map<String, Object> tree = CfnYamlReader.read(file);
        List<TableDefinition> tables = new ArrayList<>();
        List<BucketDefinition> buckets = new ArrayList<>();
        map(tree.getOrDefault("Resources", Map.of()), "Resources").forEach((logicalId, body) -> {
            Map<String, Object> resource = map(body, logicalId);
            Map<String, Object> properties = map(resource.getOrDefault("Properties", Map.of()), logicalId);
            Object type = resource.get("Type");
            if ("AWS::DynamoDB::Table".equals(type)) {
                tables.add(table(logicalId, properties));
            } else if ("AWS::S3::Bucket".equals(type)) {
                Object versioning = map(properties.getOrDefault("VersioningConfiguration", Map.of()), logicalId)
                        .get("Status");
                buckets.add(new BucketDefinition(logicalId, "Enabled".equals(versioning)));
            }
        });
        return new StorageTemplate(file, tables, buckets);
    }

    /** Walks up from {@code start} to the directory holding {@code template.yaml} (the repository root). */
    public static Path findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
                return dir;
            }
        }
        throw new TemplateException("no " + FILE_NAME + " in " + start.toAbsolutePath() + " or any parent");
    }

    /** The template of the repository that contains the working directory. */
    public static StorageTemplate ofWorkingDirectory() {
        return load(findRepositoryRoot(Path.of("")).resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public List<TableDefinition> tables() {
        return tables;
    }

    public List<BucketDefinition> buckets() {
        return buckets;
    }

    public Optional<TableDefinition> table(String logicalId) {
        return tables.stream().filter(t -> t.logicalId().equals(logicalId)).findFirst();
    }

    private static TableDefinition table(String logicalId, Map<String, Object> properties) {
        Map<String, String> attributeTypes = new LinkedHashMap<>();
        for (Object definition : list(properties.get("AttributeDefinitions"), logicalId + ".AttributeDefinitions")) {
            Map<String, Object> attribute = map(definition, logicalId);
            attributeTypes.put(string(attribute, "AttributeName", logicalId), string(attribute, "AttributeType", logicalId));
        }
        List<IndexDefinition> indexes = new ArrayList<>();
        Object gsis = properties.get("GlobalSecondaryIndexes");
        if (gsis != null) {
            for (Object body : list(gsis, logicalId + ".GlobalSecondaryIndexes")) {
                Map<String, Object> index = map(body, logicalId);
                String name = string(index, "IndexName", logicalId);
                Map<String, Object> projection = map(index.get("Projection"), logicalId + "." + name + ".Projection");
                List<String> nonKey = new ArrayList<>();
                Object nonKeyAttributes = projection.get("NonKeyAttributes");
                if (nonKeyAttributes != null) {
                    list(nonKeyAttributes, name).forEach(a -> nonKey.add(String.valueOf(a)));
                }
                indexes.add(new IndexDefinition(name, keySchema(index.get("KeySchema"), logicalId + "." + name),
                        String.valueOf(projection.getOrDefault("ProjectionType", "ALL")), nonKey));
            }
        }
        Optional<String> ttl = Optional.empty();
        Object ttlSpec = properties.get("TimeToLiveSpecification");
        if (ttlSpec != null) {
            Map<String, Object> spec = map(ttlSpec, logicalId + ".TimeToLiveSpecification");
            if (Boolean.TRUE.equals(spec.get("Enabled"))) {
                ttl = Optional.of(string(spec, "AttributeName", logicalId));
            }
        }
        List<KeyElement> keySchema = keySchema(properties.get("KeySchema"), logicalId);
        for (KeyElement key : keySchema) {
            if (!attributeTypes.containsKey(key.attributeName())) {
                throw new TemplateException(logicalId + ": key " + key.attributeName() + " has no AttributeDefinition");
            }
        }
        return new TableDefinition(logicalId, keySchema, attributeTypes, indexes, ttl);
    }

    private static List<KeyElement> keySchema(Object value, String where) {
        List<KeyElement> keys = new ArrayList<>();
        for (Object element : list(value, where + ".KeySchema")) {
            Map<String, Object> key = map(element, where);
            String keyType = string(key, "KeyType", where);
            if (!keyType.equals("HASH") && !keyType.equals("RANGE")) {
                throw new TemplateException(where + ": KeyType must be HASH or RANGE, found " + keyType);
            }
            keys.add(new KeyElement(string(key, "AttributeName", where), keyType.equals("HASH")));
        }
        if (keys.isEmpty() || !keys.get(0).hash()) {
            throw new TemplateException(where + ": the KeySchema must start with its HASH key");
        }
        return keys;
    }

    private static String string(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (!(value instanceof String s)) {
            throw new TemplateException(where + ": " + key + " must be a plain string, found " + value);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new TemplateException(where + ": expected a mapping, found " + value);
    }

    private static List<?> list(Object value, String where) {
        if (value instanceof List<?> l) {
            return l;
        }
        throw new TemplateException(where + ": expected a list, found " + value);
    }
}
