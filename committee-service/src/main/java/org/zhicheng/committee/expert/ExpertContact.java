package org.zhicheng.committee.expert;

/**
 * How to reach an expert, from their profile: for the draw's summons of the drawn experts. Fields the profile does not
 * hold are null.
 */
public record ExpertContact(String expertId, String name, String unit, String email, String phone) {
}
