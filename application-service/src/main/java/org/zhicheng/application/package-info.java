/**
 * Application service: performance archives (业绩档案), applications (申报) and their workflow from the unit's review
 * to the certificate (发证). This is its foundation: security, database and API documents; the features follow.
 */
package org.zhicheng.application;
