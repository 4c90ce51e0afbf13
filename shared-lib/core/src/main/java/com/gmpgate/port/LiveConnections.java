package com.gmpgate.port;

import com.gmpgate.domain.notify.LiveConnection;
import java.util.List;

/** The open admin sockets, by site (API Gateway WebSocket connections in AWS). */
public interface LiveConnections {

    void add(LiveConnection connection);

    /** Forgetting an unknown connection is not an error (a $disconnect after a 410 clean-up). */
    void remove(String connectionId);

    List<LiveConnection> ofSite(String siteId);
}
