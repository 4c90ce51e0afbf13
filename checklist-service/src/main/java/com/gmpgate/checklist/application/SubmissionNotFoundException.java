package com.gmpgate.checklist.application;

/**
 * No submission of that id that the caller may see. A worker asking for another worker's, or an admin for another
 * site's, gets this too: the answer must not tell whether the id exists.
 */
public final class SubmissionNotFoundException extends RuntimeException {
    public SubmissionNotFoundException(String submissionId) {
        super("no visible submission " + submissionId);
    }
}
