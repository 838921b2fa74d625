/** The plans' HTTP API under {@code /api/v1/plans}: request and view records, their mapper and the controller. */
package org.zhicheng.plan.plan.web;
