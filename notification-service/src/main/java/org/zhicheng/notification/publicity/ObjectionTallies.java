package org.zhicheng.notification.publicity;

import java.util.UUID;

import org.zhicheng.notification.publicity.domain.ObjectionTally;

/** The objections raised against a publicity, counted by the objection feature for the publicity's close. */
public interface ObjectionTallies {

    ObjectionTally tally(UUID publicityId);
}
