/**
 * Rule sets and compliance checks: the regions' continuing-education rules stored as versioned data (HR bureaus edit
 * their region's, a district inherits its city's), and the check that answers compliant or not with the reasons —
 * per year and category, required against recorded, the rule and its notice.
 */
package org.zhicheng.education.compliance;
