package org.zhicheng.application.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.education.ComplianceChecks;
import org.zhicheng.application.eligibility.ApplicationCase.ComplianceAnswer;
import org.zhicheng.application.eligibility.Eligibility;

/**
 * Asks education-service again for the applications submitted while it could not answer (compliance PENDING), with
 * a doubling backoff: nothing is lost and the applicant is not blocked; the office's qualification review waits for
 * the answer. Several instances share the work: each application is re-read under its row lock before it is written.
 */
@Component
class ComplianceRetries {

    private static final Logger log = LoggerFactory.getLogger(ComplianceRetries.class);
    private static final int BATCH = 50;

    private final ApplicationRepository applications;
    private final SubmissionRepository submissions;
    private final ComplianceChecks compliance;
    private final Eligibility eligibility;
    private final ApplicationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ComplianceRetries(ApplicationRepository applications, SubmissionRepository submissions,
            ComplianceChecks compliance, Eligibility eligibility, ApplicationProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.submissions = submissions;
        this.compliance = compliance;
        this.eligibility = eligibility;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhicheng.application.compliance.poll-interval:30s}",
            initialDelayString = "${zhicheng.application.compliance.poll-interval:30s}")
    void poll() {
        retryDue();
    }

    /** Asks again for every due application; answers how many got an answer. */
    int retryDue() {
        int answered = 0;
        for (UUID id : applications.complianceDue(clock.instant(), BATCH)) {
            try {
                answered += retry(id) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Compliance retry of {} failed", id, e);
            }
        }
        return answered;
    }

    boolean retry(UUID id) {
        Application loaded = applications.find(id).orElse(null);
        if (loaded == null || loaded.compliance() != ComplianceStatus.PENDING) {
            return false;
        }
        ArchiveContent snapshot = submissions.latest(id).map(Submission::snapshot).orElse(ArchiveContent.EMPTY);
        ArchiveContent.Employment e = snapshot.employment();
        ComplianceAnswer answer = compliance.ask(new ComplianceChecks.Case(loaded.person(),
                e == null ? loaded.fixed().region() : e.region(), loaded.fixed().level(), loaded.fixed().series(),
                loaded.fixed().year(), eligibility.requiredYears(loaded.fixed().level(), loaded.route().name()),
                snapshot.highestDegree(), loaded.route() == Route.INITIAL_CERTIFICATION));
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Application a = applications.lock(id).orElseThrow();
            if (a.compliance() != ComplianceStatus.PENDING) {
                return false;
            }
            Instant now = clock.instant();
            ComplianceStatus result = ComplianceStatus.valueOf(answer.status());
            @SuppressWarnings("unchecked")
            Map<String, Object> detail = answer.detail() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            a.complianceAnswered(result, detail, now.plus(backoff(a.complianceAttempts())), now);
            applications.save(a, false);
            return result != ComplianceStatus.PENDING;
        }));
    }

    private Duration backoff(int attempts) {
        Duration wait = properties.compliance().initialBackoff().multipliedBy(1L << Math.min(attempts, 16));
        return wait.compareTo(properties.compliance().maxBackoff()) > 0 ? properties.compliance().maxBackoff() : wait;
    }
}
