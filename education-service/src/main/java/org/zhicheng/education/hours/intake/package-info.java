/**
 * Reading the exports of outside systems into ledger rows: one adapter per source layout, each turning a file into
 * {@link org.zhicheng.education.hours.intake.ImportRow}s (or row-numbered problems) without touching the ledger.
 */
package org.zhicheng.education.hours.intake;
