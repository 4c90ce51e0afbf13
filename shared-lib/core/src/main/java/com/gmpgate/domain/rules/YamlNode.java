package com.gmpgate.domain.rules;

import com.gmpgate.domain.LocalizedText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping read strictly, every error naming the file and the path to the offending key. */
final class YamlNode {
    private final String source;
    private final String path;
    private final Map<?, ?> map;

    private YamlNode(String source, String path, Map<?, ?> map) {
        this.source = source;
        this.path = path;
        this.map = map;
    }

    static YamlNode of(String source, String path, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw error(source, path, "expected a mapping, found " + describe(raw));
        }
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw error(source, path, "keys must be strings, found " + describe(key));
            }
        }
        return new YamlNode(source, path, map);
    }

    static RulePackException error(String source, String path, String message) {
        return new RulePackException(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    RulePackException error(String message) {
        return error(source, path, message);
    }

    RulePackException error(String key, String message) {
        return error(source, at(key), message);
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String source() {
        return source;
    }

    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        map.keySet().forEach(k -> keys.add((String) k));
        return keys;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    Object raw(String key) {
        if (!map.containsKey(key)) {
            throw error("missing '" + key + "'");
        }
        Object value = map.get(key);
        if (value == null) {
            throw error(key, "must not be empty");
        }
        return value;
    }

    /** Refuses any key not listed: a typo must not silently switch a rule off. */
    YamlNode only(String... allowed) {
        List<String> ok = Arrays.asList(allowed);
        for (String key : keys()) {
            if (!ok.contains(key)) {
                throw error(key, "unknown key '" + key + "' (allowed here: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    YamlNode node(String key) {
        return of(source, at(key), raw(key));
    }

    List<?> list(String key) {
        if (!(raw(key) instanceof List<?> list)) {
            throw error(key, "expected a list, found " + describe(raw(key)));
        }
        return list;
    }

    String string(String key) {
        if (!(raw(key) instanceof String s) || s.isBlank()) {
            throw error(key, "expected a non-empty text, found " + describe(raw(key)));
        }
        return s;
    }

    Optional<String> optionalString(String key) {
        return has(key) ? Optional.of(string(key)) : Optional.empty();
    }

    boolean bool(String key) {
        if (!(raw(key) instanceof Boolean b)) {
            throw error(key, "expected true or false, found " + describe(raw(key)));
        }
        return b;
    }

    int integer(String key) {
        if (!(raw(key) instanceof Integer i)) {
            throw error(key, "expected a whole number, found " + describe(raw(key)));
        }
        return i;
    }

    BigDecimal number(String key) {
        return number(raw(key)).orElseThrow(() -> error(key, "expected a number, found " + describe(raw(key))));
    }

    static Optional<BigDecimal> number(Object raw) {
        BigDecimal d;
        if (raw instanceof Integer || raw instanceof Long) {
            d = BigDecimal.valueOf(((Number) raw).longValue());
        } else if (raw instanceof BigInteger i) {
            d = new BigDecimal(i);
        } else if (raw instanceof Double x && Double.isFinite(x)) {
            d = new BigDecimal(x.toString());
        } else {
            return Optional.empty();
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String value = string(key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw error(key, "unknown value '" + value + "' (expected one of: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
    }

    /** Both languages, always: a worker must never see an empty message. */
    LocalizedText text(String key) {
        YamlNode text = node(key).only("ko", "en");
        return LocalizedText.of(text.string("ko"), text.string("en"));
    }

    Optional<LocalizedText> optionalText(String key) {
        return has(key) ? Optional.of(text(key)) : Optional.empty();
    }

    static String describe(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof Map) {
            return "a mapping";
        }
        if (raw instanceof List) {
            return "a list";
        }
        if (raw instanceof String s) {
            return "text '" + s + "'";
        }
        return raw.getClass().getSimpleName().toLowerCase() + " " + raw;
    }
}
