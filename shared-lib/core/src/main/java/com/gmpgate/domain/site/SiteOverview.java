package com.gmpgate.domain.site;

import java.util.Objects;
import java.util.Optional;

/**
 * One site as the operator lists it: its record, if it has one (a site the local demo seeding or an older tool
 * made by assigning users to it has none), and how many users it has.
 */
public record SiteOverview(String siteId, Optional<Site> site, int admins, int workers) {
    public SiteOverview {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(site, "site");
    }
}
