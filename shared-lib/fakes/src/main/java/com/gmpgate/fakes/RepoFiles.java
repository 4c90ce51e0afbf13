package com.gmpgate.fakes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The repository's deployment files for a service's own agreement tests: template.yaml as maps (short-form
 * intrinsics in their long form, {@code !Ref x} → {@code {Ref: x}}) and the sample events of a function's folder.
 */
public final class RepoFiles {

    private static final List<String> INTRINSICS = List.of("Ref", "Sub", "GetAtt", "If", "Equals", "Not", "And",
            "Or", "Select", "Join", "FindInMap", "Split", "ImportValue", "Base64", "GetAZs", "Condition");

    private RepoFiles() {
    }

    /** The directory holding template.yaml, found upwards from the working directory (a module's). */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
    }

    /** template.yaml's {@code Resources.<logicalId>.Properties}. */
    public static Map<String, Object> properties(String logicalId) {
        Map<String, Object> resource = map(map(template().get("Resources")).get(logicalId));
        if (resource == null) {
            throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
        }
        return map(resource.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> template() {
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
        StandardConstructor constructor = new StandardConstructor(settings) {
            {
                for (String name : INTRINSICS) {
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

    /** The sample events in {@code events/<folder>/}, sorted; fails when there are none. */
    public static List<Path> events(String folder) {
        try (Stream<Path> files = Files.list(root().resolve("events").resolve(folder))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no sample events in events/" + folder);
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
