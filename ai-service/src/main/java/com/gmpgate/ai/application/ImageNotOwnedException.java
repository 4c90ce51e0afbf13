package com.gmpgate.ai.application;

/** The image key names another worker's (or another site's) photo. */
public final class ImageNotOwnedException extends AiException {

    private static final long serialVersionUID = 1L;

    public ImageNotOwnedException() {
        super("the image key belongs to another worker");
    }
}
