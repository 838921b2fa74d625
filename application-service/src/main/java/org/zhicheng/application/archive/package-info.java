/**
 * Performance archives (业绩档案): one per person, kept by the applicant at any time (001 一, 002 一(二)), every change
 * a new version with who and when; an application holds the version it was made from, so later edits change nothing
 * already submitted. The evidence files are the {@code evidence} feature's.
 */
package org.zhicheng.application.archive;
