package com.gmpgate.template;

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
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Loads a CloudFormation/SAM YAML template into plain maps and lists. A plain YAML loader rejects the
 * short-form intrinsics ({@code !Ref}, {@code !Sub}, {@code !GetAtt}, ...); here each becomes its JSON
 * long form ({@code {"Ref": x}}, {@code {"Fn::Sub": s}}), unevaluated.
 */
public final class CfnYamlReader {

    private static final List<String> FUNCTIONS = List.of("Sub", "GetAtt", "If", "Equals", "Not", "And", "Or",
            "Select", "Join", "FindInMap", "Split", "ImportValue", "Base64", "GetAZs", "Cidr", "Length",
            "ToJsonString", "Transform");

    private CfnYamlReader() {
    }

    public static Map<String, Object> read(Path file) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object tree = new Load(settings, new IntrinsicConstructor(settings)).loadFromReader(reader);
            if (!(tree instanceof Map<?, ?>)) {
                throw new TemplateException(file + ": a template is a mapping at the top level");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) tree;
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            if (e instanceof TemplateException) {
                throw e;
            }
            throw new TemplateException(file + ": " + e.getMessage(), e);
        }
    }

    private static final class IntrinsicConstructor extends StandardConstructor {
        IntrinsicConstructor(LoadSettings settings) {
            super(settings);
            tagConstructors.put(new Tag("!Ref"), node -> longForm("Ref", node));
            tagConstructors.put(new Tag("!Condition"), node -> longForm("Condition", node));
            for (String fn : FUNCTIONS) {
                tagConstructors.put(new Tag("!" + fn), node -> longForm("Fn::" + fn, node));
            }
        }

        private Map<String, Object> longForm(String key, Node node) {
            Object argument;
            if (node instanceof ScalarNode scalar) {
                argument = constructScalar(scalar);
                if (key.equals("Fn::GetAtt")) {
                    String dotted = (String) argument;
                    int dot = dotted.indexOf('.');
                    argument = dot < 0 ? List.of(dotted) : List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
                }
            } else if (node instanceof SequenceNode sequence) {
                argument = constructSequence(sequence);
            } else {
                argument = constructMapping((MappingNode) node);
            }
            Map<String, Object> intrinsic = new LinkedHashMap<>();
            intrinsic.put(key, argument);
            return intrinsic;
        }
    }
}
