package org.zhicheng.committee.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.committee.*} of the committee API.
 *
 * @param maxPageSize the largest page a list request may ask for
 */
@ConfigurationProperties("zhicheng.committee")
public record CommitteeProperties(@DefaultValue("100") int maxPageSize) {
}
