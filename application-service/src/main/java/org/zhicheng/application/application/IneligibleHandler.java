package org.zhicheng.application.application;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhicheng.application.eligibility.Finding;
import org.zhicheng.starter.problem.ProblemBody;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.ProblemRenderer;

import jakarta.servlet.http.HttpServletRequest;

/** Answers {@link ApplicationIneligible} as a 422 problem naming the first failing rule and listing all of them. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IneligibleHandler {

    private final ProblemRenderer renderer;
    private final FindingMessages messages;

    IneligibleHandler(ProblemRenderer renderer, FindingMessages messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    @ExceptionHandler(ApplicationIneligible.class)
    ResponseEntity<ProblemBody> ineligible(ApplicationIneligible refused, HttpServletRequest request) {
        Finding first = refused.report().firstFailure().orElseThrow();
        ProblemException problem = new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, first.code(), null,
                first.notice(), first.arguments().toArray(),
                messages.problems(refused.report().failures(), messages.locale(request)));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(renderer.render(problem, request));
    }
}
