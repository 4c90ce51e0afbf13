package com.gmpgate.checklist.deploy;

import com.gmpgate.testing.ShadedJar;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The jar template.yaml deploys for ChecklistFunction (runs after `package`): the budget of issue 15, one HTTP
 * client, and every class a library loads by name inside.
 */
class ShadedJarIT {

    /**
     * What checklist-service.jar may weigh today. Issue 15's target is {@link ShadedJar#FUNCTION_BUDGET}, not reached:
     * what is left is mostly the DynamoDB, EventBridge and Secrets Manager models (2.3 + 1.4 + 0.6 MB compressed),
     * Jackson databind and the region metadata.
     */
    static final long CHECKLIST_JAR_TODAY = ShadedJar.mib(13.5);

    @Test
    void checklistService_staysWithinItsBudget_withOneHttpClient_andEveryClassLoadedByNameInside() {
        ShadedJar.read(Path.of("target", "checklist-service.jar")).assertWithin(CHECKLIST_JAR_TODAY).assertComplete();
    }
}
