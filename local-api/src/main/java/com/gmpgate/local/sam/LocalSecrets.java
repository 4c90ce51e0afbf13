package com.gmpgate.local.sam;

import com.gmpgate.template.CfnTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What CloudFormation's dynamic references {@code {{resolve:secretsmanager:<id>}}} give locally: the secret's
 * {@code SecretString}, or for a {@code GenerateSecretString} a random string generated once and kept in the data
 * directory ({@code secrets/<LogicalId>}), so signed paging cursors stay valid across restarts as they do in AWS.
 * The secret id may be the secret's ARN, name or logical id. Other dynamic references ({@code ssm},
 * {@code ssm-secure}) are not resolved locally and fail the start, naming the reference.
 */
public final class LocalSecrets implements UnaryOperator<String> {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{resolve:([a-z-]+):([^}]*)}}");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();
    private final Path directory;
    private final SecureRandom random = new SecureRandom();

    public LocalSecrets(CfnTemplate template, Path dataDir) {
        this.directory = dataDir.resolve("secrets");
        template.resourcesOfType("AWS::SecretsManager::Secret").forEach((id, resource) ->
                secrets.put(id, CfnTemplate.properties(resource)));
    }

    /** Every {@code {{resolve:…}}} in {@code value} replaced. */
    @Override
    public String apply(String value) {
        if (value == null || !value.contains("{{resolve:")) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (!matcher.group(1).equals("secretsmanager")) {
                throw new SamTemplateException(matcher.group() + ": the local runtime resolves only "
                        + "{{resolve:secretsmanager:…}} references to secrets of the template");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(secret(matcher.group(2), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String secret(String reference, String whole) {
        // <id>[:SecretString[:json-key[:version-stage[:version-id]]]]; an ARN has colons of its own
        String id = reference;
        String jsonKey = null;
        int secretString = reference.indexOf(":SecretString");
        if (secretString >= 0) {
            id = reference.substring(0, secretString);
            String[] rest = reference.substring(secretString + ":SecretString".length()).split(":", -1);
            jsonKey = rest.length > 1 && !rest[1].isEmpty() ? rest[1] : null;
        }
        String logicalId = id.contains(":secret:") ? id.substring(id.lastIndexOf(":secret:") + 8) : id;
        Map<String, Object> properties = secrets.get(logicalId);
        if (properties == null) {
            throw new SamTemplateException(whole + ": no AWS::SecretsManager::Secret " + logicalId + " in the template");
        }
        if (jsonKey != null) {
            throw new SamTemplateException(whole + ": JSON keys of secrets are not resolved locally");
        }
        if (properties.get("SecretString") instanceof String text) {
            return text;
        }
        return generated(logicalId, properties.get("GenerateSecretString"));
    }

    private synchronized String generated(String logicalId, Object settings) {
        Path file = directory.resolve(logicalId);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            int length = 32;
            if (settings instanceof Map<?, ?> generate && generate.get("PasswordLength") != null) {
                length = Integer.parseInt(String.valueOf(generate.get("PasswordLength")));
            }
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < length; i++) {
                value.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
            Files.createDirectories(directory);
            Files.writeString(file, value, StandardCharsets.UTF_8);
            return value.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the local value of secret " + logicalId + " in " + file, e);
        }
    }
}
