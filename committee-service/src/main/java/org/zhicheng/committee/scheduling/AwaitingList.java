package org.zhicheng.committee.scheduling;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.scheduling.AwaitingRepository.Page;
import org.zhicheng.committee.scheduling.domain.AwaitingStatus;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Reading a committee's waiting list: its office or the HR bureau covering its territory, checked like the other
 * committee reads (role 403 {@code awaiting.role-required} before anything is looked up, then 404
 * {@code committee.not-found}, then 403 {@code committee.out-of-scope}).
 */
@Service
class AwaitingList {

    private final AwaitingRepository awaiting;
    private final Committees committees;
    private final CommitteeScope scope;

    AwaitingList(AwaitingRepository awaiting, Committees committees, CommitteeScope scope) {
        this.awaiting = awaiting;
        this.committees = committees;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    Page page(String code, AwaitingStatus status, int page, int size, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "awaiting", Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        Committee committee = committees.require(code);
        scope.requireOfficeOrHr(user, committee);
        return awaiting.page(committee.code(), status, page, size);
    }
}
