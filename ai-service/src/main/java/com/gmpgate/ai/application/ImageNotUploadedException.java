package com.gmpgate.ai.application;

/** Nothing was uploaded under the key (yet): the PUT failed, or the presigned URL was never used. */
public final class ImageNotUploadedException extends AiException {

    private static final long serialVersionUID = 1L;

    public ImageNotUploadedException() {
        super("no photo under this key");
    }
}
