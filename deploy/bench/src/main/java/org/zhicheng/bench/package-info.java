/**
 * Load benchmarks run by hand against the real stack, through the gateway as the portals call it:
 * {@link org.zhicheng.bench.PlanSearchBenchmark} seeds published plans and measures the anonymous plan-item search.
 */
package org.zhicheng.bench;
