/**
 * The title catalog (职称目录): series (系列) with their specialties (专业), levels (级别) and titles (职称), seeded by
 * migration from the seed notices. Public reads; the admin adds, changes, deactivates and (when no plan names them)
 * removes entries. Plans validate their title and specialty codes against the active entries. Title aliases are the
 * other names notices print for a title, which the plan import reads as that title.
 */
package org.zhicheng.plan.catalog;
