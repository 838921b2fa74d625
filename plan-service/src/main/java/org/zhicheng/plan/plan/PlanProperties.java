package org.zhicheng.plan.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.plan.*}: tunables of the plan API.
 *
 * @param maxPageSize the largest page a list request may ask for
 */
@ConfigurationProperties("zhicheng.plan")
public record PlanProperties(@DefaultValue("100") int maxPageSize) {
}
