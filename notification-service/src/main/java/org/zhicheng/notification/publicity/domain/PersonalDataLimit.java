package org.zhicheng.notification.publicity.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhicheng.starter.problem.RuleRefused;

/**
 * A publicity shows what the notices show of a person (name, unit, title applied for, representative achievements as
 * given) and nothing more: no resident identity card number and no telephone number of a person, in any entry; the
 * public text carries no identity card number or mobile number either (an office's landline for objections is
 * expected there). 《个人信息保护法》第六条: personal data is processed to the minimum the purpose needs.
 */
public final class PersonalDataLimit {

    public static final String RULE = "PIPL-6";
    public static final String CODE = "publicity.personal-data";

    /** What was found. */
    public enum Found {
        ID_NUMBER, PHONE_NUMBER
    }

    // 18-digit resident identity number (last character a digit or X), and the old 15-digit form
    private static final Pattern ID_18 = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern ID_15 = Pattern.compile("(?<![0-9A-Za-z])\\d{15}(?![0-9A-Za-z])");
    // mainland mobile numbers, also written with +86 and separators: 138 0013 8000, 138-0013-8000
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?![0-9])");
    // landlines with an area code: 0575-82125678, (0575)82125678, 057582125678
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:0\\d{2,3}[ -]?|\\(0\\d{2,3}\\)\\s?)\\d{7,8}(?![0-9])");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /**
     * Refuses entries and public text that show more than the notices do.
     *
     * @throws RuleRefused {@code publicity.personal-data} ({@value #RULE}); arguments: field, what was found
     */
    public void check(String body, List<PublicityEntry> entries) {
        if (containsIdNumber(body)) {
            throw refused("body", Found.ID_NUMBER);
        }
        if (MOBILE.matcher(body).find()) {
            throw refused("body", Found.PHONE_NUMBER);
        }
        for (int i = 0; i < entries.size(); i++) {
            for (PublicityEntry.ShownText shown : entries.get(i).shownTexts(i)) {
                if (containsIdNumber(shown.text())) {
                    throw refused(shown.field(), Found.ID_NUMBER);
                }
                if (MOBILE.matcher(shown.text()).find() || LANDLINE.matcher(shown.text()).find()) {
                    throw refused(shown.field(), Found.PHONE_NUMBER);
                }
            }
        }
    }

    static boolean containsIdNumber(String text) {
        Matcher eighteen = ID_18.matcher(text);
        while (eighteen.find()) {
            if (isResidentId(eighteen.group())) {
                return true;
            }
        }
        return ID_15.matcher(text).find();
    }

    /** GB 11643: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
    static boolean isResidentId(String candidate) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(candidate.charAt(17)) == CHECK.charAt(sum % 11);
    }

    private static RuleRefused refused(String field, Found found) {
        return new RuleRefused(CODE, RULE, field, found.name());
    }
}
