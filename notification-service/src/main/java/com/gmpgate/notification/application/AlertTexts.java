package com.gmpgate.notification.application;

import com.gmpgate.domain.notify.SiteAlert;
import com.gmpgate.domain.verdict.Verdict;
import java.util.List;

/**
 * What supervisors read, Korean first with an English line. Only the verdict (or the outbreak count and departments)
 * and a link: no worker name, no answer, no symptom, no reason — PIPA treats health data as sensitive, and e-mail
 * and SMS leave the plant's systems; the reason stays in the app, behind a login.
 */
final class AlertTexts {

    private AlertTexts() {
    }

    static SiteAlert verdict(String siteId, Verdict verdict, String link) {
        return switch (verdict) {
            case FAIL -> new SiteAlert(siteId, SiteAlert.Kind.VERDICT,
                    "[GMP 위생점검] 출입 제외(FAIL) 발생 / Screening FAIL",
                    siteId + " 사업장 위생점검에서 출입 제외(FAIL) 1건이 발생했습니다. 사유는 관리자 앱에서 확인하세요.\n"
                            + "A hygiene screening at " + siteId
                            + " was FAIL (excluded from production areas); the reason is in the admin app.\n" + link,
                    "[GMP] " + siteId + " 출입 제외(FAIL) 1건 / Screening FAIL: " + link,
                    link);
            case PENDING_REVIEW -> new SiteAlert(siteId, SiteAlert.Kind.VERDICT,
                    "[GMP 위생점검] 검토 대기 / Review needed",
                    siteId + " 사업장 위생점검 1건이 관리자 검토를 기다립니다(PENDING_REVIEW).\n"
                            + "A hygiene screening at " + siteId + " is waiting for a supervisor's review.\n" + link,
                    "[GMP] " + siteId + " 검토 대기 1건 / Review needed: " + link,
                    link);
            default -> throw new IllegalArgumentException("no alert for " + verdict);
        };
    }

    static SiteAlert outbreak(String siteId, int count, List<String> departments, String link) {
        String names = String.join(", ", departments);
        return new SiteAlert(siteId, SiteAlert.Kind.OUTBREAK,
                "[GMP 위생점검] 집단 발병 의심 경보 / Possible outbreak",
                siteId + " 사업장에서 24시간 안에 같은 유형의 출입 제외(FAIL)가 " + count + "건 발생했습니다."
                        + " 부서: " + names + ". 보건 관리자와 함께 확인하세요.\n"
                        + "Possible outbreak at " + siteId + ": " + count
                        + " exclusions (FAIL) of one kind within 24 h. Departments: " + names + ".\n" + link,
                "[GMP] " + siteId + " 집단 발병 의심: 24시간 내 FAIL " + count + "건 (" + names
                        + ") / Possible outbreak: " + link,
                link);
    }
}
