/**
 * The title catalog (职称目录): series (系列) with their specialties (专业), levels (级别) and titles (职称), seeded by
 * migration from the seed notices. Read-only and public; plans validate their title and specialty codes against it.
 */
package org.zhicheng.plan.catalog;
