/**
 * Time: the one {@link java.time.Clock} every service injects into its use cases (UTC, microsecond ticks), so domain
 * code never calls {@code now()} and tests can put a fixed clock in its place.
 */
package org.zhicheng.starter.time;
