package org.zhicheng.committee.draw.domain;

import java.util.List;
import java.util.Objects;

/**
 * The draw as the public and the applicants may see it (公开抽取记录): everything needed to re-run it with
 * {@link DrawReplay}, with experts named only by {@link Pseudonyms pseudonym}. Seeds appear once their round is drawn;
 * decline reasons and exclusions are left out.
 *
 * @param constraints the meeting's constraints
 * @param pool        round 0's pool: the eligible experts' pseudonyms in canonical order
 * @param rounds      the rounds, in order
 * @param steps       the log, in order
 */
public record PublishedDraw(DrawConstraints constraints, List<String> pool, List<DrawRound> rounds,
        List<DrawStep> steps) {

    public PublishedDraw {
        Objects.requireNonNull(constraints, "constraints");
        pool = List.copyOf(pool);
        rounds = List.copyOf(rounds);
        steps = List.copyOf(steps);
    }
}
