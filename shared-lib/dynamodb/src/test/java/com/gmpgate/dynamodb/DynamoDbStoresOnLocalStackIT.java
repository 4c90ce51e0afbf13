package com.gmpgate.dynamodb;

import com.gmpgate.testing.Backend;
import com.gmpgate.testing.LocalAwsTest;
import org.junit.jupiter.api.Nested;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same suite against LocalStack; skipped where no Docker engine runs. */
@LocalAwsTest(backend = Backend.LOCALSTACK)
@Testcontainers(disabledWithoutDocker = true)
class DynamoDbStoresOnLocalStackIT {

    @Nested
    class Users extends UserStoreContract {
    }

    @Nested
    class Sessions extends SessionStoreContract {
    }

    @Nested
    class Presences extends PresenceStoreContract {
    }

    @Nested
    class Submissions extends SubmissionStoreContract {
    }

    @Nested
    class AccessLog extends AccessLogStoreContract {
    }

    @Nested
    class Passes extends PassStoreContract {
    }

    @Nested
    class Analyses extends AnalysisStoreContract {
    }
}
