package com.gmpgate.s3;

import com.gmpgate.testing.Backend;
import com.gmpgate.testing.LocalAwsTest;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same suite against LocalStack; skipped where no Docker engine runs. */
@LocalAwsTest(backend = Backend.LOCALSTACK)
@Testcontainers(disabledWithoutDocker = true)
class S3ImageStoreOnLocalStackIT {

    @Nested
    class Images extends ImageStoreContract {
    }
}
