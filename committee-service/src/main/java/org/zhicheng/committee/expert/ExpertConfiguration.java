package org.zhicheng.committee.expert;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoolRuleProperties.class)
class ExpertConfiguration {
}
