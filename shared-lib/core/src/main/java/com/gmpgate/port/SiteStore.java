package com.gmpgate.port;

import com.gmpgate.domain.site.Site;
import com.gmpgate.domain.site.SiteOverview;
import java.util.List;
import java.util.Optional;

/** The site registry. Only operator tooling writes it; nothing on a request path reads it. */
public interface SiteStore {

    /** Creates the site record, once: a second create of the same id is refused. */
    void create(Site site) throws SiteExistsException;

    Optional<Site> find(String siteId);

    /** Removes exactly this record (same creation instant), to undo a create whose next step failed. */
    void remove(Site site);

    /** Every site with a record or with users, by id. */
    List<SiteOverview> overview();
}
