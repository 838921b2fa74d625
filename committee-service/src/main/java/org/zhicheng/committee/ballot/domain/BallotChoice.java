package org.zhicheng.committee.ballot.domain;

/** An expert's vote on one application: 同意 / 不同意 / 弃权. */
public enum BallotChoice {
    AGREE, DISAGREE, ABSTAIN
}
