package org.zhicheng.plan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhicheng.plan.committee.CommitteeDirectory;
import org.zhicheng.plan.committee.KnownCommittee;
import org.zhicheng.plan.committee.SuspendedCommitteeTakesNoItems;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.plan.plan.domain.PlanItemInput;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may do what with a plan: offices and HR bureaus draft and submit plans of regions they cover; only the HR bureau
 * of a covering region reviews, publishes and closes. Unpublished plans are invisible (404) outside that scope. A
 * committee office drafts items only for its own committees (the codes of its {@code committees} claim) once
 * committee-service has registered them; an HR bureau for every committee of its region.
 */
@Component
public class PlanAccess {

    private final CommitteeDirectory committees;
    private final SuspendedCommitteeTakesNoItems suspended = new SuspendedCommitteeTakesNoItems();

    PlanAccess(CommitteeDirectory committees) {
        this.committees = committees;
    }

    /** Create, amend, submit, import: a committee office or HR bureau covering the region. */
    public void requireDrafter(ZhichengPrincipal user, String region) {
        if (user == null || !user.hasAnyRole(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU)) {
            throw Problems.forbidden("plan.role-required", Roles.COMMITTEE_OFFICE + ", " + Roles.HR_BUREAU);
        }
        requireScope(user, region);
    }

    /** Approve, return, publish, close: the HR bureau covering the region. */
    void requireReviewer(ZhichengPrincipal user, String region) {
        if (user == null || !user.hasRole(Roles.HR_BUREAU)) {
            throw Problems.forbidden("plan.role-required", Roles.HR_BUREAU);
        }
        requireScope(user, region);
    }

    /**
     * The items of a plan of {@code region}, each linked to the registered committee it names (by id, or by name in
     * the region's lineage); items of committees not (yet) registered pass by name. For a registered committee a
     * committee office must hold its code (403 {@code plan.other-committee}) and its rights must not be suspended
     * (422, 001 四); an unknown committee id is 422 {@code plan-item.committee-unknown}.
     */
    List<PlanItemInput> linkCommittees(ZhichengPrincipal user, String region, List<PlanItemInput> items) {
        List<PlanItemInput> linked = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            PlanItemInput item = items.get(i);
            Optional<KnownCommittee> committee = committees.ofItem(i, item.committeeId(), item.committeeName(),
                    region);
            if (committee.isEmpty()) {
                linked.add(item);
                continue;
            }
            requireOwnCommittee(user, committee.get(), i);
            suspended.check(committee.get(), i, item.committeeId() != null ? "committeeId" : "committeeName");
            linked.add(item.withCommitteeId(committee.get().id()));
        }
        return List.copyOf(linked);
    }

    /**
     * Before a plan is submitted, approved or published: none of its items may be for a committee whose rights were
     * suspended after the item was drafted (001 四; 422 naming the item, with field {@code committeeId}). Answers the
     * codes of the committees the items are linked to, by id: the same lookup gives {@code PlanPublished} the codes
     * it prints, so publication asks the read model once.
     */
    Map<UUID, String> requireNoSuspendedCommittee(EvaluationPlan plan) {
        List<PlanItem> items = plan.items();
        Map<UUID, KnownCommittee> linked = committees.byIds(items.stream().map(PlanItem::committeeId)
                .filter(Objects::nonNull).distinct().toList());
        for (int i = 0; i < items.size(); i++) {
            UUID id = items.get(i).committeeId();
            KnownCommittee committee = id == null ? null : linked.get(id);
            if (committee != null) {
                suspended.check(committee, i, "committeeId");
            }
        }
        return linked.values().stream()
                .collect(Collectors.toUnmodifiableMap(KnownCommittee::id, KnownCommittee::code));
    }

    boolean canSee(ZhichengPrincipal user, EvaluationPlan plan) {
        if (plan.status().isPublic()) {
            return true;
        }
        String scope = draftScope(user);
        return scope != null && plan.region().startsWith(scope);
    }

    /** The region prefix whose unpublished plans the user sees, or null when they see only public plans. */
    String draftScope(ZhichengPrincipal user) {
        if (user == null || !user.hasAnyRole(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU) || user.region() == null
                || user.region().isBlank()) {
            return null;
        }
        return user.region();
    }

    /** Item {@code index} (from 0): the problem names item {@code index + 1}, as the plan rules do. */
    private static void requireOwnCommittee(ZhichengPrincipal user, KnownCommittee committee, int index) {
        // HR bureaus act for every committee of their region; the region is checked by requireDrafter
        if (user.hasRole(Roles.HR_BUREAU) || user.isMember(committee.code())) {
            return;
        }
        throw Problems.forbidden("plan.other-committee", index + 1, committee.name(), committee.code());
    }

    private static void requireScope(ZhichengPrincipal user, String region) {
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("plan.out-of-scope", region);
        }
    }
}
