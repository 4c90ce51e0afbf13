package com.gmpgate.template;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of a loaded template: its sections by name and its resources by type. The tree
 * underneath is the one {@link CfnYamlReader} builds, so intrinsics are still unevaluated long forms.
 */
public final class CfnTemplate {

    private final Map<String, Object> tree;

    public CfnTemplate(Map<String, Object> tree) {
        this.tree = tree;
    }

    public static CfnTemplate load(Path file) {
        return new CfnTemplate(CfnYamlReader.read(file));
    }

    public Map<String, Object> tree() {
        return tree;
    }

    /** {@code Transform} as a list: the section may hold one name or several. */
    public List<String> transforms() {
        Object transform = tree.get("Transform");
        if (transform == null) {
            return List.of();
        }
        if (transform instanceof List<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(transform));
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    public Map<String, Object> globals() {
        return section("Globals");
    }

    public Map<String, Object> resources() {
        return section("Resources");
    }

    public Map<String, Object> outputs() {
        return section("Outputs");
    }

    /** A top-level section; empty when the template has none. */
    public Map<String, Object> section(String name) {
        Object section = tree.get(name);
        if (section == null) {
            return Map.of();
        }
        return asMap(section, name);
    }

    public Optional<Map<String, Object>> resource(String logicalId) {
        return Optional.ofNullable(resources().get(logicalId)).map(r -> asMap(r, "Resources." + logicalId));
    }

    /** Resources of one type (e.g. {@code AWS::Serverless::Function}) by logical id, in template order. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, body) -> {
            Map<String, Object> resource = asMap(body, "Resources." + id);
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    /** The {@code Properties} of a resource, empty when it has none. */
    public static Map<String, Object> properties(Map<String, Object> resource) {
        Object properties = resource.get("Properties");
        return properties == null ? Map.of() : asMap(properties, "Properties");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new TemplateException(where + ": expected a mapping, found " + value);
    }
}
