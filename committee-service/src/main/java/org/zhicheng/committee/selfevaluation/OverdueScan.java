package org.zhicheng.committee.selfevaluation;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.CommitteeKind;

/**
 * The daily scan for missing self-evaluation filings (001 五(三)), by default at 01:30 Asia/Shanghai
 * ({@code zhicheng.committee.self-evaluation.overdue-scan.cron} / {@code .zone}; cron {@code -} switches it off).
 * Each committee is flagged in its own transaction, so one failure does not hold back the others; running it again
 * the same day raises nothing new.
 */
@Component
class OverdueScan {

    private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);

    private final Committees committees;
    private final OverdueFlagService flags;
    private final SelfEvaluationAccess access;

    OverdueScan(Committees committees, OverdueFlagService flags, SelfEvaluationAccess access) {
        this.committees = committees;
        this.flags = flags;
        this.access = access;
    }

    @Scheduled(cron = "${zhicheng.committee.self-evaluation.overdue-scan.cron:0 30 1 * * *}",
            zone = "${zhicheng.committee.self-evaluation.overdue-scan.zone:Asia/Shanghai}")
    void daily() {
        scan();
    }

    /** Scans every self-evaluating committee as of today; answers how many flags were raised. */
    int scan() {
        LocalDate today = access.today();
        int raised = 0;
        for (String code : committees.codesOfKind(CommitteeKind.SELF_EVALUATING)) {
            try {
                raised += flags.flag(code, today);
            } catch (RuntimeException failed) {
                log.warn("Overdue scan of committee {} failed; the next scan retries it", code, failed);
            }
        }
        log.info("Self-evaluation overdue scan of {}: {} new flags", today, raised);
        return raised;
    }
}
