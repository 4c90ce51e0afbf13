package com.gmpgate.domain.analysis;

import com.gmpgate.domain.verdict.WoundAssessment;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One look at one wound photo. Model id, latency and token usage are kept for audit and cost.
 *
 * @param provider {@code bedrock} or {@code manual}
 * @param failure why there is no assessment (a code such as MODEL_THROTTLED), never a raw SDK message
 * @param imageVersion which write of the photo was read (the image store's version, e.g. S3's ETag and version
 *                     id): every later analysis of the key reads that one or none
 */
public record Analysis(
        String id,
        String siteId,
        String workerId,
        String imageKey,
        AnalysisStatus status,
        Optional<WoundAssessment> assessment,
        String provider,
        Optional<String> modelId,
        Optional<Long> latencyMs,
        Optional<Integer> inputTokens,
        Optional<Integer> outputTokens,
        Optional<String> failure,
        Instant createdAt,
        Instant updatedAt,
        Optional<String> imageVersion) {

    /** An analysis that has read no photo (yet). */
    public Analysis(String id, String siteId, String workerId, String imageKey, AnalysisStatus status,
                    Optional<WoundAssessment> assessment, String provider, Optional<String> modelId,
                    Optional<Long> latencyMs, Optional<Integer> inputTokens, Optional<Integer> outputTokens,
                    Optional<String> failure, Instant createdAt, Instant updatedAt) {
        this(id, siteId, workerId, imageKey, status, assessment, provider, modelId, latencyMs, inputTokens,
                outputTokens, failure, createdAt, updatedAt, Optional.empty());
    }

    public Analysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(imageKey, "imageKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(latencyMs, "latencyMs");
        Objects.requireNonNull(inputTokens, "inputTokens");
        Objects.requireNonNull(outputTokens, "outputTokens");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(imageVersion, "imageVersion");
    }
}
