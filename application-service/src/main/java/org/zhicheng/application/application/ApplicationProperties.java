package org.zhicheng.application.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.application.*} of the workflow.
 *
 * @param pledge     the pledge an applicant gives with a submission (承诺), stored with it as pledged (003 三(一))
 * @param compliance how pending continuing-education checks are asked again
 * @param maxPageSize the largest page of a list
 */
@ConfigurationProperties("zhicheng.application")
public record ApplicationProperties(
        @DefaultValue("本人承诺：所填报的信息和上传的材料真实、准确、完整，不含任何涉密材料；如有虚假，愿承担相应责任。") String pledge,
        @DefaultValue Compliance compliance,
        @DefaultValue("100") int maxPageSize) {

    /**
     * @param initialBackoff the wait before the first retry; doubled after each failure up to {@code maxBackoff}
     * @param pollInterval   how often the worker looks for due checks
     */
    public record Compliance(@DefaultValue("1m") Duration initialBackoff, @DefaultValue("1h") Duration maxBackoff,
            @DefaultValue("30s") Duration pollInterval) {
    }
}
