package com.gmpgate.port;

import com.gmpgate.domain.notify.GastroFail;
import java.time.Instant;
import java.util.List;

/** The recent gastro-intestinal FAILs of each site, and the one outbreak alert per quiet period. */
public interface OutbreakLedger {

    /** Records it; recording the same submission again changes nothing. */
    void record(GastroFail fail);

    /** The site's FAILs with {@code from <= occurredAt <= to}, oldest first (strongly consistent). */
    List<GastroFail> between(String siteId, Instant from, Instant to);

    /**
     * Claims the site's outbreak alert at {@code at}: succeeds for one caller only, and not again while an earlier
     * alert is later than {@code quietSince}.
     */
    boolean claimAlert(String siteId, Instant at, Instant quietSince);

    /** Undoes the claim made at {@code at} (its alert could not be sent), so a retry can claim it again. */
    void releaseAlert(String siteId, Instant at);
}
