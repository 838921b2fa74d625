/**
 * Import and export of plan tables (评审计划表) as the notices print them: tab-separated text copied from a notice,
 * CSV or XLSX in, a draft plan and a row-by-row report out (through an asynchronous job); a plan as XLSX in the
 * notice layout out. The import reaches the plan domain only through the
 * {@link org.zhicheng.plan.importing.PlanDrafts} port and the catalog through
 * {@link org.zhicheng.plan.importing.ImportCatalog}; the export reads a plan as the plan API does and names its codes
 * through the plan's own {@link org.zhicheng.plan.plan.domain.CatalogCodes}, deactivated entries included.
 */
package org.zhicheng.plan.importing;
