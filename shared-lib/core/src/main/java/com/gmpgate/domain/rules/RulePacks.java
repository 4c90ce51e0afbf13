package com.gmpgate.domain.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule packs a service can evaluate with, by id; {@value #DEFAULT_ID} unless a site says otherwise. */
public final class RulePacks {
    public static final String DEFAULT_ID = "kr-food-haccp";
    /** The packs shipped as {@code /rulepacks/<id>.yaml}, listed because a jar's folders cannot be listed. */
    public static final List<String> SHIPPED_IDS = List.of(DEFAULT_ID, "us-fda-food-code", "eu-gmp-pharma");

    private final Map<String, RulePack> byId = new LinkedHashMap<>();

    public RulePacks(Collection<RulePack> packs) {
        for (RulePack pack : packs) {
            if (byId.putIfAbsent(pack.id(), pack) != null) {
                throw new RulePackException("two rule packs with id " + pack.id());
            }
        }
    }

    /** The shipped packs, parsed once per JVM (a Lambda execution environment). */
    public static RulePacks shipped() {
        return Shipped.INSTANCE;
    }

    public static RulePack loadShipped(String id) {
        RulePack pack = RulePackLoader.fromResource("/rulepacks/" + id + ".yaml");
        if (!pack.id().equals(id)) {
            throw new RulePackException("/rulepacks/" + id + ".yaml declares id " + pack.id());
        }
        return pack;
    }

    public Optional<RulePack> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** @throws RulePackException when there is no pack of that id */
    public RulePack get(String id) {
        return find(id).orElseThrow(() -> new RulePackException("no rule pack '" + id + "' (known: " + byId.keySet() + ")"));
    }

    public RulePack defaultPack() {
        return get(DEFAULT_ID);
    }

    /** The pack a stored verdict names by its content hash, for replay at an audit. */
    public Optional<RulePack> findByHash(String contentHash) {
        return byId.values().stream().filter(p -> p.contentHash().equals(contentHash)).findFirst();
    }

    public Collection<RulePack> all() {
        return byId.values();
    }

    private static final class Shipped {
        static final RulePacks INSTANCE = new RulePacks(SHIPPED_IDS.stream().map(RulePacks::loadShipped).toList());
    }
}
