/**
 * Load benchmarks run by hand against the real stack, through the gateway as the portals call it:
 * {@link org.zhicheng.bench.PlanSearchBenchmark} seeds published plans and measures the anonymous plan-item search;
 * {@link org.zhicheng.bench.ComplianceCheckBenchmark} seeds people's hours and measures the compliance check.
 */
package org.zhicheng.bench;
