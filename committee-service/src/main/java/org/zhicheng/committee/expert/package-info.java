/**
 * Experts and pools: expert profiles, committee pools (专家库) with three-year terms changed only by requests the HR
 * bureau approves (000 三(一)), conflicts of interest declared by experts or pinned by offices, and discipline that
 * disqualifies an expert, ends their memberships and tells their unit. {@link org.zhicheng.committee.expert.PoolMembers}
 * is the read model the draw and meeting features use; {@link org.zhicheng.committee.expert.ExpertContacts} gives the
 * draw's summons the drawn experts' contacts.
 */
package org.zhicheng.committee.expert;
