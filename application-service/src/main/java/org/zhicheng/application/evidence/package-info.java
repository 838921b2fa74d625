/**
 * Evidence files of the archives (证明材料): PDF, JPEG, PNG or OFD told by their content, bounded in size, refused when
 * a PDF or OFD text carries a classification mark (严禁上传涉密材料, 000 二(二), 001 一), hashed with SHA-256 and stored
 * once per content behind {@link org.zhicheng.application.evidence.EvidenceStore} (ADR 8).
 */
package org.zhicheng.application.evidence;
