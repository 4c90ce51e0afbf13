package com.gmpgate.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How local-api runs: DESIGN.md section 6's defaults, overridden by environment variables and command-line flags
 * (a flag beats a variable).
 *
 * @param template the SAM template ({@code template.yaml} at the repository root)
 * @param port 0 for any free port (tests)
 * @param bindAddress {@code 127.0.0.1} unless {@code GMP_BIND_ADDRESS} says otherwise: the demo accounts have
 *        published passwords, so the LAN does not see them by default
 * @param dataDir dynalite's and S3Proxy's files, the local signing keys
 * @param reset empty the data directory before starting
 * @param parameterOverrides template parameters, as {@code sam local --parameter-overrides}
 * @param integrationTimeout API Gateway's 29 s (shorter in tests)
 * @param staticApps mount ({@code /}, {@code /admin/}) → the app's build output
 */
public record LocalApiOptions(Path repositoryRoot, Path template, int port, String bindAddress, Path dataDir,
        String apiKey, String adminPassword, boolean reset, Map<String, String> parameterOverrides,
        Duration integrationTimeout, Map<String, Path> staticApps) {

    public static final int DEFAULT_PORT = 3000;
    public static final String DEFAULT_DATA_DIR = ".local-data";
    public static final String DEFAULT_API_KEY = "local-dev-key";
    public static final String DEFAULT_ADMIN_PASSWORD = com.gmpgate.local.seed.DemoAccounts.DEFAULT_ADMIN_PASSWORD;
    /**
     * Locally no photo goes to Bedrock: every wound photo waits for a supervisor (DESIGN.md section 4). Static passes
     * are off as in AWS (the PWA shows the phone's rotating code); {@code --parameter StaticPassSites=demo-site}
     * turns them on, as for a shared kiosk.
     */
    public static final Map<String, String> LOCAL_PARAMETERS = Map.of("AiProvider", "manual");

    public LocalApiOptions {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(adminPassword, "adminPassword");
        parameterOverrides = Map.copyOf(parameterOverrides);
        Objects.requireNonNull(integrationTimeout, "integrationTimeout");
        staticApps = Map.copyOf(staticApps);
    }

    /** The defaults for a repository checkout: its template, its built apps, its {@code .local-data}. */
    public static LocalApiOptions defaults(Path repositoryRoot) {
        Path root = repositoryRoot.toAbsolutePath().normalize();
        Map<String, Path> apps = new LinkedHashMap<>();
        apps.put("/", root.resolve("web-worker-pwa/dist"));
        apps.put("/admin/", root.resolve("web-admin-spa/dist"));
        return new LocalApiOptions(root, root.resolve("template.yaml"), DEFAULT_PORT, "127.0.0.1",
                root.resolve(DEFAULT_DATA_DIR), DEFAULT_API_KEY, DEFAULT_ADMIN_PASSWORD, false, Map.of(),
                Duration.ofSeconds(29), apps);
    }

    /** The defaults, then {@code GMP_*} variables, then flags. */
    public static LocalApiOptions from(Path repositoryRoot, Map<String, String> environment, List<String> args) {
        LocalApiOptions options = defaults(repositoryRoot);
        Path root = options.repositoryRoot();
        int port = parsePort(environment.getOrDefault("GMP_PORT", Integer.toString(DEFAULT_PORT)), "GMP_PORT");
        String bind = environment.getOrDefault("GMP_BIND_ADDRESS", options.bindAddress());
        Path dataDir = root.resolve(environment.getOrDefault("GMP_DATA_DIR", DEFAULT_DATA_DIR));
        String apiKey = nonBlank(environment.getOrDefault("GMP_API_KEY", DEFAULT_API_KEY), "GMP_API_KEY");
        String adminPassword = nonBlank(environment.getOrDefault("GMP_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD),
                "GMP_ADMIN_PASSWORD");
        Path template = options.template();
        boolean reset = false;
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--reset" -> reset = true;
                case "--port" -> port = parsePort(value(args, ++i, arg), arg);
                case "--data-dir" -> dataDir = root.resolve(value(args, ++i, arg));
                case "--template" -> template = root.resolve(value(args, ++i, arg));
                case "--parameter" -> {
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalArgumentException("--parameter takes Name=Value, found " + pair);
                    }
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + usage());
            }
        }
        if (!Files.isRegularFile(template)) {
            throw new IllegalArgumentException("no template at " + template);
        }
        return new LocalApiOptions(root, template, port, bind, dataDir.toAbsolutePath().normalize(), apiKey,
                adminPassword, reset, parameters, options.integrationTimeout(), options.staticApps());
    }

    public static String usage() {
        return """
                usage: java -jar local-api.jar [--reset] [--port N] [--data-dir DIR] [--template FILE]
                                               [--parameter Name=Value]...
                  --reset       start with an empty data directory (and the demo data again)
                  --engines-only  dynalite, S3Proxy and moto_server where local-api/sam-local-env.json points
                                `sam local start-api`; no HTTP API
                  environment:  GMP_PORT (3000), GMP_DATA_DIR (.local-data), GMP_API_KEY (local-dev-key),
                                GMP_ADMIN_PASSWORD (admin1234!), GMP_BIND_ADDRESS (127.0.0.1)""";
    }

    public LocalApiOptions withPort(int newPort) {
        return new LocalApiOptions(repositoryRoot, template, newPort, bindAddress, dataDir, apiKey, adminPassword,
                reset, parameterOverrides, integrationTimeout, staticApps);
    }

    public LocalApiOptions withTemplate(Path newTemplate) {
        return new LocalApiOptions(repositoryRoot, newTemplate, port, bindAddress, dataDir, apiKey, adminPassword,
                reset, parameterOverrides, integrationTimeout, staticApps);
    }

    public LocalApiOptions withDataDir(Path newDataDir) {
        return new LocalApiOptions(repositoryRoot, template, port, bindAddress, newDataDir, apiKey, adminPassword,
                reset, parameterOverrides, integrationTimeout, staticApps);
    }

    public LocalApiOptions withIntegrationTimeout(Duration timeout) {
        return new LocalApiOptions(repositoryRoot, template, port, bindAddress, dataDir, apiKey, adminPassword,
                reset, parameterOverrides, timeout, staticApps);
    }

    public LocalApiOptions withStaticApps(Map<String, Path> apps) {
        return new LocalApiOptions(repositoryRoot, template, port, bindAddress, dataDir, apiKey, adminPassword,
                reset, parameterOverrides, integrationTimeout, apps);
    }

    public LocalApiOptions withParameter(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameterOverrides);
        more.put(name, value);
        return new LocalApiOptions(repositoryRoot, template, port, bindAddress, dataDir, apiKey, adminPassword,
                reset, more, integrationTimeout, staticApps);
    }

    private static String value(List<String> args, int index, String flag) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args.get(index);
    }

    private static int parsePort(String value, String what) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a port number (0-65535), found '" + value + "'");
        }
    }

    private static String nonBlank(String value, String what) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
