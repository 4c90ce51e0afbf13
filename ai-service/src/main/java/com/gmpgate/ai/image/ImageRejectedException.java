package com.gmpgate.ai.image;

import com.gmpgate.domain.analysis.ImageRejection;
import java.util.Objects;

/** The photo is refused before any model sees it; {@link #getMessage()} is for the operator's log only. */
public final class ImageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ImageRejection reason;

    public ImageRejectedException(ImageRejection reason, String detail) {
        super(detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImageRejectedException(ImageRejection reason, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ImageRejection reason() {
        return reason;
    }
}
