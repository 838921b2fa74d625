/**
 * The application workflow as a state machine ({@link org.zhicheng.application.workflow.Step},
 * {@link org.zhicheng.application.workflow.Workflow}), the desks that hold applications, and how the workflow reacts to
 * the other services (publicities, meetings, objections).
 */
package org.zhicheng.application.workflow;
