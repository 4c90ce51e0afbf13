package com.gmpgate.records.archive;

import com.gmpgate.records.application.ArchiveClosedDays;
import com.gmpgate.records.application.SheetArchive;
import java.time.LocalDate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The archive in the backups bucket, under {@code daily-sheets/<site>/<date>.pdf} (SSE by the bucket's default). */
public final class S3SheetArchive implements SheetArchive {

    private final S3Client s3;
    private final String bucket;

    public S3SheetArchive(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void store(String siteId, LocalDate date, byte[] pdf) {
        s3.putObject(b -> b.bucket(bucket).key(ArchiveClosedDays.key(siteId, date)).contentType("application/pdf"),
                RequestBody.fromBytes(pdf));
    }
}
