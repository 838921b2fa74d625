package org.zhicheng.committee.expert.domain;

/** One change a pool request asks for: add an expert for a term, or remove one. */
public sealed interface PoolChange {

    String expertId();

    /** 新增: the expert joins the pool for the term. */
    record Addition(String expertId, Term term) implements PoolChange {
    }

    /** 调整: the expert leaves the pool, with the reason. */
    record Removal(String expertId, String reason) implements PoolChange {
    }
}
