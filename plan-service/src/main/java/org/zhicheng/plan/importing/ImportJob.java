package org.zhicheng.plan.importing;

import java.time.Instant;
import java.util.UUID;

/** An import job as stored: whose it is, for which plan, how far it got and what it produced. */
record ImportJob(UUID id, String ownerSubject, String ownerUsername, String region, int year, String category,
        String title, String fileName, ImportStatus status, int rowsTotal, int rowsDone, String report,
        String failureCode, UUID planId, Instant createdAt, Instant updatedAt) {
}
