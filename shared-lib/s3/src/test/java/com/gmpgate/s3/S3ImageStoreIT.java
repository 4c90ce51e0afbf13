package com.gmpgate.s3;

import com.gmpgate.testing.LocalAwsTest;
import org.junit.jupiter.api.Nested;

/** The S3 adapter against S3Proxy, which checks AWS v4 signatures as S3 does. */
@LocalAwsTest
class S3ImageStoreIT {

    @Nested
    class Images extends ImageStoreContract {
    }
}
