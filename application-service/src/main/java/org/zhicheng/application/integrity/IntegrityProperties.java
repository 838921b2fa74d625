package org.zhicheng.application.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.application.integrity.*}.
 *
 * @param fraudBanYears how long a fraud veto bars the person from applying (MOHRSS-40 第三十七条: recorded for 3 years)
 * @param maxBanYears   the longest ban an HR bureau may record
 */
@ConfigurationProperties("zhicheng.application.integrity")
public record IntegrityProperties(@DefaultValue("3") int fraudBanYears, @DefaultValue("5") int maxBanYears) {
}
