package com.gmpgate.local;

import com.gmpgate.local.seed.DemoAccounts;
import java.io.PrintStream;

/** What a person starting local-api needs to know: where to go, which key to send, how to log in. */
final class Banner {

    private Banner() {
    }

    static void print(LocalApi api, PrintStream out) {
        String base = api.baseUri().toString();
        LocalApiOptions options = api.options();
        out.println();
        out.println("  GMP Hygiene Gate is running locally");
        out.println("    worker app   " + base);
        out.println("    admin app    " + base + "admin/");
        out.println("    API          " + base + "v1/   (header x-api-key: " + options.apiKey() + ")");
        out.println("    data         " + options.dataDir());
        out.println("  demo logins (site " + DemoAccounts.SITE + ")");
        out.println("    admin    / " + options.adminPassword() + "   ADMIN");
        out.println("    worker1  / " + DemoAccounts.WORKER_PASSWORD + "   WORKER");
        out.println("    worker2  / " + DemoAccounts.WORKER_PASSWORD + "   WORKER");
        out.println("  Ctrl-C stops everything.");
        out.println();
        out.flush();
    }
}
