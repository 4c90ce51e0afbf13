package com.gmpgate.checklist.application;

import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePacks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule pack (and so which checklist) each site screens with. Most plants use the default pack; a site of
 * another kind (a US food plant, a pharma plant) is named in the configuration, e.g.
 * {@code plant-7=us-fda-food-code,plant-9=eu-gmp-pharma}. Every pack named must exist: a typo fails the start,
 * not a worker's screening.
 */
public final class SiteRulePacks {

    private final RulePacks packs;
    private final RulePack defaultPack;
    private final Map<String, RulePack> bySite;

    public SiteRulePacks(RulePacks packs, String defaultPackId, Map<String, String> packIdBySite) {
        this.packs = Objects.requireNonNull(packs, "packs");
        this.defaultPack = packs.get(defaultPackId);
        Map<String, RulePack> bySite = new LinkedHashMap<>();
        packIdBySite.forEach((site, packId) -> bySite.put(site, packs.get(packId)));
        this.bySite = Map.copyOf(bySite);
    }

    /** The shipped packs, the default pack for every site. */
    public static SiteRulePacks shippedDefaults() {
        return new SiteRulePacks(RulePacks.shipped(), RulePacks.DEFAULT_ID, Map.of());
    }

    /**
     * Reads {@code site=pack,site=pack}; blank means none.
     *
     * @throws IllegalArgumentException if an entry is not {@code site=pack}
     */
    public static Map<String, String> parseAssignments(String text) {
        Map<String, String> assignments = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return assignments;
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("expected site=pack, got '" + entry.strip() + "'");
            }
            if (assignments.put(parts[0].strip(), parts[1].strip()) != null) {
                throw new IllegalArgumentException("site " + parts[0].strip() + " is assigned twice");
            }
        }
        return assignments;
    }

    /** The pack the site screens with today. */
    public RulePack forSite(String siteId) {
        return bySite.getOrDefault(siteId, defaultPack);
    }

    /** A pack by id: the one a stored verdict names. */
    public Optional<RulePack> byId(String packId) {
        return packs.find(packId);
    }
}
