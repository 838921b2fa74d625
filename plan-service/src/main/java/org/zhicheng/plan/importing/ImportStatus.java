package org.zhicheng.plan.importing;

/** The life of an import job. */
public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
