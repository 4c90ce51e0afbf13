package com.gmpgate.domain.rules;

import com.gmpgate.domain.LocalizedText;
import com.gmpgate.domain.checklist.ChecklistTemplate;
import com.gmpgate.domain.verdict.Condition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned, immutable set of rules with the checklist template they evaluate, loaded by
 * {@link RulePackLoader}.
 *
 * <p><b>Content hash.</b> {@link #contentHash()} is the lower-case hex SHA-256 of a canonical form of the
 * parsed YAML document: mappings with their keys sorted, numbers written as plain decimals without trailing
 * zeros ({@code 0.70} and {@code 0.7} are the same), strings JSON-escaped, UTF-8. Because the loader refuses
 * any key it does not understand, everything in that document is content: any change to a rule, a message,
 * a threshold, a setting or an item changes the hash; comments, key order, quoting and line endings do not.
 * A verdict records the hash, and replay refuses a pack whose hash differs.
 */
public final class RulePack {
    private final String id;
    private final String version;
    private final LocalizedText name;
    private final Map<String, Object> settings;
    private final ChecklistTemplate template;
    private final List<Rule> rules;
    private final String contentHash;
    private final Map<String, Object> source;
    private final Map<String, Condition> conditions;

    RulePack(String id, String version, LocalizedText name, Map<String, Object> settings, ChecklistTemplate template,
            List<Rule> rules, String contentHash, Map<String, Object> source) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = Objects.requireNonNull(version, "version");
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Map.copyOf(settings);
        this.template = Objects.requireNonNull(template, "template");
        this.rules = List.copyOf(rules);
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.source = source;
        Map<String, Condition> byCode = new LinkedHashMap<>();
        this.rules.forEach(rule -> rule.condition().ifPresent(c -> byCode.putIfAbsent(c.code(), c)));
        this.conditions = Collections.unmodifiableMap(byCode);
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public LocalizedText name() {
        return name;
    }

    /** Setting name to {@code Boolean} or {@code BigDecimal}. */
    public Map<String, Object> settings() {
        return settings;
    }

    public ChecklistTemplate template() {
        return template;
    }

    /** In pack order: the order reasons are listed in. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Every condition a rule of this pack can set, by code, in pack order, with this pack's words for it (the loader
     * allows one message per code in a pack; another pack may word the same code otherwise). A reviewer chooses among
     * these, and they are the words a verdict of this pack shows.
     */
    public Map<String, Condition> conditions() {
        return conditions;
    }

    public String contentHash() {
        return contentHash;
    }

    /** Below this, a model's wound assessment goes to a human (every pack must set it). */
    public BigDecimal confidenceThreshold() {
        return (BigDecimal) settings.get(RulePackLoader.CONFIDENCE_THRESHOLD);
    }

    /**
     * The same pack with some settings changed (e.g. {@code productContact: false} for a packing area).
     * The result has its own content hash, so whoever evaluates with a variant must be able to rebuild it
     * (keep the overrides beside the verdict) to replay. Only existing settings can be changed, to a value
     * of the same type.
     */
    public RulePack withSettings(Map<String, ?> overrides) {
        return RulePackLoader.withSettings(this, overrides);
    }

    Map<String, Object> source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePack other && id.equals(other.id) && contentHash.equals(other.contentHash);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return id + "@" + version + " (" + contentHash.substring(0, 12) + ")";
    }
}
