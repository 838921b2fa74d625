package org.zhicheng.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every notice has its zh-CN and en templates; labels print by language; unknown languages read English. */
class NoticeTextsTest {

    private static final Pattern LABEL = Pattern.compile("\\{[A-Za-z0-9]+:([A-Za-z]+)}");

    private final NoticeTexts texts = new NoticeTexts();

    @Test
    void everyNoticeTypeHasATitleAndABodyInBothLanguages() {
        for (String language : new String[] { "zh_CN", "en" }) {
            ResourceBundle bundle = ResourceBundle.getBundle("notices", Locale.forLanguageTag(language.replace('_',
                    '-')), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (NoticeType type : NoticeType.values()) {
                assertThat(bundle.containsKey(type.key() + ".title")).as(language + " " + type).isTrue();
                assertThat(bundle.containsKey(type.key() + ".body")).as(language + " " + type).isTrue();
                Matcher labels = LABEL.matcher(bundle.getString(type.key() + ".title")
                        + bundle.getString(type.key() + ".body"));
                while (labels.find()) {
                    String prefix = "label." + labels.group(1) + ".";
                    assertThat(bundle.keySet().stream().anyMatch(key -> key.startsWith(prefix)))
                            .as(language + " labels " + prefix).isTrue();
                }
            }
        }
    }

    @Test
    void valuesAndLabelsAreFilledInTheReadersLanguage() {
        Map<String, String> values = new HashMap<>();
        values.put("title", "关于陈明同志申报工程师职称的公示");
        values.put("kind", "UNIT");
        values.put("outcome", "NO_OBJECTIONS");
        values.put("closedOn", "2026-12-10");

        NoticeTexts.Text chinese = texts.render(NoticeType.PUBLICITY_CLOSED, values, "zh-CN");
        NoticeTexts.Text english = texts.render(NoticeType.PUBLICITY_CLOSED, values, "en-GB");
        NoticeTexts.Text german = texts.render(NoticeType.PUBLICITY_CLOSED, values, "de");

        assertThat(chinese.title()).isEqualTo("单位公示结束：关于陈明同志申报工程师职称的公示");
        assertThat(chinese.body()).endsWith("结果：公示无异议。");
        assertThat(english.title()).isEqualTo("unit publicity closed: 关于陈明同志申报工程师职称的公示");
        assertThat(english.body()).contains("no objections");
        assertThat(german).isEqualTo(english);
    }

    @Test
    void aMissingValuePrintsEmptyAndAnUnknownLabelPrintsTheValue() {
        NoticeTexts.Text text = texts.render(NoticeType.OBJECTION_ASSIGNED, Map.of("kind", "SOMETHING_NEW",
                "trackingNumber", "YY2026-000001"), "zh-CN");

        assertThat(text.title()).isEqualTo("收到SOMETHING_NEW（YY2026-000001）");
        assertThat(text.body()).startsWith("《》收到");
    }

    @Test
    void languagesAreChineseForZhAndEnglishForEveryoneElse() {
        assertThat(NoticeTexts.languageFor("zh-TW")).isEqualTo("zh-CN");
        assertThat(NoticeTexts.languageFor((String) null)).isEqualTo("zh-CN");
        assertThat(NoticeTexts.languageFor("fr")).isEqualTo("en");
        assertThat(NoticeTexts.languageFor(Locale.ENGLISH)).isEqualTo("en");
    }
}
