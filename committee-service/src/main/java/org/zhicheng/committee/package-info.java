/**
 * Committee service: evaluation committees (评委会), expert pools (专家库), meetings, reproducible panel draws and
 * ballots. This is its foundation: security, database and API documents; the features follow.
 */
package org.zhicheng.committee;
