package org.zhicheng.application.committee;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Experts read an application only when they sit on the drawn panel of the meeting it is assigned to (committee-service
 * knows the panel; it is asked each time, so a replaced panelist loses the access at once). Never before the draw.
 */
@Component
public class PanelAccess {

    private final CommitteeClient committee;

    PanelAccess(CommitteeClient committee) {
        this.committee = committee;
    }

    public boolean onPanel(ZhichengPrincipal user, UUID meeting, UUID application) {
        if (!user.hasRole(Roles.EXPERT) || user.person() == null || meeting == null) {
            return false;
        }
        try {
            CommitteeClient.PanelMembership m = RemoteCalls.call("committee",
                    () -> committee.membership(meeting, user.person()));
            return m.member() && m.panelDrawn() && m.applicationIds().contains(application);
        } catch (RemoteProblemException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }
}
