package org.zhicheng.starter.problem;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.zhicheng.starter.web.RequestIds;

/**
 * Turns a status and a code into the {@link ProblemBody} a client sees, with messages in the caller's language.
 * Used by {@link ProblemExceptionHandler} inside Spring MVC, and by filters and security handlers outside it
 * ({@link #write}).
 */
public class ProblemRenderer {

    private final ProblemMessages messages;
    private final JsonMapper jsonMapper;

    public ProblemRenderer(ProblemMessages messages, JsonMapper jsonMapper) {
        this.messages = messages;
        this.jsonMapper = jsonMapper;
    }

    public ProblemBody render(ProblemException problem, HttpServletRequest request) {
        return render(problem.status(), problem.code(), problem.fallbackCode(), problem.rule(), problem.args(),
                problem.errors(), request);
    }

    public ProblemBody render(HttpStatusCode status, String code, String fallbackCode, String rule, Object[] args,
            List<FieldProblem> errors, HttpServletRequest request) {
        Locale locale = messages.locale(request);
        args = plain(args);
        String title = messages.message(code, fallbackCode, "title", args, locale);
        if (title == null) {
            title = messages.message("status." + status.value(), null, "title", args, locale);
        }
        String detail = messages.message(code, fallbackCode, "detail", args, locale);
        return new ProblemBody(ProblemBody.TYPE_PREFIX + code, title, status.value(), detail,
                request.getRequestURI(), code, rule, errors, RequestIds.current());
    }

    /**
     * The arguments as the messages should show them. {@code MessageFormat} formats a number for the locale, so the
     * year 2024 would read "2,024" and an id 12345 "12,345"; problem arguments are years, ids, counts and limits,
     * which read right only as written, so numbers are passed as their plain text.
     */
    static Object[] plain(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof BigDecimal decimal) {
                plain[i] = decimal.toPlainString();
            }
            else if (plain[i] instanceof Number number) {
                plain[i] = number.toString();
            }
        }
        return plain;
    }

    /** Writes a problem straight to the response, for code that runs before Spring MVC (filters, security). */
    public void write(ProblemBody body, HttpServletResponse response) throws IOException {
        response.setStatus(body.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), body);
    }
}
