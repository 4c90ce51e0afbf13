package com.gmpgate.qr.deploy;

import com.gmpgate.testing.ShadedJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar template.yaml deploys for QrFunction (runs after `package`): the budget of issue 15, one HTTP client, and
 * every class a library loads by name inside.
 */
class ShadedJarIT {

    /**
     * What qr-service.jar may weigh today. Issue 15's target is {@link ShadedJar#FUNCTION_BUDGET}, not reached: what is
     * left is mostly the DynamoDB, EventBridge and Secrets Manager models (2.3 + 1.4 + 0.6 MB compressed), Jackson
     * databind and the region metadata.
     */
    static final long QR_JAR_TODAY = ShadedJar.mib(13.3);

    @Test
    void qrService_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "qr-service.jar")).assertWithin(QR_JAR_TODAY).assertComplete();
    }
}
