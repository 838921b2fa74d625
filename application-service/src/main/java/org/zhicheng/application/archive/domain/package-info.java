/**
 * The performance archive (业绩档案) as data: what a person records of their education, work, titles,
 * qualifications and achievements, and which achievements they put forward as representative (代表性成果). Each change
 * is a new version; an application holds the version it was made from.
 */
package org.zhicheng.application.archive.domain;
