/**
 * Import and export of plan tables (评审计划表) as the notices print them: tab-separated text copied from a notice,
 * CSV or XLSX in, a draft plan and a row-by-row report out (through an asynchronous job); a plan as XLSX in the
 * notice layout out. The plan domain is reached only through the {@link org.zhicheng.plan.importing.PlanDrafts}
 * port and the catalog through {@link org.zhicheng.plan.importing.ImportCatalog}.
 */
package org.zhicheng.plan.importing;
