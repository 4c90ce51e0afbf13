package com.gmpgate.fakes;

import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.port.AlertDeliveryException;
import com.gmpgate.port.SiteAlerts;
import java.util.ArrayList;
import java.util.List;

/** {@link SiteAlerts} that keeps what was sent, and can be made to fail the next sends. Thread-safe. */
public final class RecordingSiteAlerts implements SiteAlerts {

    private final List<SiteAlert> sent = new ArrayList<>();
    private int failNext;
    private SiteAlert.Kind failKind;

    @Override
    public synchronized void send(SiteAlert alert) {
        if (failNext > 0 && (failKind == null || failKind == alert.kind())) {
            failNext--;
            throw new AlertDeliveryException("SNS is down (test)", null);
        }
        sent.add(alert);
    }

    /** The next {@code n} sends throw {@link AlertDeliveryException}. */
    public synchronized void failNext(int n) {
        failNext = n;
        failKind = null;
    }

    /** The next {@code n} sends of alerts of that kind throw {@link AlertDeliveryException}. */
    public synchronized void failNext(int n, SiteAlert.Kind kind) {
        failNext = n;
        failKind = kind;
    }

    public synchronized List<SiteAlert> sent() {
        return List.copyOf(sent);
    }
}
