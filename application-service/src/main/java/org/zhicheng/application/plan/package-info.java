/**
 * The published plan items applications are made against: a read model kept from plan-service's events, with
 * plan-service's API asked for an item the model lacks.
 */
package org.zhicheng.application.plan;
