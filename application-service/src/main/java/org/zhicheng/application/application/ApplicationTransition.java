package org.zhicheng.application.application;

import java.time.Instant;
import java.util.Map;

import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Desk;
import org.zhicheng.application.workflow.Step;

/**
 * One recorded transition: the history row (who, role, when, from, to, why) and the event it emits.
 *
 * @param desk   who holds the application after it
 * @param holder the holding desk's id (person, unit, department, committee, region), null when nobody holds it
 * @param data   what the step adds (the publicity opened, the meeting, the votes, the objection), may be empty
 */
public record ApplicationTransition(Step step, ApplicationState from, ApplicationState to, Desk desk, String holder,
        String actor, String role, String reason, Instant at, Map<String, Object> data) {

    public ApplicationTransition {
        java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
        if (data != null) {
            data.forEach((key, value) -> {
                if (value != null) {
                    kept.put(key, value);
                }
            });
        }
        data = java.util.Collections.unmodifiableMap(kept);
    }
}
