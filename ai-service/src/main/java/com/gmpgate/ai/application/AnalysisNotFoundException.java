package com.gmpgate.ai.application;

/** No such analysis, or not one the caller may see (another worker's, another site's): the same reply for both. */
public final class AnalysisNotFoundException extends AiException {

    private static final long serialVersionUID = 1L;

    public AnalysisNotFoundException() {
        super("no such analysis");
    }
}
