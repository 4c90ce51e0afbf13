package com.gmpgate.local.template;

import com.gmpgate.template.CfnTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference checks that {@code sam validate --lint} (cfn-lint) would make, for a machine that has
 * neither: every Ref, GetAtt and Sub variable names something that exists, every condition used is
 * declared, and no unknown {@code Fn::} appears. Returns the problems found, each naming where.
 */
final class TemplateLint {

    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName",
            "AWS::URLSuffix");

    static final Set<String> FUNCTIONS = Set.of("Fn::Base64", "Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt",
            "Fn::GetAZs", "Fn::If", "Fn::ImportValue", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Sub",
            "Fn::Transform", "Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or", "Fn::Length", "Fn::ToJsonString");

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private final CfnTemplate template;
    private final Set<String> resources = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    private TemplateLint(CfnTemplate template) {
        this.template = template;
        resources.addAll(template.resources().keySet());
        resources.addAll(samGeneratedResources(template));
    }

    static List<String> problems(CfnTemplate template) {
        TemplateLint lint = new TemplateLint(template);
        lint.run();
        return List.copyOf(lint.problems);
    }

    /**
     * Logical ids the SAM transform creates and a template may reference
     * (developer guide: "Generated AWS CloudFormation resources").
     */
    static Set<String> samGeneratedResources(CfnTemplate template) {
        Set<String> ids = new HashSet<>();
        boolean implicitApi = false;
        boolean globalAlias = template.globals().get("Function") instanceof Map<?, ?> globals
                && globals.containsKey("AutoPublishAlias");
        for (var entry : template.resourcesOfType("AWS::Serverless::Function").entrySet()) {
            String id = entry.getKey();
            Map<String, Object> properties = CfnTemplate.properties(entry.getValue());
            if (!properties.containsKey("Role")) {
                ids.add(id + "Role");
            }
            if (globalAlias || properties.containsKey("AutoPublishAlias")) {
                ids.add(id + ".Alias");
                ids.add(id + ".Version");
            }
            Object events = properties.get("Events");
            if (events instanceof Map<?, ?> eventMap) {
                for (Object event : eventMap.values()) {
                    if (event instanceof Map<?, ?> e && "Api".equals(e.get("Type"))
                            && !(e.get("Properties") instanceof Map<?, ?> p && p.containsKey("RestApiId"))) {
                        implicitApi = true;
                    }
                }
            }
        }
        if (implicitApi) {
            ids.add("ServerlessRestApi");
            ids.add("ServerlessRestApi.Stage");
            ids.add("ServerlessRestApi.Deployment");
        }
        for (var entry : template.resourcesOfType("AWS::Serverless::Api").entrySet()) {
            String id = entry.getKey();
            ids.add(id + ".Stage");
            ids.add(id + ".Deployment");
            Object auth = CfnTemplate.properties(entry.getValue()).get("Auth");
            if (auth instanceof Map<?, ?> a && a.get("UsagePlan") instanceof Map<?, ?> plan) {
                Object create = plan.get("CreateUsagePlan");
                if ("PER_API".equals(create)) {
                    ids.addAll(List.of(id + "UsagePlan", id + "ApiKey", id + "UsagePlanKey"));
                } else if ("SHARED".equals(create)) {
                    ids.addAll(List.of("ServerlessUsagePlan", "ServerlessApiKey", "ServerlessUsagePlanKey"));
                }
            }
        }
        return ids;
    }

    private void run() {
        template.conditions().forEach((name, body) -> walk(body, "Conditions." + name));
        template.globals().forEach((name, body) -> walk(body, "Globals." + name));
        template.resources().forEach((id, body) -> {
            String where = "Resources." + id;
            if (body instanceof Map<?, ?> resource) {
                checkConditionKey(resource.get("Condition"), where);
                checkDependsOn(resource.get("DependsOn"), where);
                if (!(resource.get("Type") instanceof String)) {
                    problems.add(where + ": no Type");
                }
            }
            walk(body, where);
        });
        template.outputs().forEach((name, body) -> {
            if (body instanceof Map<?, ?> output) {
                checkConditionKey(output.get("Condition"), "Outputs." + name);
            }
            walk(body, "Outputs." + name);
        });
    }

    private void walk(Object node, String where) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "[" + i + "]");
            }
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        if (map.size() == 1) {
            String key = String.valueOf(map.keySet().iterator().next());
            Object argument = map.values().iterator().next();
            if (key.equals("Ref")) {
                checkRef(argument, where);
                return;
            }
            if (key.equals("Fn::GetAtt")) {
                checkGetAtt(argument, where);
                return;
            }
            if (key.equals("Fn::Sub")) {
                checkSub(argument, where);
                return;
            }
            if (key.equals("Fn::If")) {
                if (argument instanceof List<?> args && args.size() == 3) {
                    checkConditionName(args.get(0), where + ".Fn::If");
                    walk(args.get(1), where + ".Fn::If[1]");
                    walk(args.get(2), where + ".Fn::If[2]");
                } else {
                    problems.add(where + ": Fn::If takes [condition, then, else]");
                }
                return;
            }
            if (key.equals("Condition") && where.startsWith("Conditions.") && argument instanceof String name) {
                checkConditionName(name, where);
                return;
            }
            if (key.startsWith("Fn::") && !FUNCTIONS.contains(key)) {
                problems.add(where + ": unknown intrinsic function " + key);
            }
        }
        map.forEach((key, child) -> walk(child, where + "." + key));
    }

    private void checkRef(Object target, String where) {
        if (!(target instanceof String name)) {
            problems.add(where + ": Ref takes a logical id, found " + target);
            return;
        }
        if (!template.parameters().containsKey(name) && !resources.contains(name)
                && !PSEUDO_PARAMETERS.contains(name)) {
            problems.add(where + ": Ref to unknown '" + name + "'");
        }
    }

    private void checkGetAtt(Object argument, String where) {
        if (!(argument instanceof List<?> parts) || parts.size() != 2) {
            problems.add(where + ": Fn::GetAtt takes [LogicalId, Attribute], found " + argument);
            return;
        }
        Object resource = parts.get(0);
        if (!(resource instanceof String id) || !resources.contains(id)) {
            problems.add(where + ": GetAtt of unknown resource '" + resource + "'");
        }
        if (!(parts.get(1) instanceof String)) {
            walk(parts.get(1), where + ".Fn::GetAtt[1]");
        }
    }

    private void checkSub(Object argument, String where) {
        String text;
        Set<String> variables = new HashSet<>();
        if (argument instanceof String s) {
            text = s;
        } else if (argument instanceof List<?> args && args.size() == 2 && args.get(0) instanceof String s
                && args.get(1) instanceof Map<?, ?> vars) {
            text = s;
            vars.forEach((name, value) -> {
                variables.add(String.valueOf(name));
                walk(value, where + ".Fn::Sub." + name);
            });
        } else {
            problems.add(where + ": Fn::Sub takes a string or [string, {variables}]");
            return;
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (variables.contains(name) || template.parameters().containsKey(name)
                    || PSEUDO_PARAMETERS.contains(name) || resources.contains(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            if (dot > 0 && resources.contains(name.substring(0, dot))) {
                continue; // ${Resource.Attribute}
            }
            problems.add(where + ": Fn::Sub variable '${" + name + "}' names nothing");
        }
    }

    private void checkConditionKey(Object condition, String where) {
        if (condition != null) {
            checkConditionName(condition, where + ".Condition");
        }
    }

    private void checkConditionName(Object name, String where) {
        if (!(name instanceof String s) || !template.conditions().containsKey(s)) {
            problems.add(where + ": undeclared condition '" + name + "'");
        }
    }

    private void checkDependsOn(Object dependsOn, String where) {
        if (dependsOn == null) {
            return;
        }
        List<?> names = dependsOn instanceof List<?> l ? l : List.of(dependsOn);
        for (Object name : names) {
            if (!(name instanceof String s) || !resources.contains(s)) {
                problems.add(where + ".DependsOn: unknown resource '" + name + "'");
            }
        }
    }
}
