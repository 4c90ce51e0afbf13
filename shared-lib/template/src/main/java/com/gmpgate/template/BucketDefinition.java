package com.gmpgate.template;

import java.util.Objects;

/** An {@code AWS::S3::Bucket} of the template. */
public record BucketDefinition(String logicalId, boolean versioned) {
    public BucketDefinition {
        Objects.requireNonNull(logicalId, "logicalId");
    }
}
