package com.gmpgate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The architecture rules do catch what they are meant to catch (a rule that never fails proves nothing). */
class DomainArchitectureSelfTest {

    /** Stands in for a domain class that reads its configuration from the environment. */
    static final class ReadsEnvironment {
        String region() {
            return System.getenv("AWS_REGION") + System.getProperty("user.name");
        }
    }

    @Test
    void environmentRule_flagsACallToSystemGetenv() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReadsEnvironment.class);

        assertThat(DomainArchitectureTest.domain_readsNoEnvironmentVariablesOrSystemProperties
                .evaluate(offender).hasViolation()).isTrue();
    }
}
