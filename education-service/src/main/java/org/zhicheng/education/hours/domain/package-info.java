/**
 * The ledger's domain, free of Spring: the hour categories, what one entry says, and the named rules an entry must
 * pass before it is written (positive and plausible hours, a known category, no future year).
 */
package org.zhicheng.education.hours.domain;
