/**
 * Education service: continuing-education hours (继续教育学时) per person and year, and the regional rule sets that
 * decide compliance. This is its foundation: security, database and API documents; the features follow.
 */
package org.zhicheng.education;
