/** What this service knows of committee-service: the committees' rights, and the calls it makes to it. */
package org.zhicheng.application.committee;
