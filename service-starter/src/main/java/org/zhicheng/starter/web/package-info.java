/**
 * Web conventions every service shares: request ids, the page shape, ETag / If-Match checks and
 * Idempotency-Key replay for creates.
 */
package org.zhicheng.starter.web;
