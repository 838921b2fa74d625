/**
 * Education service: continuing-education hours (继续教育学时) per person and year ({@code hours}: the ledger and its
 * events) and the regional rule sets that decide compliance ({@code compliance}: rule sets as versioned data and the
 * compliance check answering with its reasons).
 */
package org.zhicheng.education;
