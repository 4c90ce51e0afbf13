package com.gmpgate.accesslog.application;

import com.gmpgate.domain.gate.AccessLogEntry;
import com.gmpgate.domain.gate.Presence;
import com.gmpgate.domain.user.User;
import com.gmpgate.port.AccessLogStore;
import com.gmpgate.port.Page;
import com.gmpgate.port.PageRequest;
import com.gmpgate.port.PresenceStore;
import com.gmpgate.port.UserStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An admin's views of their own site's gate: the log of a day, the same as CSV, and who is inside now. */
public final class AccessLogQueries {

    /** Far above a plant's day (500 people, a few scans each) and far below Lambda's 6 MB reply. */
    public static final int MAX_EXPORT_ROWS = 10_000;

    private final AccessLogStore log;
    private final PresenceStore presence;
    private final UserStore users;
    private final ZoneId siteZone;
    private final Clock clock;

    public AccessLogQueries(AccessLogStore log, PresenceStore presence, UserStore users, ZoneId siteZone,
            Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.presence = Objects.requireNonNull(presence, "presence");
        this.users = Objects.requireNonNull(users, "users");
        this.siteZone = Objects.requireNonNull(siteZone, "siteZone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The plant's calendar day now: what "today's log" means at the gate. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(siteZone));
    }

    public ZoneId siteZone() {
        return siteZone;
    }

    /** One page of the day's log, newest first. The cursor is bound to this site and filter. */
    public Page<AccessLogEntry> entries(String siteId, LogFilter filter, PageRequest page) {
        if (filter.name().isPresent()) {
            // a name matches a few entries of a day: all of them on one page, newest first
            List<AccessLogEntry> matching = new ArrayList<>(day(siteId, filter));
            Collections.reverse(matching);
            return new Page<>(matching, Optional.empty());
        }
        return log.listBySiteDate(siteId, filter.date(), filter.gateId(), filter.workerId(), page);
    }

    /**
     * The whole of the day's log (as filtered) as CSV, oldest first.
     *
     * @throws ExportTooLargeException beyond {@value #MAX_EXPORT_ROWS} entries, rather than a silently cut file
     */
    public String csv(String siteId, LogFilter filter) {
        return AccessLogCsv.document(day(siteId, filter), siteZone);
    }

    /**
     * The day's log as filtered, oldest first, read page by page; a name keeps the entries whose worker's name
     * contains it.
     *
     * @throws ExportTooLargeException beyond {@value #MAX_EXPORT_ROWS} entries, rather than a silently cut list
     */
    private List<AccessLogEntry> day(String siteId, LogFilter filter) {
        Optional<String> name = filter.name().map(LogFilter::folded);
        List<AccessLogEntry> all = new ArrayList<>();
        int read = 0;
        Optional<String> cursor = Optional.empty();
        do {
            Page<AccessLogEntry> page = log.listBySiteDate(siteId, filter.date(), filter.gateId(), filter.workerId(),
                    new PageRequest(cursor, PageRequest.MAX_LIMIT));
            read += page.items().size();
            if (read > MAX_EXPORT_ROWS) {
                throw new ExportTooLargeException(MAX_EXPORT_ROWS);
            }
            for (AccessLogEntry entry : page.items()) {
                if (name.isEmpty() || entry.workerName().map(LogFilter::folded)
                        .filter(n -> n.contains(name.get())).isPresent()) {
                    all.add(entry);
                }
            }
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        Collections.reverse(all);
        return all;
    }

    /** Everyone inside the site now, longest inside first, with their names. */
    public List<Inside> inside(String siteId) {
        Map<String, Optional<User>> known = new HashMap<>();
        List<Inside> inside = new ArrayList<>();
        for (Presence p : presence.listInside(siteId)) {
            Optional<User> user = known.computeIfAbsent(p.workerId(),
                    id -> users.findById(id).filter(u -> u.siteId().equals(siteId)));
            inside.add(new Inside(p, user.map(User::displayName), user.map(User::department)));
        }
        return inside;
    }
}
