package com.gmpgate.notification.application;

/**
 * What handling one event did, for the log line and the tests.
 *
 * @param verdictAlert whether the verdict's alert went out now, had gone out before (a duplicate delivery), or none
 *                     was due
 * @param outbreakAlert whether this event raised the site's outbreak alert
 */
public record AlertOutcome(Sent verdictAlert, boolean outbreakAlert) {

    public enum Sent { SENT, DUPLICATE, NONE }
}
