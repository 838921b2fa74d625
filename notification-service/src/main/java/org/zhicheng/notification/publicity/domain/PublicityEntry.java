package org.zhicheng.notification.publicity.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One person or item a publicity shows: name, unit, the title applied for, specialty and representative achievements
 * as given, and a remark (the result, for a result publicity). {@code applicationId} and {@code person} tie the entry
 * to the workflow and the person's inbox; they are never shown to the public.
 */
public record PublicityEntry(UUID id, UUID applicationId, String person, String name, String unit, String title,
        String specialty, List<String> representativeAchievements, String remark) {

    public PublicityEntry {
        Objects.requireNonNull(id, "id");
        name = requireText(name, "name");
        unit = requireText(unit, "unit");
        title = requireText(title, "title");
        person = blankToNull(person);
        specialty = blankToNull(specialty);
        remark = blankToNull(remark);
        representativeAchievements = representativeAchievements == null ? List.of()
                : representativeAchievements.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The texts the public sees, each with the field it stands in (for the personal-data check). */
    List<ShownText> shownTexts(int index) {
        List<ShownText> texts = new java.util.ArrayList<>();
        String prefix = "entries[" + index + "].";
        texts.add(new ShownText(prefix + "name", name));
        texts.add(new ShownText(prefix + "unit", unit));
        texts.add(new ShownText(prefix + "title", title));
        if (specialty != null) {
            texts.add(new ShownText(prefix + "specialty", specialty));
        }
        for (int i = 0; i < representativeAchievements.size(); i++) {
            texts.add(new ShownText(prefix + "representativeAchievements[" + i + "]",
                    representativeAchievements.get(i)));
        }
        if (remark != null) {
            texts.add(new ShownText(prefix + "remark", remark));
        }
        return texts;
    }

    /** A text shown to the public and where it stands. */
    record ShownText(String field, String text) {
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
