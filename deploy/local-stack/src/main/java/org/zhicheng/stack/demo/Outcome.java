package org.zhicheng.stack.demo;

import org.slf4j.Logger;

/** What happened to one entry of the demo data: a plan, a person's hours, a committee or a meeting. */
public enum Outcome {
    LOADED, EXISTING, FAILED;

    /** Logs the entry's one-line summary, a failure as a warning. */
    void log(Logger log, String summary) {
        if (this == FAILED) {
            log.warn(summary);
        } else {
            log.info(summary);
        }
    }
}
