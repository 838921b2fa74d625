package org.zhicheng.committee.draw.domain;

import java.util.List;

/**
 * How the published record names experts (化名): {@code SHA-256(UTF-8(hex(salt) + ":" + expertId))} as 64 lowercase
 * hex digits, {@code hex(salt)} being the salt's 64 lowercase hex digits. Whoever holds the salt (office, HR bureau,
 * auditors after the meeting) can tell who a pseudonym is; nobody else can.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    public static String of(Salt salt, String expertId) {
        return Sha256.hex(salt.hex() + ":" + expertId);
    }

    /** The pseudonyms of the ids, in the same order. */
    public static List<String> of(Salt salt, List<String> expertIds) {
        String prefix = salt.hex() + ":";
        return expertIds.stream().map(id -> Sha256.hex(prefix + id)).toList();
    }
}
