package org.zhicheng.education.hours;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhicheng.education.hours.*}: {@code max-per-record} is the most hours one entry may carry (a single course
 * or certificate); anything above is taken for a typing error and refused as {@code hours.above-maximum}.
 */
@ConfigurationProperties("zhicheng.education.hours")
record HoursProperties(BigDecimal maxPerRecord) {

    HoursProperties {
        if (maxPerRecord == null) {
            maxPerRecord = new BigDecimal("200");
        }
    }
}
