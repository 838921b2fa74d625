package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 调入 (000 二(二)): a title obtained elsewhere is taken over on transfer; the archive holds a title of the level applied
 * for, with its issuer.
 */
public final class TransferIn implements EligibilityRule {

    @Override
    public String name() {
        return "transfer-in";
    }

    @Override
    public String notice() {
        return "000-二(二)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.TRANSFER_IN || c.title() == null) {
            return notApplicable();
        }
        boolean held = c.archive().titles().stream().anyMatch(t -> c.title().level().equals(t.level())
                && t.issuer() != null && !t.issuer().isBlank());
        return held ? passed() : failed("eligibility.transfer-title-missing", c.title().name());
    }
}
