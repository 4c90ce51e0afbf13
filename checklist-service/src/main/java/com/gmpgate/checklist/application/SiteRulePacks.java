package com.gmpgate.checklist.application;

import com.gmpgate.domain.rules.RulePack;
import com.gmpgate.domain.rules.RulePackException;
import com.gmpgate.domain.rules.RulePacks;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule pack (and so which checklist) each site screens with. Most plants use the default pack; a site of
 * another kind (a US food plant, a pharma plant) is named in the configuration, e.g.
 * {@code plant-7=us-fda-food-code,plant-9=eu-gmp-pharma}. Every pack named must exist: a typo fails the start,
 * not a worker's screening.
 *
 * <p>A site may also change some of its pack's settings ({@code GMP_SITE_PACK_SETTINGS}, template parameter
 * {@code SitePackSettings}), e.g. {@code plant-7:modelClearsMinorWounds=true} — the one way a kr-food-haccp site lets
 * the model alone clear a minor covered wound, which otherwise goes to a supervisor — or
 * {@code plant-9:productContact=false}. The site then screens with that variant of the pack, whose content hash
 * (recorded in every verdict) differs from the shipped one. An unknown setting, or a value of the wrong type, fails
 * the start.
 */
public final class SiteRulePacks {

    private final RulePacks packs;
    private final RulePack defaultPack;
    private final Map<String, RulePack> bySite;

    public SiteRulePacks(RulePacks packs, String defaultPackId, Map<String, String> packIdBySite) {
        this(packs, defaultPackId, packIdBySite, Map.of());
    }

    /**
     * @param settingsBySite per site, the pack settings it changes (see {@link #parseSettings})
     * @throws RulePackException when a site changes a setting its pack does not have, or to another type
     */
    public SiteRulePacks(RulePacks packs, String defaultPackId, Map<String, String> packIdBySite,
                         Map<String, Map<String, Object>> settingsBySite) {
        this.packs = Objects.requireNonNull(packs, "packs");
        this.defaultPack = packs.get(defaultPackId);
        Map<String, RulePack> bySite = new LinkedHashMap<>();
        packIdBySite.forEach((site, packId) -> bySite.put(site, packs.get(packId)));
        settingsBySite.forEach((site, settings) ->
                bySite.put(site, bySite.getOrDefault(site, defaultPack).withSettings(settings)));
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

    /**
     * Reads {@code site:setting=value,site:setting=value} (values {@code true}, {@code false} or a number); blank
     * means none.
     *
     * @throws IllegalArgumentException if an entry does not have that shape, or names a site's setting twice
     */
    public static Map<String, Map<String, Object>> parseSettings(String text) {
        Map<String, Map<String, Object>> bySite = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return bySite;
        }
        for (String entry : text.split(",")) {
            String[] siteAndSetting = entry.strip().split(":", -1);
            String[] nameAndValue = siteAndSetting.length == 2 ? siteAndSetting[1].split("=", -1) : new String[0];
            if (nameAndValue.length != 2 || siteAndSetting[0].isBlank() || nameAndValue[0].isBlank()) {
                throw new IllegalArgumentException("expected site:setting=value, got '" + entry.strip() + "'");
            }
            String site = siteAndSetting[0].strip();
            String name = nameAndValue[0].strip();
            if (bySite.computeIfAbsent(site, s -> new LinkedHashMap<>()).put(name, value(nameAndValue[1].strip()))
                    != null) {
                throw new IllegalArgumentException("setting " + name + " of site " + site + " is given twice");
            }
        }
        return bySite;
    }

    private static Object value(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a setting is true, false or a number, not '" + text + "'");
        }
    }

    /** The pack the site screens with today (with the site's own settings, if it has any). */
    public RulePack forSite(String siteId) {
        return bySite.getOrDefault(siteId, defaultPack);
    }

    /** A pack by id: the one a stored verdict names. */
    public Optional<RulePack> byId(String packId) {
        return packs.find(packId);
    }
}
