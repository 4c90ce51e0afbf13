package com.gmpgate.local.seed;

import com.gmpgate.api.Env;
import com.gmpgate.local.lambda.LocalLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data a new data directory gets (DESIGN.md section 6): the {@link DemoAccounts} (site
 * {@code demo-site}, {@code admin}, {@code worker1}, {@code worker2}), created with AuthFunction's own environment.
 * A marker file records that the directory has been seeded, so a restart does not build a DynamoDB client only
 * to find the accounts there.
 */
public final class DemoData {

    private static final String MARKER = "demo-data-seeded";

    private DemoData() {
    }

    /**
     * @param authEnvironment the environment of the function that owns the user store (AuthFunction)
     * @return whether it seeded (false: this data directory had been seeded before)
     */
    public static boolean seedIfNew(Path dataDir, Map<String, String> authEnvironment, String adminPassword,
            LocalLog log) {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker)) {
            return false;
        }
        long start = System.nanoTime();
        Map<String, String> environment = new LinkedHashMap<>(authEnvironment);
        environment.put(DemoAccounts.ADMIN_PASSWORD_VARIABLE, adminPassword);
        List<String> accounts = DemoAccounts.seed(Env.of(environment));
        try {
            Files.writeString(marker, String.join("\n", accounts).replaceAll(" / \\S+", "") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
        log.info("demo data: site " + DemoAccounts.SITE + ": " + String.join("; ", accounts.stream()
                .map(a -> a.replaceAll(" / \\S+", "")).toList()) + " (" + (System.nanoTime() - start) / 1_000_000
                + " ms)");
        return true;
    }
}
