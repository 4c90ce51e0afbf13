package com.gmpgate.port;

import com.gmpgate.domain.analysis.Analysis;
import java.time.LocalDate;
import java.util.Optional;

public interface AnalysisStore {
    void create(Analysis analysis);

    /** Replaces the analysis (status, assessment, usage) once it is done. */
    void update(Analysis analysis);

    Optional<Analysis> findById(String analysisId);

    /** The newest analysis of that image, if any. */
    Optional<Analysis> findLatestByImageKey(String imageKey);

    /** How many analyses the worker started that day (the per-worker daily cap). */
    int countByWorkerOnDate(String workerId, LocalDate siteDate);
}
