package com.gmpgate.ai.api;

import com.gmpgate.ai.application.AnalysisService;
import com.gmpgate.ai.application.UploadService.UploadGrant;
import com.gmpgate.domain.analysis.Analysis;
import com.gmpgate.domain.verdict.WoundAssessment;
import java.util.Map;

/** Reply bodies (docs/openapi.yaml PhotoUpload, Analysis, WoundAssessment). Absent optional fields are left out. */
final class AiViews {

    private AiViews() {
    }

    record UploadView(String imageKey, String uploadUrl, String method, Map<String, String> headers,
                      String expiresAt) {
        static UploadView of(UploadGrant grant) {
            return new UploadView(grant.imageKey(), grant.request().url(), grant.request().method(),
                    grant.request().headers(), grant.request().expiresAt().toString());
        }
    }

    record Text(String ko, String en) {
    }

    record AssessmentView(boolean imageUsable, String qualityIssue, boolean woundPresent, String woundType,
                          String location, String severity, boolean infectionSigns, boolean bleeding, boolean covered,
                          String coverType, double confidence, String summary) {
        static AssessmentView of(WoundAssessment a) {
            return new AssessmentView(a.imageUsable(), a.qualityIssue().orElse(null), a.woundPresent(),
                    a.woundType().name(), a.location().name(), a.severity().name(), a.infectionSigns(), a.bleeding(),
                    a.covered(), a.coverType().name(), a.confidence(), a.summary());
        }
    }

    /** Token usage and latency of the model call: for admins (cost and audit), not for workers. */
    record UsageView(Long latencyMs, Integer inputTokens, Integer outputTokens) {
    }

    record AnalysisView(String id, String status, String imageKey, String provider, String modelId,
                        AssessmentView assessment, String reason, Text reasonMessage, String workerId,
                        UsageView usage, String imageUrl, String imageUrlExpiresAt, String createdAt,
                        String updatedAt) {

        static AnalysisView forWorker(Analysis a) {
            return new AnalysisView(a.id(), a.status().name(), a.imageKey(), a.provider(), a.modelId().orElse(null),
                    a.assessment().map(AssessmentView::of).orElse(null), a.failure().orElse(null),
                    a.failure().map(ReasonMessages::of).orElse(null), null, null, null, null,
                    a.createdAt().toString(), a.updatedAt().toString());
        }

        static AnalysisView of(AnalysisService.Viewed viewed, boolean admin) {
            AnalysisView base = forWorker(viewed.analysis());
            if (!admin) {
                return base;
            }
            Analysis a = viewed.analysis();
            UsageView usage = a.latencyMs().isEmpty() && a.inputTokens().isEmpty() ? null
                    : new UsageView(a.latencyMs().orElse(null), a.inputTokens().orElse(null),
                            a.outputTokens().orElse(null));
            return new AnalysisView(base.id(), base.status(), base.imageKey(), base.provider(), base.modelId(),
                    base.assessment(), base.reason(), base.reasonMessage(), a.workerId(), usage,
                    viewed.image().map(i -> i.url()).orElse(null),
                    viewed.image().map(i -> i.expiresAt().toString()).orElse(null), base.createdAt(),
                    base.updatedAt());
        }
    }
}
