package org.zhicheng.notification.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * An inbox: {@code PERSON:P-SY-0001}, {@code UNIT:SY-U001}, {@code COMMITTEE:SY-ENG-MID}, {@code HR_BUREAU:330604}.
 * A desk's inbox is shared by everyone who holds the desk (its read marks too).
 */
public record Address(AddressKind kind, String id) {

    public Address {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("address id must not be blank");
        }
        id = id.strip();
    }

    public static Address person(String person) {
        return new Address(AddressKind.PERSON, person);
    }

    public static Address unit(String unit) {
        return new Address(AddressKind.UNIT, unit);
    }

    public static Address committee(String code) {
        return new Address(AddressKind.COMMITTEE, code);
    }

    public static Address hrBureau(String region) {
        return new Address(AddressKind.HR_BUREAU, region);
    }

    /**
     * The HR bureaus told about what happens in {@code territory}: its own and its city's (district 330604 and city
     * 3306, as 001 五(二) reports to the district and files with the city); a city's or the province's own bureau
     * alone. The province supervises through its lists, not through every district's inbox.
     */
    public static List<Address> hrBureausCovering(String territory) {
        List<Address> bureaus = new ArrayList<>();
        bureaus.add(hrBureau(territory));
        if (territory.length() > 4) {
            bureaus.add(hrBureau(territory.substring(0, 4)));
        }
        return bureaus;
    }

    /** Parses {@code KIND:id}; null when it is not one. */
    public static Address parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        try {
            return new Address(AddressKind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException notAKind) {
            return null;
        }
    }

    /**
     * The inboxes a caller holds: their person, their unit's desk (employer or department), their committees'
     * offices, their region's HR bureau. Platform, admin and service accounts hold none.
     */
    public static List<Address> heldBy(ZhichengPrincipal user) {
        List<Address> held = new ArrayList<>();
        if (user == null) {
            return held;
        }
        if (present(user.person()) && user.hasAnyRole(Roles.APPLICANT, Roles.EXPERT)) {
            held.add(person(user.person()));
        }
        if (present(user.unit()) && user.hasAnyRole(Roles.EMPLOYER, Roles.DEPARTMENT)) {
            held.add(unit(user.unit()));
        }
        if (user.hasRole(Roles.COMMITTEE_OFFICE)) {
            user.committees().stream().sorted().map(Address::committee).forEach(held::add);
        }
        if (present(user.region()) && user.hasRole(Roles.HR_BUREAU)) {
            held.add(hrBureau(user.region()));
        }
        return held;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
