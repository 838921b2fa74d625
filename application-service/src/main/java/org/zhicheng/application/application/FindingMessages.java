package org.zhicheng.application.application;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhicheng.application.eligibility.Finding;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.ProblemMessages;

/** The eligibility findings in the caller's language, from the service's problem bundles ({@code <code>.detail}). */
@Component
public class FindingMessages {

    private final ProblemMessages messages;

    FindingMessages(ProblemMessages messages) {
        this.messages = messages;
    }

    public String message(Finding finding, Locale locale) {
        if (finding.code() == null) {
            return null;
        }
        String text = messages.message(finding.code(), null, "detail", finding.arguments().toArray(), locale);
        return text == null ? finding.code() : text;
    }

    public List<FieldProblem> problems(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> new FieldProblem(f.rule(), f.code(), message(f, locale))).toList();
    }

    public Locale locale(jakarta.servlet.http.HttpServletRequest request) {
        return messages.locale(request);
    }
}
