package com.gmpgate.dynamodb;

import com.gmpgate.testing.LocalAwsTest;
import org.junit.jupiter.api.Nested;

/** The DynamoDB adapters against dynalite, each store in its own tables. */
@LocalAwsTest
class DynamoDbStoresIT {

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

    @Nested
    class NotificationLedgers extends NotificationLedgersContract {
    }

    @Nested
    class Quotas extends QuotaStoreContract {
    }

    @Nested
    class WorkerDays extends WorkerDayStoreContract {
    }

    @Nested
    class Attempts extends AttemptCounterContract {
    }

    @Nested
    class Devices extends DeviceStoreContract {
    }

    @Nested
    class Audit extends AuditTrailContract {
    }
}
