package com.gmpgate.records.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One site's 위생상태점검표 for one day, as cells: the print page, the CSV and the PDF all show exactly these, so
 * what an auditor prints, downloads or is sent from the archive is the same sheet.
 *
 * @param header         the column titles (Korean)
 * @param rows           one row per screening, in the order they were made; each row as many cells as the header
 * @param answersExpired how many rows no longer have their raw answers (kept for the answer retention only): their
 *                       item cells show {@link DailySheets#EXPIRED}, the verdict and signature cells stay
 * @param notes          the legend and what the sheet cannot show, printed under the table
 */
public record DailySheet(String siteId, LocalDate date, Instant generatedAt, String title, List<String> header,
                         List<List<String>> rows, int answersExpired, List<String> notes) {

    public DailySheet {
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + header.size()
                        + " columns");
            }
        }
    }
}
