package org.zhicheng.starter.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.calendar.*}.
 *
 * @param location the calendar YAML; the starter ships {@code classpath:zhicheng/working-days.yaml}, a
 * {@code file:} path replaces it so a new year's notice is added without a release
 */
@ConfigurationProperties("zhicheng.calendar")
public record CalendarProperties(@DefaultValue("classpath:zhicheng/working-days.yaml") String location) {
}
