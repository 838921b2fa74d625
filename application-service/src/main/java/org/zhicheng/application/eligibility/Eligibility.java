package org.zhicheng.application.eligibility;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.zhicheng.application.eligibility.rules.AchievementsCutOff;
import org.zhicheng.application.eligibility.rules.ApplicationDeadline;
import org.zhicheng.application.eligibility.rules.ArchiveComplete;
import org.zhicheng.application.eligibility.rules.CaseByCase;
import org.zhicheng.application.eligibility.rules.CivilServiceManagedExcluded;
import org.zhicheng.application.eligibility.rules.ContinuingEducation;
import org.zhicheng.application.eligibility.rules.DepartmentNamed;
import org.zhicheng.application.eligibility.rules.EntrustmentLetter;
import org.zhicheng.application.eligibility.rules.EvaluationScope;
import org.zhicheng.application.eligibility.rules.ExamOnlySeries;
import org.zhicheng.application.eligibility.rules.ExceptionalGrounds;
import org.zhicheng.application.eligibility.rules.FailedLastYearNeedsNewAchievements;
import org.zhicheng.application.eligibility.rules.HighSkilledQualification;
import org.zhicheng.application.eligibility.rules.InitialCertification;
import org.zhicheng.application.eligibility.rules.IntegrityBan;
import org.zhicheng.application.eligibility.rules.ItemOpen;
import org.zhicheng.application.eligibility.rules.NormalSeniority;
import org.zhicheng.application.eligibility.rules.OneApplicationPerItem;
import org.zhicheng.application.eligibility.rules.PersonnelAffiliation;
import org.zhicheng.application.eligibility.rules.PostApproval;
import org.zhicheng.application.eligibility.rules.QualificationDirect;
import org.zhicheng.application.eligibility.rules.QuantitativeScore;
import org.zhicheng.application.eligibility.rules.RecommendationExclusion;
import org.zhicheng.application.eligibility.rules.TitleEvaluatedByItem;
import org.zhicheng.application.eligibility.rules.Territory;
import org.zhicheng.application.eligibility.rules.TransferIn;
import org.zhicheng.application.eligibility.rules.UnitSuspension;

/**
 * Who may apply where and how: every rule, each citing its notice, run in this order on one case. Shown to the
 * applicant before submitting (the dry run) and run again at submission, where any failure refuses it.
 */
@Service
@EnableConfigurationProperties(EligibilityProperties.class)
public class Eligibility {

    private final List<EligibilityRule> rules;
    private final EligibilityProperties properties;

    Eligibility(EligibilityProperties properties) {
        this.properties = properties;
        this.rules = List.of(
                new ArchiveComplete(),
                new ItemOpen(),
                new TitleEvaluatedByItem(),
                new ExamOnlySeries(),
                new ApplicationDeadline(),
                new OneApplicationPerItem(),
                new Territory(),
                new EvaluationScope(),
                new PersonnelAffiliation(),
                new EntrustmentLetter(),
                new PostApproval(),
                new UnitSuspension(),
                new CivilServiceManagedExcluded(),
                new IntegrityBan(),
                new RecommendationExclusion(),
                new FailedLastYearNeedsNewAchievements(),
                new DepartmentNamed(properties),
                new NormalSeniority(properties),
                new ExceptionalGrounds(),
                new QuantitativeScore(properties),
                new HighSkilledQualification(properties),
                new QualificationDirect(),
                new InitialCertification(properties),
                new TransferIn(),
                new CaseByCase(),
                new AchievementsCutOff(),
                new ContinuingEducation());
    }

    public EligibilityReport evaluate(ApplicationCase c) {
        return new EligibilityReport(rules.stream().map(rule -> rule.check(c)).toList());
    }

    public List<EligibilityRule> rules() {
        return rules;
    }

    public EligibilityProperties properties() {
        return properties;
    }

    /** Whether the level or route of an application goes through the competent department. */
    public boolean needsDepartment(String level, String route) {
        return DepartmentNamed.needed(properties, level, route);
    }

    /** The years of service the title requires, as education-service counts compliant years (001 五(一)). */
    public int requiredYears(String level, String route) {
        Integer years = properties.seniorityYears().get(level);
        return years == null ? 1 : years;
    }
}
