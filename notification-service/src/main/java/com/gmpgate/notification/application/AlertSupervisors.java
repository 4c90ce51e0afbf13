package com.gmpgate.notification.application;

import com.gmpgate.domain.checklist.ChecklistEvaluated;
import com.gmpgate.domain.notify.GastroFail;
import com.gmpgate.domain.notify.OutbreakWatch;
import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.domain.verdict.Verdict;
import com.gmpgate.port.DeliveryLedger;
import com.gmpgate.port.OutbreakLedger;
import com.gmpgate.port.SiteAlerts;
import com.gmpgate.port.WorkerDepartments;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Tells a site's supervisors about a screening they must act on (FAIL, PENDING_REVIEW), once per event however often
 * it is delivered, and watches for an outbreak: {@link OutbreakWatch#THRESHOLD} gastro-intestinal FAILs at one site
 * within a day raise one alert naming the count and the departments.
 *
 * <p>A failure to send is thrown after releasing the claim, so the Lambda retry (and after it the dead-letter queue)
 * can try again. Reviews are not alerted: the supervisor made that decision.
 */
public final class AlertSupervisors {

    /** Recorded when a worker has no department, so the count still holds. */
    static final String NO_DEPARTMENT = "부서 미지정";

    private final SiteAlerts alerts;
    private final DeliveryLedger deliveries;
    private final OutbreakLedger outbreaks;
    private final WorkerDepartments departments;
    private final AdminLinks links;
    private final Clock clock;

    public AlertSupervisors(SiteAlerts alerts, DeliveryLedger deliveries, OutbreakLedger outbreaks,
            WorkerDepartments departments, AdminLinks links, Clock clock) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.outbreaks = outbreaks;
        this.departments = departments;
        this.links = links;
        this.clock = clock;
    }

    /** @param eventId the bus's id of this event (the same on every redelivery) */
    public AlertOutcome handle(String eventId, ChecklistEvaluated event) {
        if (event.trigger() != ChecklistEvaluated.Trigger.SUBMISSION) {
            return new AlertOutcome(AlertOutcome.Sent.NONE, false);
        }
        AlertOutcome.Sent verdict = AlertOutcome.Sent.NONE;
        if (event.verdict() == Verdict.FAIL || event.verdict() == Verdict.PENDING_REVIEW) {
            verdict = sendOnce(eventId + "#verdict",
                    AlertTexts.verdict(event.siteId(), event.verdict(), links.review(event.submissionId())));
        }
        boolean outbreak = event.gastrointestinal() && watchOutbreak(event);
        return new AlertOutcome(verdict, outbreak);
    }

    private AlertOutcome.Sent sendOnce(String key, SiteAlert alert) {
        if (!deliveries.claim(key, clock.instant())) {
            return AlertOutcome.Sent.DUPLICATE;
        }
        try {
            alerts.send(alert);
        } catch (RuntimeException e) {
            deliveries.release(key);
            throw e;
        }
        deliveries.complete(key, clock.instant());
        return AlertOutcome.Sent.SENT;
    }

    /** Records the FAIL, then counts the window ending at it; one claimant of the site's alert sends it. */
    private boolean watchOutbreak(ChecklistEvaluated event) {
        String site = event.siteId();
        Instant at = event.occurredAt();
        String department = departments.departmentOf(site, event.workerId()).filter(d -> !d.isBlank())
                .orElse(NO_DEPARTMENT);
        outbreaks.record(new GastroFail(site, event.submissionId(), department, at));
        List<GastroFail> window = outbreaks.between(site, OutbreakWatch.windowStart(at), at);
        if (!OutbreakWatch.isOutbreak(window) || !outbreaks.claimAlert(site, at, OutbreakWatch.windowStart(at))) {
            return false;
        }
        try {
            alerts.send(AlertTexts.outbreak(site, window.size(), OutbreakWatch.departments(window), links.today()));
        } catch (RuntimeException e) {
            outbreaks.releaseAlert(site, at);
            throw e;
        }
        return true;
    }
}
