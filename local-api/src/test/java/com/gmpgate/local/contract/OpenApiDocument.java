package com.gmpgate.local.contract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docs/openapi.yaml as a plain tree, for what the swagger model hides: every {@code $ref} as written,
 * and JSON-pointer lookups. The contract is one file: a $ref that leaves it is an error.
 */
final class OpenApiDocument {

    private final Object root;

    private OpenApiDocument(Object root) {
        this.root = root;
    }

    static OpenApiDocument load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new OpenApiDocument(new Load(LoadSettings.builder().setLabel(file.toString()).build())
                    .loadFromReader(reader));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpenApiDocument parse(String yaml) {
        return new OpenApiDocument(new Load(LoadSettings.builder().build()).loadFromString(yaml));
    }

    /** Every {@code $ref} value in the document, in document order. */
    List<String> refs() {
        List<String> refs = new ArrayList<>();
        collectRefs(root, refs);
        return refs;
    }

    /** The refs that do not point at a node of this document. */
    List<String> unresolvedRefs() {
        return refs().stream().filter(ref -> resolve(ref).isEmpty()).toList();
    }

    /** A local reference ({@code #/components/schemas/Error}) to its node. */
    Optional<Object> resolve(String ref) {
        if (!ref.startsWith("#/")) {
            return Optional.empty();
        }
        Object node = root;
        for (String token : ref.substring(2).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof Map<?, ?> map && map.containsKey(key)) {
                node = map.get(key);
            } else if (node instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
                node = list.get(Integer.parseInt(key));
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(node);
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key) && value instanceof String ref) {
                    refs.add(ref);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(child -> collectRefs(child, refs));
        }
    }
}
