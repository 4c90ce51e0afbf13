package com.gmpgate.records.deploy;

import com.gmpgate.testing.ShadedJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar template.yaml deploys for RecordsFunction and DailySheetArchiveFunction (runs after `package`): the
 * budget of issue 15, one HTTP client, and every class a library loads by name inside.
 */
class ShadedJarIT {

    /**
     * What records-service.jar may weigh today. Issue 15's target is {@link ShadedJar#FUNCTION_BUDGET}, not reached:
     * what is left is mostly the S3 and DynamoDB models (3.7 + 2.3 MB compressed), PDFBox and FontBox (3.1, the Korean
     * font 0.3) and Jackson databind.
     */
    static final long RECORDS_JAR_TODAY = ShadedJar.mib(17.0);

    @Test
    void recordsService_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "records-service.jar")).assertWithin(RECORDS_JAR_TODAY).assertComplete();
    }
}
