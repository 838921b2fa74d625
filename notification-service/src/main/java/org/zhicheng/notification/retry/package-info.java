/** How the service's background workers wait before trying again. */
package org.zhicheng.notification.retry;
