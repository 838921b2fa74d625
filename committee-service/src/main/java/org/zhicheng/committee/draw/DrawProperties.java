package org.zhicheng.committee.draw;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.zhicheng.committee.draw.domain.DrawRuleSettings;

/**
 * {@code zhicheng.committee.rules.draw.*}: the numbers of the draw's rules.
 *
 * @param minimumPanelSize the smallest panel (MOHRSS order 40); odd; default 5
 * @param emergencyPercent the largest share of a panel picked by name with the HR bureau's consent (000 三(一));
 *                         default 30
 */
@ConfigurationProperties("zhicheng.committee.rules.draw")
public record DrawProperties(@DefaultValue("5") int minimumPanelSize, @DefaultValue("30") int emergencyPercent) {

    DrawRuleSettings settings() {
        return new DrawRuleSettings(minimumPanelSize, emergencyPercent);
    }
}
