/** The title catalog of plan-service, as the rules read it. */
package org.zhicheng.application.catalog;
