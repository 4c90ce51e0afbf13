package com.gmpgate.localaws;

import com.gmpgate.template.BucketDefinition;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Creates the template's buckets on a local engine. Encryption, versioning and lifecycle are AWS's
 * business; the local engines store plain objects.
 */
public final class BucketProvisioner {

    private final S3Client s3;

    public BucketProvisioner(S3Client s3) {
        this.s3 = s3;
    }

    public void createAll(List<BucketDefinition> buckets, UnaryOperator<String> physicalName) {
        for (BucketDefinition bucket : buckets) {
            try {
                s3.createBucket(b -> b.bucket(physicalName.apply(bucket.logicalId())));
            } catch (BucketAlreadyOwnedByYouException e) {
                // kept from an earlier run
            }
        }
    }

    /** Empties and removes the buckets (S3 refuses to delete a bucket with objects in it). */
    public void deleteAll(List<BucketDefinition> buckets, UnaryOperator<String> physicalName) {
        for (BucketDefinition bucket : buckets) {
            String name = physicalName.apply(bucket.logicalId());
            try {
                ListObjectsV2Response listing;
                do {
                    listing = s3.listObjectsV2(b -> b.bucket(name));
                    for (S3Object object : listing.contents()) {
                        s3.deleteObject(b -> b.bucket(name).key(object.key()));
                    }
                } while (Boolean.TRUE.equals(listing.isTruncated()));
                s3.deleteBucket(b -> b.bucket(name));
            } catch (NoSuchBucketException e) {
                // gone already
            }
        }
    }

    /** S3 bucket names are lower case, 3..63 characters. */
    public static String bucketName(String prefix, String logicalId) {
        String name = (prefix + logicalId).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
