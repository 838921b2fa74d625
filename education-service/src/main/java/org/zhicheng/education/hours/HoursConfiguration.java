package org.zhicheng.education.hours;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoursProperties.class)
class HoursConfiguration {
}
