package org.zhicheng.starter.feign;

/**
 * Another service answered a Feign call with an error: its status and, when it sent problem details, its
 * {@code code}, {@code rule} and {@code detail}. {@code client} is the Feign client's name. Catch it where the
 * caller can do something about a specific code; left alone, a 4xx is passed on to the caller's client with the same
 * status and code, and a 5xx becomes 503 {@code unavailable}.
 */
public class RemoteProblemException extends RuntimeException {

    private final String client;
    private final int status;
    private final String code;
    private final String rule;
    private final String detail;

    public RemoteProblemException(String client, int status, String code, String rule, String detail) {
        super(client + " answered " + status + (code == null ? "" : " " + code), null, false, false);
        this.client = client;
        this.status = status;
        this.code = code;
        this.rule = rule;
        this.detail = detail;
    }

    public String client() {
        return client;
    }

    public int status() {
        return status;
    }

    /** The problem code, or {@code http.<status>} when the answer was no problem JSON. */
    public String code() {
        return code;
    }

    public String rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }
}
