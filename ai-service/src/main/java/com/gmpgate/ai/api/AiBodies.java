package com.gmpgate.ai.api;

import com.gmpgate.ai.image.ImagePolicy;
import com.gmpgate.api.Validatable;
import com.gmpgate.api.Violations;
import com.gmpgate.domain.checklist.ImageFormat;
import com.gmpgate.domain.checklist.ImageKeys;

/** Request bodies of the ai routes, read strictly (unknown fields refused) and checked by themselves. */
final class AiBodies {

    private AiBodies() {
    }

    /** {@code POST /v1/ai/uploads}. */
    record Upload(String contentType, Long contentLength) implements Validatable {
        @Override
        public void validate(Violations v) {
            if (v.required("contentType", contentType) && ImageFormat.ofContentType(contentType).isEmpty()) {
                v.add("contentType", "UNSUPPORTED_TYPE", "contentType must be image/jpeg, image/png or image/webp.");
            }
            if (v.required("contentLength", contentLength)) {
                if (contentLength < 1) {
                    v.add("contentLength", "TOO_SMALL", "contentLength must be at least 1.");
                } else if (contentLength > ImagePolicy.MAX_UPLOAD_BYTES) {
                    v.add("contentLength", "TOO_LARGE", "The photo may be at most " + ImagePolicy.MAX_UPLOAD_BYTES
                            + " bytes (5 MB); shrink it first.");
                }
            }
        }

        ImageFormat format() {
            return ImageFormat.ofContentType(contentType).orElseThrow();
        }
    }

    /** {@code POST /v1/ai/analyses}. */
    record Analyse(String imageKey) implements Validatable {
        @Override
        public void validate(Violations v) {
            if (v.required("imageKey", imageKey) && ImageKeys.parse(imageKey).isEmpty()) {
                v.add("imageKey", "INVALID", "imageKey must be a key from POST /v1/ai/uploads.");
            }
        }
    }
}
