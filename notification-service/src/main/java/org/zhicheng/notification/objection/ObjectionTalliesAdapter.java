package org.zhicheng.notification.objection;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.publicity.ObjectionTallies;
import org.zhicheng.notification.publicity.domain.ObjectionTally;

/** The objections of a publicity as its close needs them, counted in the caller's transaction. */
@Component
class ObjectionTalliesAdapter implements ObjectionTallies {

    private final ObjectionRepository objections;

    ObjectionTalliesAdapter(ObjectionRepository objections) {
        this.objections = objections;
    }

    @Override
    public ObjectionTally tally(UUID publicityId) {
        return objections.tally(publicityId);
    }
}
