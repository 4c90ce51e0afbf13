package com.gmpgate.domain.rules;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.ChecklistItem;
import com.gmpgate.domain.checklist.ChecklistTemplate;
import com.gmpgate.domain.checklist.ItemCategory;
import com.gmpgate.domain.checklist.ItemType;
import com.gmpgate.domain.checklist.RequiredWhen;
import com.gmpgate.domain.verdict.AssessmentSource;
import com.gmpgate.domain.verdict.Citation;
import com.gmpgate.domain.verdict.CitationKind;
import com.gmpgate.domain.verdict.Condition;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a rule pack from YAML into an immutable {@link RulePack}, strictly: an unknown key, a message
 * without both languages, a rule naming an unknown item or setting, a duplicate rule id, a rule without a
 * citation… each is a {@link RulePackException} naming the file and the path.
 *
 * <h2>The document</h2>
 * <pre>
 * id: kr-food-haccp            # pack id, lower-kebab
 * version: "1.0.0"             # text
 * name: {ko: …, en: …}
 * settings:                    # booleans and numbers; confidenceThreshold (0..1) is required
 *   confidenceThreshold: 0.7
 *   feverThresholdC: 37.5
 * template:
 *   id: kr-food-haccp-daily
 *   version: 1
 *   items:
 *     - {id: temperature, type: number, category: symptom, order: 10, min: 34, max: 43, unit: "°C",
 *        label: {ko: …, en: …}, help: {ko: …, en: …}}
 *     - {id: hand_wound_photo, type: photo, category: wound, order: 75,
 *        requiredWhen: {item: hand_wound, is: true}, label: …}
 * rules:
 *   - id: KR-JAUNDICE
 *     when: {item: jaundice, is: true}
 *     outcome: EXCLUDE          # EXCLUDE | RESTRICT | CORRECTABLE | REVIEW | CONDITION
 *     message: {ko: …, en: …}
 *     returnToWork: {ko: …, en: …}                     # EXCLUDE only, and required there
 *     condition: {code: UPPER_SNAKE, message: {…}}     # RESTRICT / CONDITION only, and required there
 *     citation: {kind: LAW, source: …, verified: true} # LAW | GUIDANCE | SITE_POLICY
 * </pre>
 *
 * <h2>The {@code when} language</h2>
 * <ul>
 * <li>{@code {item: ID, is: true|false}} — a boolean item's answer;</li>
 * <li>{@code {item: ID, atLeast|above|atMost|below: N}} — a number item; {@code N} is a number or
 * {@code {setting: NAME}} (a number setting, resolved at load);</li>
 * <li>{@code {photo: ID, assessment: MISSING|UNUSABLE|LOW_CONFIDENCE|TRUSTED}} — the photo's assessment;</li>
 * <li>{@code {photo: ID, assessedBy: MODEL|REVIEWER}} — whose assessment counts (false when there is none);</li>
 * <li>{@code {photo: ID, wound: FIELD, is: B}} for woundPresent, infectionSigns, bleeding, covered,
 * coveredWaterproof; {@code in: [..]} for woundType, location, severity, coverType; a comparison for
 * confidence — all false unless the assessment is TRUSTED;</li>
 * <li>{@code {setting: NAME, is: true|false}} — a boolean setting;</li>
 * <li>{@code {all: [..]}}, {@code {any: [..]}}, {@code {not: ..}}.</li>
 * </ul>
 */
public final class RulePackLoader {
    static final String CONFIDENCE_THRESHOLD = "confidenceThreshold";

    private static final String RULE_ID = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
    private static final String PACK_ID = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    private static final String ITEM_ID = "[a-z][a-z0-9_]*";
    private static final String SETTING_NAME = "[a-z][A-Za-z0-9]*";
    /** Reserved for the engine's own reason (the re-screen lockout). */
    private static final Set<String> RESERVED_RULE_IDS = Set.of("RESCREEN_LOCKOUT", "RESCREEN-LOCKOUT");

    private RulePackLoader() {
    }

    /** Loads a pack from the classpath, e.g. {@code /rulepacks/kr-food-haccp.yaml}. */
    public static RulePack fromResource(String resource) {
        try (InputStream in = RulePackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulePackException(resource + ": no such resource");
            }
            return fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new RulePackException(resource + ": cannot be read", e);
        }
    }

    /** @param sourceName names the document in error messages (a file or resource name) */
    public static RulePack fromYaml(String yaml, String sourceName) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setLabel(sourceName)
                .build();
        Object tree;
        try {
            tree = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new RulePackException(sourceName + ": not valid YAML: " + e.getMessage(), e);
        }
        return fromTree(tree, sourceName);
    }

    static RulePack withSettings(RulePack pack, Map<String, ?> overrides) {
        Map<String, Object> tree = new LinkedHashMap<>(pack.source());
        Map<String, Object> settings = new LinkedHashMap<>();
        asMap(tree.get("settings")).forEach((k, v) -> settings.put((String) k, v));
        overrides.forEach((name, value) -> {
            Object current = pack.settings().get(name);
            if (current == null) {
                throw new RulePackException(pack.id() + ": no setting '" + name + "' to override");
            }
            boolean sameType = current instanceof Boolean ? value instanceof Boolean : YamlNode.number(value).isPresent();
            if (!sameType) {
                throw new RulePackException(pack.id() + ": setting '" + name + "' must stay a "
                        + (current instanceof Boolean ? "boolean" : "number") + ", got " + YamlNode.describe(value));
            }
            settings.put(name, value);
        });
        tree.put("settings", settings);
        return fromTree(tree, pack.id() + " (with settings " + new TreeMap<>(overrides) + ")");
    }

    private static Map<?, ?> asMap(Object o) {
        return (Map<?, ?>) o;
    }

    static RulePack fromTree(Object tree, String source) {
        YamlNode root = YamlNode.of(source, "", tree).only("id", "version", "name", "settings", "template", "rules");
        String id = root.string("id");
        if (!id.matches(PACK_ID)) {
            throw root.error("id", "pack id must be lower-kebab-case: " + id);
        }
        if (!(root.raw("version") instanceof String version) || version.isBlank()) {
            throw root.error("version", "expected a text (quote it, e.g. \"1.0.0\"), found " + YamlNode.describe(root.raw("version")));
        }
        LocalizedText name = root.text("name");
        Map<String, Object> settings = settings(root.node("settings"));
        ChecklistTemplate template = template(root.node("template"));
        Context context = new Context(source, template, settings, new HashSet<>(Set.of(CONFIDENCE_THRESHOLD)));
        List<Rule> rules = rules(root, context);
        for (String setting : settings.keySet()) {
            if (!context.usedSettings().contains(setting)) {
                throw YamlNode.error(source, "settings." + setting, "no rule reads this setting (a misspelt name?)");
            }
        }
        Map<String, Object> frozen = freeze(asMap(tree));
        return new RulePack(id, version, name, settings, template, rules, CanonicalForm.sha256Hex(frozen), frozen);
    }

    private static Map<String, Object> settings(YamlNode node) {
        Map<String, Object> settings = new TreeMap<>();
        for (String key : node.keys()) {
            if (!key.matches(SETTING_NAME)) {
                throw node.error(key, "setting names are lowerCamelCase: " + key);
            }
            Object raw = node.raw(key);
            if (raw instanceof Boolean b) {
                settings.put(key, b);
            } else {
                settings.put(key, YamlNode.number(raw).orElseThrow(
                        () -> node.error(key, "a setting is true/false or a number, found " + YamlNode.describe(raw))));
            }
        }
        if (!(settings.get(CONFIDENCE_THRESHOLD) instanceof BigDecimal threshold)
                || threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw node.error(CONFIDENCE_THRESHOLD, "required, a number within 0..1");
        }
        return settings;
    }

    private static ChecklistTemplate template(YamlNode node) {
        node.only("id", "version", "items");
        String id = node.string("id");
        int version = node.integer("version");
        if (version < 1) {
            throw node.error("version", "must be 1 or more");
        }
        List<?> rawItems = node.list("items");
        if (rawItems.isEmpty()) {
            throw node.error("items", "a template needs items");
        }
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < rawItems.size(); i++) {
            ChecklistItem item = item(YamlNode.of(node.source(), node.at("items") + "[" + i + "]", rawItems.get(i)));
            if (!ids.add(item.id())) {
                throw node.error("items", "duplicate item id '" + item.id() + "'");
            }
            if (!orders.add(item.order())) {
                throw node.error("items", "item '" + item.id() + "' repeats order " + item.order());
            }
            items.add(item);
        }
        ChecklistTemplate template = new ChecklistTemplate(id, version, items);
        for (ChecklistItem item : items) {
            item.requiredWhen().ifPresent(when -> {
                if (template.item(when.itemId()).map(i -> i.type() != ItemType.BOOLEAN).orElse(true)) {
                    throw node.error("items", "item '" + item.id() + "': requiredWhen names '" + when.itemId()
                            + "', which is not a yes/no item of this template");
                }
            });
        }
        return template;
    }

    private static ChecklistItem item(YamlNode node) {
        node.only("id", "type", "category", "order", "label", "help", "required", "requiredWhen", "min", "max", "unit");
        String id = node.string("id");
        if (!id.matches(ITEM_ID)) {
            throw node.error("id", "item ids are lower_snake_case: " + id);
        }
        ItemType type = node.enumValue("type", ItemType.class);
        if (node.has("requiredWhen") && node.has("required")) {
            throw node.error("give either 'required' or 'requiredWhen', not both");
        }
        Optional<RequiredWhen> requiredWhen = Optional.empty();
        if (node.has("requiredWhen")) {
            YamlNode when = node.node("requiredWhen").only("item", "is");
            requiredWhen = Optional.of(new RequiredWhen(when.string("item"), when.bool("is")));
        }
        boolean required = node.has("required") ? node.bool("required") : type != ItemType.PHOTO;
        Optional<BigDecimal> min = node.has("min") ? Optional.of(node.number("min")) : Optional.empty();
        Optional<BigDecimal> max = node.has("max") ? Optional.of(node.number("max")) : Optional.empty();
        if (type != ItemType.NUMBER && (min.isPresent() || max.isPresent() || node.has("unit"))) {
            throw node.error("min, max and unit belong to number items");
        }
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw node.error("min is above max");
        }
        return new ChecklistItem(id, type, node.enumValue("category", ItemCategory.class), node.integer("order"),
                node.text("label"), node.optionalText("help"), required, requiredWhen, min, max,
                node.optionalString("unit"));
    }

    /** @param usedSettings filled while rules are read: a setting no rule reads is most likely a typo */
    private record Context(String source, ChecklistTemplate template, Map<String, Object> settings, Set<String> usedSettings) {
    }

    private static List<Rule> rules(YamlNode root, Context ctx) {
        List<?> raw = root.list("rules");
        if (raw.isEmpty()) {
            throw root.error("rules", "a pack needs rules");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Condition> conditions = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            Object rawRule = raw.get(i);
            String label = rawRule instanceof Map<?, ?> m && m.get("id") instanceof String s ? " (" + s + ")" : "";
            YamlNode node = YamlNode.of(ctx.source(), "rules[" + i + "]" + label, rawRule);
            Rule rule = rule(node, ctx);
            if (!ids.add(rule.id())) {
                throw node.error("id", "duplicate rule id '" + rule.id() + "'");
            }
            if (rule.condition().isPresent()) {
                Condition c = rule.condition().get();
                Condition earlier = conditions.putIfAbsent(c.code(), c);
                if (earlier != null && !earlier.equals(c)) {
                    throw node.error("condition", "condition " + c.code()
                            + " already has another message in this pack: one code, one message");
                }
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Rule rule(YamlNode node, Context ctx) {
        node.only("id", "when", "outcome", "message", "condition", "returnToWork", "citation");
        String id = node.string("id");
        if (!id.matches(RULE_ID) || RESERVED_RULE_IDS.contains(id)) {
            throw node.error("id", "rule ids are UPPER-KEBAB-CASE and not reserved: " + id);
        }
        When when = when(ctx, node.at("when"), node.raw("when"));
        Outcome outcome = node.enumValue("outcome", Outcome.class);
        LocalizedText message = node.text("message");
        if (!node.has("citation")) {
            throw node.error("missing 'citation': every rule stands on a law, a guidance or a site policy");
        }
        YamlNode c = node.node("citation").only("kind", "source", "verified");
        Citation citation = new Citation(c.enumValue("kind", CitationKind.class), c.string("source"), c.bool("verified"));

        Optional<Condition> condition = Optional.empty();
        if (outcome.needsCondition() && !node.has("condition")) {
            throw node.error("missing 'condition': a " + outcome + " rule says under which condition the pass is issued");
        }
        if (!outcome.needsCondition() && node.has("condition")) {
            throw node.error("condition", "only RESTRICT and CONDITION rules carry a condition");
        }
        if (node.has("condition")) {
            YamlNode cn = node.node("condition").only("code", "message");
            String code = cn.string("code");
            if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
                throw cn.error("code", "condition codes are UPPER_SNAKE_CASE: " + code);
            }
            condition = Optional.of(new Condition(code, cn.text("message")));
        }
        boolean exclude = outcome == Outcome.EXCLUDE;
        if (exclude && !node.has("returnToWork")) {
            throw node.error("missing 'returnToWork': an EXCLUDE rule tells the worker when to come back");
        }
        if (!exclude && node.has("returnToWork")) {
            throw node.error("returnToWork", "only EXCLUDE rules carry returnToWork");
        }
        return new Rule(id, when, outcome, message, condition, node.optionalText("returnToWork"), citation);
    }

    private static When when(Context ctx, String path, Object raw) {
        YamlNode node = YamlNode.of(ctx.source(), path, raw);
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            node.only(key);
            List<?> parts = node.list(key);
            if (parts.isEmpty()) {
                throw node.error(key, "needs at least one condition");
            }
            List<When> of = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                of.add(when(ctx, node.at(key) + "[" + i + "]", parts.get(i)));
            }
            return key.equals("all") ? new When.All(of) : new When.Any(of);
        }
        if (node.has("not")) {
            node.only("not");
            return new When.Not(when(ctx, node.at("not"), node.raw("not")));
        }
        if (node.has("item")) {
            return itemTest(ctx, node);
        }
        if (node.has("photo")) {
            return photoTest(ctx, node);
        }
        if (node.has("setting")) {
            node.only("setting", "is");
            String name = node.string("setting");
            if (!(ctx.settings().get(name) instanceof Boolean)) {
                throw node.error("setting", "'" + name + "' is not a true/false setting of this pack");
            }
            ctx.usedSettings().add(name);
            return new When.SettingIs(name, node.bool("is"));
        }
        throw node.error("expected one of all, any, not, item, photo, setting; found " + node.keys());
    }

    private static When itemTest(Context ctx, YamlNode node) {
        String itemId = node.string("item");
        ChecklistItem item = ctx.template().item(itemId)
                .orElseThrow(() -> node.error("item", "unknown item '" + itemId + "' (not in template " + ctx.template().id() + ")"));
        if (node.has("is")) {
            node.only("item", "is");
            if (item.type() != ItemType.BOOLEAN) {
                throw node.error("is", "'" + itemId + "' is a " + item.type().name().toLowerCase() + " item, not yes/no");
            }
            return new When.ItemIs(itemId, node.bool("is"));
        }
        Comparison comparison = comparison(node, "item");
        if (item.type() != ItemType.NUMBER) {
            throw node.error(comparison.key(), "'" + itemId + "' is not a number item");
        }
        Object operand = node.raw(comparison.key());
        if (operand instanceof Map<?, ?>) {
            YamlNode ref = node.node(comparison.key()).only("setting");
            String name = ref.string("setting");
            if (!(ctx.settings().get(name) instanceof BigDecimal threshold)) {
                throw ref.error("setting", "'" + name + "' is not a number setting of this pack");
            }
            ctx.usedSettings().add(name);
            return new When.ItemCompare(itemId, comparison, threshold, Optional.of(name));
        }
        return new When.ItemCompare(itemId, comparison, node.number(comparison.key()), Optional.empty());
    }

    private static When photoTest(Context ctx, YamlNode node) {
        String photoId = node.string("photo");
        ChecklistItem item = ctx.template().item(photoId)
                .orElseThrow(() -> node.error("photo", "unknown item '" + photoId + "' (not in template " + ctx.template().id() + ")"));
        if (!item.isPhoto()) {
            throw node.error("photo", "'" + photoId + "' is not a photo item");
        }
        if (node.has("assessment")) {
            node.only("photo", "assessment");
            return new When.AssessmentIs(photoId, node.enumValue("assessment", AssessmentStatus.class));
        }
        if (node.has("assessedBy")) {
            node.only("photo", "assessedBy");
            return new When.AssessedBy(photoId, node.enumValue("assessedBy", AssessmentSource.class));
        }
        String fieldName = node.string("wound");
        WoundField field = WoundField.byKey(fieldName).orElseThrow(() -> node.error("wound", "unknown wound field '"
                + fieldName + "' (expected one of: " + String.join(", ", Arrays.stream(WoundField.values()).map(WoundField::key).toList()) + ")"));
        switch (field.kind()) {
            case FLAG -> {
                node.only("photo", "wound", "is");
                return new When.WoundIs(photoId, field, node.bool("is"));
            }
            case CHOICE -> {
                node.only("photo", "wound", "in");
                List<?> values = node.list("in");
                Set<String> chosen = new LinkedHashSet<>();
                for (Object v : values) {
                    if (!(v instanceof String s) || !field.choices().contains(s)) {
                        throw node.error("in", "unknown " + fieldName + " " + YamlNode.describe(v) + " (expected: " + field.choices() + ")");
                    }
                    chosen.add(s);
                }
                if (chosen.isEmpty()) {
                    throw node.error("in", "needs at least one value");
                }
                return new When.WoundIn(photoId, field, chosen);
            }
            default -> {
                Comparison comparison = comparison(node, "photo", "wound");
                return new When.WoundCompare(photoId, field, comparison, node.number(comparison.key()));
            }
        }
    }

    private static Comparison comparison(YamlNode node, String... subjectKeys) {
        List<Comparison> found = Arrays.stream(Comparison.values()).filter(c -> node.has(c.key())).toList();
        if (found.size() != 1) {
            throw node.error("expected exactly one of is, atLeast, above, atMost, below; found " + node.keys());
        }
        List<String> allowed = new ArrayList<>(Arrays.asList(subjectKeys));
        allowed.add(found.get(0).key());
        node.only(allowed.toArray(String[]::new));
        return found.get(0);
    }

    /** A deep, unmodifiable copy: the pack keeps the document its hash was computed over. */
    @SuppressWarnings("unchecked")
    private static <T> T freeze(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, freeze(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(freeze(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return (T) node;
    }
}
