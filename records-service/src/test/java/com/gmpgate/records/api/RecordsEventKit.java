package com.gmpgate.records.api;

import com.gmpgate.fakes.RestEvent;

/** Events as API Gateway sends them after the authorizer: the API key, a bearer token, the caller's context. */
final class RecordsEventKit {

    private RecordsEventKit() {
    }

    static RestEvent as(RestEvent event, String userId, String role, String siteId) {
        return event.signedIn(userId, role, siteId);
    }
}
