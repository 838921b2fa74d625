package org.zhicheng.plan.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "receiving unit and phone" cell (材料接收单位及咨询电话) split into the unit and its phone numbers:
 * "绍兴市经信局 85157014/85168755" → 绍兴市经信局, [85157014, 85168755]; "82518084" (000 附件4) has no unit;
 * "上海市绍兴商会 021-31269545" keeps the area code.
 */
public record ContactCell(String unit, List<String> phones) {

    /** The unit, then one or more numbers of seven digits or more (dashes allowed) separated by "/" or "、". */
    private static final Pattern TRAILING_PHONES = Pattern
            .compile("^(.*?)\\s*(\\d[\\d-]{5,}\\d(?:\\s*[/、,，]\\s*\\d[\\d-]{5,}\\d)*)$");

    public ContactCell {
        phones = List.copyOf(phones);
    }

    public static ContactCell parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return new ContactCell(null, List.of());
        }
        Matcher matcher = TRAILING_PHONES.matcher(text);
        if (!matcher.matches()) {
            return new ContactCell(text, List.of());
        }
        List<String> phones = new ArrayList<>(Arrays.stream(matcher.group(2).split("[/、,，]"))
                .map(String::strip).filter(phone -> !phone.isEmpty()).toList());
        String unit = matcher.group(1).strip();
        return new ContactCell(unit.isEmpty() ? null : unit, phones);
    }

    /** The phones as the plan keeps them: one text, "/" between numbers as the notices write them. */
    public String phoneText() {
        return phones.isEmpty() ? null : String.join("/", phones);
    }
}
