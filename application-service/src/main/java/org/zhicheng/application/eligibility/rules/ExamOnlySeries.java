package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 中初级职称实行全国和省统一考试的专业不进行职称评审和初定 (000 二(三)); 相应专业技术人员需通过参加考试取得职称，不再进行职称初定
 * (002 二(三)): in an exam-only series (经济、会计、审计、统计 …) the junior and intermediate titles are not evaluated, and no
 * title of it is certified initially. Its senior titles are evaluated as usual.
 */
public final class ExamOnlySeries implements EligibilityRule {

    @Override
    public String name() {
        return "exam-only-series";
    }

    @Override
    public String notice() {
        return "000-二(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        TitleInfo title = c.title();
        if (title == null || !title.examOnlySeries()) {
            return notApplicable();
        }
        if (c.route() == Route.INITIAL_CERTIFICATION) {
            return failed("eligibility.exam-only-initial", title.seriesName(), title.name());
        }
        if (title.rank() <= TitleInfo.rank("INTERMEDIATE")) {
            return failed("eligibility.exam-only", title.seriesName(), title.name());
        }
        return passed();
    }
}
