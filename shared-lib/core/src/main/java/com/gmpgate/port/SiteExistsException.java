package com.gmpgate.port;

public class SiteExistsException extends ConflictException {
    public SiteExistsException(String siteId) {
        super("site already exists: " + siteId);
    }
}
