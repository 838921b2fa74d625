package org.zhicheng.plan.plan.domain;

import java.util.UUID;

/** An event a plan emits; its type name and version are the contract in {@code docs/events/asyncapi.yaml}. */
public sealed interface PlanEvent permits PlanPublished, PlanDeadlineChanged, PlanClosed {

    /** The envelope's {@code type}: an explicit string, never a class name. */
    String type();

    int version();

    UUID planId();
}
