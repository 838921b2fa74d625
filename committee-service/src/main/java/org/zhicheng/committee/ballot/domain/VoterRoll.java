package org.zhicheng.committee.ballot.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who has voted on one application: a set, with neither order nor time nor choice, so it cannot be lined up with the
 * {@link Tally}. It exists to refuse a second ballot.
 */
public final class VoterRoll {

    private final Set<String> voters;

    VoterRoll(Set<String> voters) {
        this.voters = new HashSet<>(voters);
    }

    public boolean hasVoted(String expert) {
        return voters.contains(expert);
    }

    public int size() {
        return voters.size();
    }

    /** The voters sorted by id (not in the order they voted). */
    public List<String> voters() {
        return voters.stream().sorted().toList();
    }

    void add(String expert) {
        if (!voters.add(expert)) {
            throw new IllegalStateException(expert + " is already on the roll");
        }
    }
}
