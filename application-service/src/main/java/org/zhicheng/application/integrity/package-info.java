/** The integrity archive (诚信档案), read by the eligibility rules and written by the workflow and the desks. */
package org.zhicheng.application.integrity;
