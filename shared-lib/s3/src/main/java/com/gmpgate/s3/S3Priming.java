package com.gmpgate.s3;

import com.gmpgate.aws.CannedHttp;
import com.gmpgate.aws.LambdaClients;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * SnapStart priming of S3 without a network ({@link CannedHttp}): the client {@link S3Clients} sets up, a PutObject,
 * a GetObject and a DeleteObject through it (what the photo store and the sheet archive do), and the presigner's PUT
 * and GET URLs (signed locally, never sent).
 */
public final class S3Priming {

    private static final String BUCKET = "priming";
    private static final String KEY = "priming/priming.jpg";

    private S3Priming() {
    }

    /** @return what was sent or presigned ({@link CannedHttp.Sent}), all answered by the canned client */
    public static List<String> prime(Map<String, String> environment) {
        LambdaClients.Target target = S3Clients.target(S3Settings.of(environment));
        CannedHttp.Sent sent = new CannedHttp.Sent();
        try (S3Client client = CannedHttp.build(S3Clients.clientBuilder(target), "", sent);
                S3Presigner presigner = S3Clients.presignerBuilder(target).build()) {
            client.putObject(put -> put.bucket(BUCKET).key(KEY).contentType("image/jpeg"),
                    RequestBody.fromBytes(new byte[] {1}));
            client.getObjectAsBytes(get -> get.bucket(BUCKET).key(KEY));
            client.deleteObject(delete -> delete.bucket(BUCKET).key(KEY));
            presigned(sent, "PresignedPutObject", presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(put -> put.bucket(BUCKET).key(KEY).contentType("image/jpeg").contentLength(1L)))
                    .url());
            presigned(sent, "PresignedGetObject", presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(get -> get.bucket(BUCKET).key(KEY))).url());
        }
        return sent.lines();
    }

    private static void presigned(CannedHttp.Sent sent, String request, URL url) {
        sent.add(request, url.getHost(), url.getQuery() != null && url.getQuery().contains("X-Amz-Signature="));
    }
}
