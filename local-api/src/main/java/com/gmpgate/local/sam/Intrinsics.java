package com.gmpgate.local.sam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates CloudFormation intrinsics in a template tree (as {@link com.gmpgate.template.CfnYamlReader} reads
 * it) the way the deployed stack would resolve them, with local answers for what only AWS knows: a table's
 * physical name, a function's ARN, the account id. Supported: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub},
 * {@code Fn::If}, {@code Fn::Equals}, {@code Fn::Not}, {@code Fn::And}, {@code Fn::Or}, {@code Condition},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::FindInMap} and {@code AWS::NoValue}.
 * Anything else fails loudly with where it was found, rather than passing a mapping where a string belongs.
 */
public final class Intrinsics {

    /** What only the stack knows about its resources; local-api answers with the local engines' names. */
    public interface Resources {
        /** {@code !Ref LogicalId} of a resource. */
        String ref(String logicalId);

        /** {@code !GetAtt LogicalId.Attribute}. */
        String getAtt(String logicalId, String attribute);
    }

    /** Pseudo parameters as the local runtime answers them (S3Proxy accepts no other region). */
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";

    private static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final Map<String, Object> parameters;
    private final Map<String, Object> conditions;
    private final Map<String, Object> mappings;
    private final Resources resources;
    private final String stackName;
    private final Map<String, Boolean> evaluatedConditions = new LinkedHashMap<>();

    /**
     * @param parameters the value of each parameter (its default or an override)
     * @param conditions the template's {@code Conditions} section, unevaluated
     * @param mappings the template's {@code Mappings} section
     */
    public Intrinsics(Map<String, Object> parameters, Map<String, Object> conditions, Map<String, Object> mappings,
            Resources resources, String stackName) {
        this.parameters = Map.copyOf(parameters);
        this.conditions = conditions;
        this.mappings = mappings;
        this.resources = resources;
        this.stackName = stackName;
    }

    /** The value with every intrinsic evaluated; {@code AWS::NoValue} entries dropped. */
    public Object evaluate(Object value, String where) {
        Object result = eval(value, where);
        return result == NO_VALUE ? null : result;
    }

    /** A scalar as CloudFormation passes it to a property of type String (numbers and booleans become text). */
    public String evaluateString(Object value, String where) {
        Object result = evaluate(value, where);
        if (result instanceof Map<?, ?> || result instanceof List<?>) {
            throw new SamTemplateException(where + ": expected a string, found " + result);
        }
        return result == null ? null : scalar(result);
    }

    public boolean condition(String name) {
        Boolean known = evaluatedConditions.get(name);
        if (known != null) {
            return known;
        }
        Object body = conditions.get(name);
        if (body == null) {
            throw new SamTemplateException("Conditions." + name + " is not declared");
        }
        boolean value = bool(eval(body, "Conditions." + name), "Conditions." + name);
        evaluatedConditions.put(name, value);
        return value;
    }

    private Object eval(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                Map.Entry<?, ?> only = map.entrySet().iterator().next();
                String key = String.valueOf(only.getKey());
                if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                    return function(key, only.getValue(), where);
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                Object evaluated = eval(v, where + "." + k);
                if (evaluated != NO_VALUE) {
                    result.put(String.valueOf(k), evaluated);
                }
            });
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object evaluated = eval(list.get(i), where + "[" + i + "]");
                if (evaluated != NO_VALUE) {
                    result.add(evaluated);
                }
            }
            return result;
        }
        return value;
    }

    private Object function(String name, Object argument, String where) {
        String here = where + " (" + name + ")";
        switch (name) {
            case "Ref":
                return ref(scalar(eval(argument, here)), here);
            case "Condition":
                return condition(scalar(argument));
            case "Fn::GetAtt": {
                List<?> parts = list(eval(argument, here), 2, here);
                return resources.getAtt(scalar(parts.get(0)), scalar(parts.get(1)));
            }
            case "Fn::Sub":
                return sub(argument, here);
            case "Fn::If": {
                List<?> parts = list(argument, 3, here);
                return condition(scalar(parts.get(0))) ? eval(parts.get(1), here) : eval(parts.get(2), here);
            }
            case "Fn::Equals": {
                List<?> parts = list(argument, 2, here);
                return scalar(eval(parts.get(0), here)).equals(scalar(eval(parts.get(1), here)));
            }
            case "Fn::Not":
                return !bool(eval(list(argument, 1, here).get(0), here), here);
            case "Fn::And":
                return list(argument, -1, here).stream().allMatch(c -> bool(eval(c, here), here));
            case "Fn::Or":
                return list(argument, -1, here).stream().anyMatch(c -> bool(eval(c, here), here));
            case "Fn::Join": {
                List<?> parts = list(argument, 2, here);
                List<?> items = list(eval(parts.get(1), here), -1, here);
                return String.join(scalar(parts.get(0)), items.stream().map(Intrinsics::scalar).toList());
            }
            case "Fn::Select": {
                List<?> parts = list(argument, 2, here);
                int index = Integer.parseInt(scalar(eval(parts.get(0), here)));
                List<?> items = list(eval(parts.get(1), here), -1, here);
                if (index < 0 || index >= items.size()) {
                    throw new SamTemplateException(here + ": index " + index + " out of " + items);
                }
                return items.get(index);
            }
            case "Fn::Split": {
                List<?> parts = list(argument, 2, here);
                String delimiter = scalar(parts.get(0));
                return List.of(scalar(eval(parts.get(1), here)).split(Pattern.quote(delimiter), -1));
            }
            case "Fn::FindInMap": {
                List<?> parts = list(argument, 3, here);
                Object found = mappings.get(scalar(eval(parts.get(0), here)));
                for (int i = 1; i < 3 && found instanceof Map<?, ?> level; i++) {
                    found = level.get(scalar(eval(parts.get(i), here)));
                }
                if (found == null) {
                    throw new SamTemplateException(here + ": no such mapping entry " + parts);
                }
                return found;
            }
            default:
                throw new SamTemplateException(here + ": the local runtime does not evaluate " + name);
        }
    }

    private Object ref(String name, String where) {
        switch (name) {
            case "AWS::Region":
                return REGION;
            case "AWS::AccountId":
                return ACCOUNT_ID;
            case "AWS::StackName":
                return stackName;
            case "AWS::StackId":
                return "arn:aws:cloudformation:" + REGION + ":" + ACCOUNT_ID + ":stack/" + stackName + "/local";
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::NoValue":
                return NO_VALUE;
            case "AWS::NotificationARNs":
                return List.of();
            default:
                break;
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        if (name.startsWith("AWS::")) {
            throw new SamTemplateException(where + ": unknown pseudo parameter " + name);
        }
        return resources.ref(name);
    }

    private String sub(Object argument, String where) {
        String text;
        Map<String, Object> variables = new LinkedHashMap<>();
        if (argument instanceof List<?> parts) {
            list(parts, 2, where);
            text = scalar(parts.get(0));
            if (!(parts.get(1) instanceof Map<?, ?> vars)) {
                throw new SamTemplateException(where + ": the second item must map variable names to values");
            }
            vars.forEach((k, v) -> variables.put(String.valueOf(k), eval(v, where + "." + k)));
        } else {
            text = scalar(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            String variable = matcher.group(2).strip();
            if (!matcher.group(1).isEmpty()) {
                replacement = "${" + matcher.group(2) + "}"; // ${!Literal} is the literal ${Literal}
            } else if (variables.containsKey(variable)) {
                replacement = scalar(variables.get(variable));
            } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
                int dot = variable.indexOf('.');
                replacement = resources.getAtt(variable.substring(0, dot), variable.substring(dot + 1));
            } else {
                replacement = scalar(ref(variable, where));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<?> list(Object value, int size, String where) {
        if (!(value instanceof List<?> list) || (size >= 0 && list.size() != size)) {
            throw new SamTemplateException(where + ": expected a list" + (size >= 0 ? " of " + size : "")
                    + ", found " + value);
        }
        return list;
    }

    private static boolean bool(Object value, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean((String) value);
        }
        throw new SamTemplateException(where + ": expected a condition (true/false), found " + value);
    }

    /** How CloudFormation turns a scalar into text: 12 → "12", true → "true". */
    static String scalar(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new SamTemplateException("expected a scalar, found " + value);
    }
}
