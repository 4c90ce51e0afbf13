package com.gmpgate.records.application;

import java.time.LocalDate;

/** Where each closed day's sheet is kept as a PDF (the backups bucket in AWS). */
public interface SheetArchive {

    /** Stores (or replaces: the same day rendered again) the site's sheet of {@code date}. */
    void store(String siteId, LocalDate date, byte[] pdf);
}
