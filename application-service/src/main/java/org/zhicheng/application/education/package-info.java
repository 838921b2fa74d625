/** Continuing-education compliance, asked of education-service and retried while it cannot answer. */
package org.zhicheng.application.education;
