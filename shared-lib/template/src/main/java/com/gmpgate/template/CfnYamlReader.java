package com.gmpgate.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one reader of {@code template.yaml} (and other CloudFormation-flavoured YAML such as docs/openapi.yaml):
 * the storage definitions, local-api and the contract tests all read through it.
 *
 * <p>Reads a CloudFormation / SAM template written in YAML into the tree its JSON form would give:
 * {@code Map<String, Object>}, {@code List<Object>}, strings, numbers, booleans and nulls. Each
 * short-form intrinsic becomes its long form, so {@code !Ref Stage} reads as {@code {"Ref": "Stage"}}
 * and {@code !GetAtt Fn.Arn} as {@code {"Fn::GetAtt": ["Fn", "Arn"]}}, exactly as CloudFormation
 * itself treats them. The tree is unmodifiable and keeps the template's key order.
 *
 * <p>A plain YAML library rejects these templates (the tags are unknown to it), which is why this
 * exists. A tag CloudFormation does not know, and a key repeated in one mapping, are errors here as
 * they are there.
 */
public final class CfnYamlReader {

    /** Short-form tag → the key of its long form. */
    static final Map<String, String> SHORT_FORMS = shortForms();

    private CfnYamlReader() {
    }

    public static Map<String, Object> read(Path file) {
        String sourceName = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(loader(sourceName).loadFromReader(reader), sourceName);
        } catch (IOException e) {
            throw new TemplateException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new TemplateException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param sourceName names the document in error messages (a file name, say)
     * @throws TemplateException for YAML that is not well-formed, or not a CloudFormation document
     */
    public static Map<String, Object> parse(String yaml, String sourceName) {
        try {
            return read(loader(sourceName).loadFromString(yaml), sourceName);
        } catch (YamlEngineException e) {
            throw new TemplateException(sourceName + ": " + e.getMessage(), e);
        }
    }

    private static Load loader(String sourceName) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(sourceName)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .build();
        return new Load(settings, new IntrinsicConstructor(settings));
    }

    private static Map<String, Object> read(Object loaded, String sourceName) {
        if (!(loaded instanceof Map<?, ?>)) {
            throw new TemplateException(sourceName + ": a template must be a mapping at the top level");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) freeze(loaded, sourceName);
        return tree;
    }

    /** Deep copy into unmodifiable collections, with every mapping key as CloudFormation JSON has it: a string. */
    private static Object freeze(Object value, String sourceName) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                if (key == null || key instanceof Map<?, ?> || key instanceof List<?>) {
                    throw new TemplateException(sourceName + ": mapping keys must be scalars, found " + key);
                }
                copy.put(String.valueOf(key), freeze(child, sourceName));
            });
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(child -> copy.add(freeze(child, sourceName)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    private static Map<String, String> shortForms() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("!Ref", "Ref");
        forms.put("!Condition", "Condition");
        for (String fn : List.of("Sub", "GetAtt", "If", "Equals", "Not", "And", "Or", "Select", "Join",
                "FindInMap", "Split", "ImportValue", "Base64", "GetAZs", "Cidr", "Length", "ToJsonString", "Transform")) {
            forms.put("!" + fn, "Fn::" + fn);
        }
        return Collections.unmodifiableMap(forms);
    }

    private static final class IntrinsicConstructor extends StandardConstructor {

        IntrinsicConstructor(LoadSettings settings) {
            super(settings);
            SHORT_FORMS.forEach((tag, longForm) ->
                    tagConstructors.put(new Tag(tag), node -> longForm(tag, longForm, node)));
        }

        private Map<String, Object> longForm(String tag, String longForm, Node node) {
            Object argument;
            if (node instanceof ScalarNode scalar) {
                argument = constructScalar(scalar);
            } else if (node instanceof SequenceNode sequence) {
                argument = constructSequence(sequence);
            } else if (node instanceof MappingNode mapping) {
                argument = constructMapping(mapping);
            } else {
                throw new TemplateException(tag + " at " + where(node) + ": unsupported node " + node.getNodeType());
            }
            if ("!GetAtt".equals(tag) && argument instanceof String dotted) {
                argument = splitGetAtt(dotted, node);
            }
            Map<String, Object> intrinsic = new LinkedHashMap<>();
            intrinsic.put(longForm, argument);
            return intrinsic;
        }

        /** {@code !GetAtt A.B.C} means resource {@code A}, attribute {@code B.C}: split at the first dot only. */
        private static List<Object> splitGetAtt(String dotted, Node node) {
            int dot = dotted.indexOf('.');
            if (dot <= 0 || dot == dotted.length() - 1) {
                throw new TemplateException("!GetAtt at " + where(node)
                        + ": expected LogicalId.Attribute, found '" + dotted + "'");
            }
            return List.of(dotted.substring(0, dot), dotted.substring(dot + 1));
        }

        private static String where(Node node) {
            return node.getStartMark().map(Object::toString).orElse("?");
        }
    }
}
