package org.zhicheng.plan.importing;

import java.util.UUID;

import org.zhicheng.starter.security.ZhichengPrincipal;

/** The port to the plan domain: draft a plan from an understood table, under the plan's own rules and access. */
public interface PlanDrafts {

    /** Refuses (403) a caller who may not draft a plan of {@code region}, before anything is read or stored. */
    void requireDrafter(ZhichengPrincipal user, String region);

    /**
     * Creates the draft and answers its id. A refusal by the domain is thrown as the plan's problem; when it names an
     * item (the first argument, numbered from 1 in table order) the importer reports it on that item's source row.
     */
    UUID createDraft(ImportedPlan plan, ZhichengPrincipal by);
}
