package com.gmpgate.ai.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The repository's files (template.yaml, events/), found from the module directory, and a CloudFormation reader. */
public final class RepoFiles {

    private RepoFiles() {
    }

    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
    }

    /** template.yaml as maps; short-form intrinsics become their long form ({@code !Ref x} → {Ref: x}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> template() {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
        StandardConstructor constructor = new StandardConstructor(settings) {
            {
                for (String name : List.of("Ref", "Sub", "GetAtt", "If", "Equals", "Not", "And", "Or", "Select",
                        "Join", "FindInMap", "Split", "ImportValue", "Base64", "GetAZs", "Condition")) {
                    String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
                    tagConstructors.put(new Tag("!" + name), node -> Map.of(key, intrinsicArgument(node)));
                }
            }

            private Object intrinsicArgument(Node node) {
                if (node instanceof ScalarNode scalar) {
                    return constructScalar(scalar);
                }
                if (node instanceof SequenceNode sequence) {
                    return constructSequence(sequence);
                }
                return new LinkedHashMap<>(constructMapping((MappingNode) node));
            }
        };
        try (Reader reader = Files.newBufferedReader(root().resolve("template.yaml"), StandardCharsets.UTF_8)) {
            return (Map<String, Object>) new Load(settings, constructor).loadFromReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
