/**
 * Application service: performance archives (业绩档案), applications (申报) and their workflow from the unit's review
 * to the certificate (发证), one package per feature: archive, evidence, plan (the read model of published items),
 * catalog, eligibility, application, workflow, integrity, certificate, publication, education, committee.
 */
package org.zhicheng.application;
