/**
 * The verifiable panel draw (抽取评审专家), free of Spring and of the database.
 *
 * <p>{@link org.zhicheng.committee.draw.domain.Eligibility} turns a committee's pool into the eligible candidates of one
 * meeting (matching specialties and title levels, minus everyone with a conflict against an assigned application,
 * each exclusion recorded with its reason). {@link org.zhicheng.committee.draw.domain.PanelDraw} is the draw's
 * aggregate: it commits to the pseudonymous pool, the constraints and the hash of a random seed before it draws, then
 * draws the panel and its alternates deterministically from the seed, and logs every later step (confirmations,
 * declines, alternates taking a seat, committed top-up draws, emergency picks by name). Its
 * {@link org.zhicheng.committee.draw.domain.PanelDraw#published() published record} names experts by pseudonym only;
 * {@link org.zhicheng.committee.draw.domain.DrawReplay} lets anyone re-run it from that record and obtain the identical
 * panel. The algorithm is specified in {@code docs/api/committee-draw-algorithm.md}.
 */
package org.zhicheng.committee.draw.domain;
