package org.zhicheng.application.eligibility.rules;

import java.util.Comparator;
import java.util.Optional;

import org.zhicheng.application.archive.domain.ArchiveContent.Achievement;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.ApplicationCase.OtherApplication;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 对上年度参评未通过人员，要严格审查申报对象新增业绩 (000 三(三)): a person who failed in the previous plan year shows at least
 * one achievement that was not in that application and is dated after its submission.
 */
public final class FailedLastYearNeedsNewAchievements implements EligibilityRule {

    @Override
    public String name() {
        return "failed-last-year-new-achievements";
    }

    @Override
    public String notice() {
        return "000-三(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        Optional<OtherApplication> failed = c.others().stream()
                .filter(o -> "FAILED".equals(o.state()) && o.year() == c.item().year() - 1)
                .max(Comparator.comparing(OtherApplication::firstSubmittedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        if (failed.isEmpty()) {
            return notApplicable();
        }
        OtherApplication last = failed.get();
        java.time.LocalDate since = last.firstSubmittedAt() == null ? null
                : java.time.LocalDate.ofInstant(last.firstSubmittedAt(), java.time.ZoneId.of("Asia/Shanghai"));
        boolean fresh = c.archive().achievements().stream()
                .filter(a -> !last.achievementIds().contains(a.id()))
                .map(Achievement::date)
                .anyMatch(date -> date != null && (since == null || date.isAfter(since)));
        if (!fresh) {
            return failed("eligibility.no-new-achievements", last.year(), since);
        }
        return passed();
    }
}
