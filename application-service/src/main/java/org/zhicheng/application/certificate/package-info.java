/** Certificates issued on publication, their public verification and revocation; units' appointments. */
package org.zhicheng.application.certificate;
