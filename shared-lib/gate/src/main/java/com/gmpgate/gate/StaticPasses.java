package com.gmpgate.gate;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sites whose gates still take a static pass (the pass token shown as it is): shared kiosks, workers without a
 * phone. Off by default — a static pass is a bearer token a screenshot can lend. Template parameter
 * {@code StaticPassSites}, a comma-separated list of site ids.
 */
public record StaticPasses(Set<String> sites, boolean everywhere) {

    /** The environment variable qr-service and access-log-service read it from. */
    public static final String VARIABLE = "GMP_STATIC_PASS_SITES";

    public static final StaticPasses NONE = new StaticPasses(Set.of(), false);
    /** Every site takes static passes, as before rotating codes existed (tests of the static pass itself). */
    public static final StaticPasses EVERYWHERE = new StaticPasses(Set.of(), true);

    public StaticPasses {
        sites = Set.copyOf(sites);
    }

    /** {@code "plant-7, plant-9"}; blank means none, {@code "*"} every site. */
    public static StaticPasses parse(String list) {
        if (list.strip().equals("*")) {
            return EVERYWHERE;
        }
        return new StaticPasses(Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet()), false);
    }

    public boolean allowedAt(String siteId) {
        return everywhere || sites.contains(siteId);
    }
}
