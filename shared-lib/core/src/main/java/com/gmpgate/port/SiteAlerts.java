package com.gmpgate.port;

import com.gmpgate.domain.notify.SiteAlert;

/** Where a site's supervisors are told: SNS (e-mail and SMS subscribers per site) in AWS, a local outbox locally. */
public interface SiteAlerts {

    /** @throws AlertDeliveryException when it could not be handed over (the caller lets the event be retried) */
    void send(SiteAlert alert);
}
