package com.gmpgate.ai.application;

import com.gmpgate.ai.image.ImagePreparer;
import com.gmpgate.ai.image.ImageRejectedException;
import com.gmpgate.ai.image.PreparedImage;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.analysis.AnalysisStatus;
import com.gmpgate.domain.analysis.AssessmentOutcome;
import com.gmpgate.domain.analysis.ImageRejection;
import com.gmpgate.domain.analysis.ModelCall;
import com.gmpgate.domain.analysis.ReviewReason;
import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;
import com.gmpgate.domain.checklist.ImageKeys.ImageKey;
import com.gmpgate.domain.verdict.WoundAssessment;
import com.gmpgate.port.AnalysisStore;
import com.gmpgate.port.ImageStore;
import com.gmpgate.port.ImageStore.ImageReplacedException;
import com.gmpgate.port.ImageStore.ImageTooLargeException;
import com.gmpgate.port.ImageStore.PresignedRequest;
import com.gmpgate.port.ImageStore.StoredImage;
import com.gmpgate.port.WoundAssessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Analyses a worker's uploaded wound photo: checks the photo, asks the assessor, stores the result. Whatever goes
 * wrong with the photo ends in REJECTED, whatever goes wrong with the model in NEEDS_REVIEW, each with its reason;
 * neither is ever a pass (the checklist's rule pack sends a wound without a usable assessment to PENDING_REVIEW).
 */
public final class AnalysisService {

    /** A PENDING analysis older than this was cut off (the function timed out) and may be started again. */
    static final Duration STALE_PENDING = Duration.ofMinutes(1);

    private final AnalysisStore analyses;
    private final ImageStore images;
    private final ImagePreparer preparer;
    private final long maxImageBytes;
    private final WoundAssessor assessor;
    private final AiSettings settings;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public AnalysisService(AnalysisStore analyses, ImageStore images, ImagePreparer preparer, long maxImageBytes,
                           WoundAssessor assessor, AiSettings settings, Clock clock, Supplier<UUID> ids) {
        this.analyses = analyses;
        this.images = images;
        this.preparer = preparer;
        this.maxImageBytes = maxImageBytes;
        this.assessor = assessor;
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @param analysis   the stored analysis
     * @param created    false when an earlier analysis of the same photo was returned instead of asking again
     * @param diagnostic for the operator's log (why the model gave no assessment), never for the client
     */
    public record Result(Analysis analysis, boolean created, Optional<String> diagnostic) {
    }

    /** An analysis and, for an admin, a short-lived URL of its photo. */
    public record Viewed(Analysis analysis, Optional<PresignedRequest> image) {
    }

    /**
     * @throws ImageNotOwnedException     the key is not in the worker's own namespace
     * @throws DailyLimitReachedException the worker's daily cap is used up
     * @throws ImageNotUploadedException  nothing was uploaded under the key
     */
    public Result analyse(Worker worker, String imageKey) {
        ImageKey key = ImageKeys.parse(imageKey).filter(k -> k.isOwnedBy(worker.siteId(), worker.userId()))
                .orElseThrow(ImageNotOwnedException::new);
        Optional<Analysis> latest = analyses.findLatestByImageKey(key.value());
        Optional<Analysis> earlier = latest.filter(this::settled);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), false, Optional.empty());
        }
        Instant now = clock.instant();
        LocalDate siteDate = LocalDate.ofInstant(now, settings.siteZone());
        if (analyses.countByWorkerOnDate(worker.userId(), siteDate) >= settings.dailyLimit()) {
            throw new DailyLimitReachedException(DailyLimitReachedException.Allowance.ANALYSES, settings.dailyLimit(),
                    siteDate.plusDays(1).atStartOfDay(settings.siteZone()).toInstant());
        }
        // a key is analysed again only after a passing failure, and then it must be the photo read the first time: a
        // presigned PUT replayed meanwhile (S3Proxy does not refuse it) must not swap what the model and the reviewer see
        Optional<String> pin = latest.flatMap(Analysis::imageVersion);
        String id = ids.get().toString();
        Analysis pending = pending(id, worker, key, now, pin);

        PreparedImage prepared;
        try {
            StoredImage stored = images.read(key.value(), maxImageBytes, pin)
                    .orElseThrow(ImageNotUploadedException::new);
            pending = pending(id, worker, key, now, Optional.of(stored.version()));
            analyses.create(pending);
            prepared = prepare(stored, key.format());
        } catch (ImageTooLargeException e) {
            analyses.create(pending);
            return rejected(pending, ImageRejection.IMAGE_TOO_LARGE, "object larger than " + maxImageBytes);
        } catch (ImageReplacedException e) {
            analyses.create(pending);
            return rejected(pending, ImageRejection.IMAGE_REPLACED, "written again after analysis " + latest
                    .map(Analysis::id).orElse("?"));
        } catch (ImageRejectedException e) {
            return rejected(pending, e.reason(), e.getMessage());
        }

        // reviewers look at this copy, never at the upload, which may carry the phone's GPS position
        images.put(key.sanitizedValue(), ImageFormat.JPEG.contentType(), prepared.jpeg());
        AssessmentOutcome outcome = assessor.assess(prepared.jpeg());
        Analysis done = finish(pending, outcome);
        analyses.update(done);
        return new Result(done, true, outcome.diagnostic());
    }

    private Analysis pending(String id, Worker worker, ImageKey key, Instant now, Optional<String> imageVersion) {
        return new Analysis(id, worker.siteId(), worker.userId(), key.value(),
                AnalysisStatus.PENDING, Optional.empty(), assessor.provider(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), now, now, imageVersion);
    }

    /**
     * @throws AnalysisNotFoundException when there is none, or the viewer may not see it (the same reply, so ids of
     *                                   other workers' analyses cannot be probed)
     */
    public Viewed view(Viewer viewer, String analysisId) {
        Analysis analysis = analyses.findById(analysisId).orElseThrow(AnalysisNotFoundException::new);
        boolean visible = analysis.siteId().equals(viewer.siteId())
                && (viewer.admin() || analysis.workerId().equals(viewer.userId()));
        if (!visible) {
            throw new AnalysisNotFoundException();
        }
        return new Viewed(analysis, viewer.admin() ? reviewImage(analysis) : Optional.empty());
    }

    /**
     * The re-encoded copy (no metadata) of an analysed photo. A refused photo has none: it may be a crafted file
     * (a pixel flood), which must not be handed to a reviewer's browser either.
     */
    private Optional<PresignedRequest> reviewImage(Analysis analysis) {
        if (analysis.status() == AnalysisStatus.REJECTED || analysis.status() == AnalysisStatus.PENDING) {
            return Optional.empty();
        }
        return ImageKeys.parse(analysis.imageKey())
                .map(key -> images.presignGet(key.sanitizedValue(), settings.reviewUrlTtl()));
    }

    /** The object must be what the upload declared: the presigned PUT signed this content type. */
    private PreparedImage prepare(StoredImage stored, ImageFormat declared) {
        String storedType = stored.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!storedType.equals(declared.contentType())) {
            throw new ImageRejectedException(ImageRejection.IMAGE_TYPE_MISMATCH,
                    "stored as " + storedType + ", key says " + declared.contentType());
        }
        return preparer.prepare(stored.bytes(), declared);
    }

    private Result rejected(Analysis pending, ImageRejection reason, String detail) {
        Analysis rejected = with(pending, AnalysisStatus.REJECTED, Optional.empty(), Optional.empty(),
                Optional.of(reason.name()));
        analyses.update(rejected);
        return new Result(rejected, true, Optional.of(reason + ": " + detail));
    }

    private Analysis finish(Analysis pending, AssessmentOutcome outcome) {
        Optional<ReviewReason> review = outcome.reviewReason();
        if (outcome.assessment().isPresent()) {
            WoundAssessment assessment = outcome.assessment().get();
            if (!assessment.imageUsable()) {
                review = Optional.of(ReviewReason.IMAGE_NOT_USABLE);
            } else if (assessment.confidence() < settings.confidenceThreshold()) {
                review = Optional.of(ReviewReason.LOW_CONFIDENCE);
            }
        }
        // an assessment below the bar is kept for the reviewer to see, but the status says a human decides
        return with(pending, review.isPresent() ? AnalysisStatus.NEEDS_REVIEW : AnalysisStatus.COMPLETED,
                outcome.assessment(), outcome.call(), review.map(Enum::name));
    }

    private Analysis with(Analysis a, AnalysisStatus status, Optional<WoundAssessment> assessment,
                          Optional<ModelCall> call, Optional<String> failure) {
        return new Analysis(a.id(), a.siteId(), a.workerId(), a.imageKey(), status, assessment, a.provider(),
                call.map(ModelCall::modelId), call.map(ModelCall::latencyMs), call.flatMap(ModelCall::inputTokens),
                call.flatMap(ModelCall::outputTokens), failure, a.createdAt(), clock.instant(), a.imageVersion());
    }

    /**
     * An earlier analysis of the same photo is returned rather than asking the model again (a phone's retry costs
     * nothing), unless it failed for a reason that may pass (throttling, a timeout, an outage) or was cut off.
     */
    private boolean settled(Analysis analysis) {
        return switch (analysis.status()) {
            case COMPLETED, REJECTED -> true;
            case PENDING -> analysis.createdAt().plus(STALE_PENDING).isAfter(clock.instant());
            case NEEDS_REVIEW -> analysis.failure().flatMap(AnalysisService::reviewReason)
                    .map(reason -> !reason.isTransient()).orElse(true);
        };
    }

    private static Optional<ReviewReason> reviewReason(String failure) {
        for (ReviewReason reason : ReviewReason.values()) {
            if (reason.name().equals(failure)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
