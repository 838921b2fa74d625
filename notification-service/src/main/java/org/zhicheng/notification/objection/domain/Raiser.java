package org.zhicheng.notification.objection.domain;

/**
 * Who raised it: anonymous (all null), named ({@code name}, as given, unverified), or signed in ({@code signedBy}, the
 * token's user, and {@code person} when the user is a person, who is then told of the answer). {@code contact} is
 * optional and seen only by the office investigating it.
 */
public record Raiser(String name, String contact, String signedBy, String person) {

    public Raiser {
        name = blankToNull(name);
        contact = blankToNull(contact);
        signedBy = blankToNull(signedBy);
        person = blankToNull(person);
    }

    public boolean anonymous() {
        return name == null && signedBy == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
