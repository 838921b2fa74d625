package org.zhicheng.plan.plan.domain.schedule;

/**
 * A time a notice could not mean: a month 13, 2 月 30 日, a range that runs backwards, or words the parser does not
 * know. Carries the text as written so the answer can name it.
 */
public class InvalidTimeExpression extends RuntimeException {

    private final String text;
    private final String reason;

    public InvalidTimeExpression(String text, String reason) {
        super("\"" + text + "\": " + reason);
        this.text = text;
        this.reason = reason;
    }

    /** The text as it was given. */
    public String text() {
        return text;
    }

    /** Why it was refused, in English (for logs and the problem's detail). */
    public String reason() {
        return reason;
    }
}
