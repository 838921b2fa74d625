package org.zhicheng.notification.publicity.domain;

import java.util.Objects;

/** The rules a publicity keeps, built once from the settings and the working-day calendar. */
public record PublicityRules(MinimumPublicityPeriod period, PersonalDataLimit personalData, NoEarlyClose noEarlyClose,
        ObjectionsAnsweredBeforeClose objectionsAnswered, ObjectionsDuringPublicityOnly objectionsDuring) {

    public PublicityRules {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(personalData, "personalData");
        Objects.requireNonNull(noEarlyClose, "noEarlyClose");
        Objects.requireNonNull(objectionsAnswered, "objectionsAnswered");
        Objects.requireNonNull(objectionsDuring, "objectionsDuring");
    }

    public static PublicityRules of(MinimumPublicityPeriod period) {
        return new PublicityRules(period, new PersonalDataLimit(), new NoEarlyClose(),
                new ObjectionsAnsweredBeforeClose(), new ObjectionsDuringPublicityOnly());
    }
}
