package org.zhicheng.plan.importing;

import java.time.LocalDate;

import org.zhicheng.plan.plan.domain.PlanCategory;

/**
 * Import the {@code table}-th plan table (from 1) of a file as a draft plan. {@code applicationDeadline} is the
 * individual application deadline every item gets (the tables print none); null leaves it to the domain's effective
 * deadline (the end of the item's material deadline, else the end of the plan year).
 */
public record StartImport(int year, String region, PlanCategory category, String title, int table,
        LocalDate applicationDeadline, String fileName, byte[] content) {
}
