package com.gmpgate.notification.application;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.gate.GateScanned;
import com.gmpgate.domain.notify.LiveConnection;
import com.gmpgate.port.LiveConnections;
import com.gmpgate.port.LivePush;
import java.time.Clock;

/**
 * The admin apps' live screens: who may open a socket (an admin, for their own site), and the fan-out of every
 * checklist decision and gate scan to the sockets of its site. A socket API Gateway reports gone (410) is forgotten on the way.
 */
public final class LiveUpdates {

    private final LiveConnections connections;
    private final LivePush push;
    private final Clock clock;

    public LiveUpdates(LiveConnections connections, LivePush push, Clock clock) {
        this.connections = connections;
        this.push = push;
        this.clock = clock;
    }

    /** @return false when the caller may not open a live socket (only admins: workers are told by Web Push) */
    public boolean connect(String connectionId, String userId, String role, String siteId) {
        if (!"ADMIN".equals(role) || siteId == null || siteId.isBlank() || userId == null || userId.isBlank()) {
            return false;
        }
        connections.add(new LiveConnection(connectionId, siteId, userId, clock.instant()));
        return true;
    }

    public void disconnect(String connectionId) {
        connections.remove(connectionId);
    }

    /** @return how many sockets got it */
    public int fanOut(ChecklistEvaluated event) {
        return send(event.siteId(), LiveMessages.checklistEvaluated(event));
    }

    /** @return how many sockets got it */
    public int fanOut(GateScanned event) {
        return send(event.siteId(), LiveMessages.gateScanned(event));
    }

    private int send(String siteId, String message) {
        int delivered = 0;
        for (LiveConnection connection : connections.ofSite(siteId)) {
            if (push.post(connection.connectionId(), message)) {
                delivered++;
            } else {
                connections.remove(connection.connectionId());
            }
        }
        return delivered;
    }
}
