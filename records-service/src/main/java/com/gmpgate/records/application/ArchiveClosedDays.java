package com.gmpgate.records.application;

import com.gmpgate.domain.site.SiteOverview;
import com.gmpgate.port.SiteStore;
import com.gmpgate.records.pdf.DailySheetPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly job: every site's sheet of the day that just closed (yesterday, site time), rendered as PDF into the
 * archive. Run again for the same day it writes the same sheet again (with the reviews made since), so a retried
 * schedule is harmless. One site failing does not stop the others; the job fails at the end so the schedule retries.
 */
public final class ArchiveClosedDays {

    private final SiteStore sites;
    private final DailySheets sheets;
    private final DailySheetPdf pdf;
    private final SheetArchive archive;
    private final ZoneId zone;
    private final Clock clock;

    public ArchiveClosedDays(SiteStore sites, DailySheets sheets, DailySheetPdf pdf, SheetArchive archive, ZoneId zone,
                             Clock clock) {
        this.sites = sites;
        this.sheets = sheets;
        this.pdf = pdf;
        this.archive = archive;
        this.zone = zone;
        this.clock = clock;
    }

    /** @return the sites archived; throws after trying them all if any failed */
    public List<String> archiveYesterday() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (SiteOverview site : sites.overview()) {
            try {
                archive.store(site.siteId(), yesterday, pdf.render(sheets.sheet(site.siteId(), yesterday)));
                done.add(site.siteId());
            } catch (RuntimeException e) {
                failed.add(site.siteId() + ": " + e.getClass().getSimpleName());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("daily sheets of " + yesterday + " not archived for " + failed);
        }
        return done;
    }

    /** The archive's object key of a site's day. */
    public static String key(String siteId, LocalDate date) {
        return "daily-sheets/" + siteId + "/" + date + ".pdf";
    }
}
