package org.zhicheng.notification.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;

/** PIPL-6: a publicity shows name, unit, title and achievements, not identity card or telephone numbers. */
class PersonalDataLimitTest {

    private final PersonalDataLimit limit = new PersonalDataLimit();

    @Test
    void anIdentityCardNumberWithAValidCheckDigitIsRecognised() {
        assertThat(PersonalDataLimit.isResidentId("11010519491231002X")).isTrue();
        assertThat(PersonalDataLimit.isResidentId("110105194912310021")).isFalse();
        assertThat(PersonalDataLimit.containsIdNumber("身份证：330682199001011234")).isFalse();
        assertThat(PersonalDataLimit.containsIdNumber("旧证号 330682900101123")).isTrue();
    }

    @Test
    void entriesWithIdentityOrTelephoneNumbersAreRefusedNamingTheField() {
        assertRefused(entry("陈明 11010519491231002X", "论文"), "entries[0].name", "ID_NUMBER");
        assertRefused(entry("陈明", "联系：13800138000"), "entries[0].representativeAchievements[0]",
                "PHONE_NUMBER");
        assertRefused(entry("陈明", "电话 +86 138-0013-8000"), "entries[0].representativeAchievements[0]",
                "PHONE_NUMBER");
        assertRefused(entry("陈明", "办公室 0575-82125678"), "entries[0].representativeAchievements[0]",
                "PHONE_NUMBER");
    }

    @Test
    void achievementsAsUsuallyWrittenPass() {
        assertThatCode(() -> limit.check("现予公示。", List.of(entry("陈明",
                "发明专利 ZL201910123456.7；标准 GB/T 50502-2009；论文 DOI 10.1016/j.conbuildmat.2020.118001"))))
                .doesNotThrowAnyException();
    }

    @Test
    void thePublicTextMayGiveTheOfficesLandlineButNoMobileOrIdentityNumber() {
        assertThatCode(() -> limit.check("联系电话：0575-82125678", List.of(entry("陈明", "论文"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> limit.check("联系人手机 13900000000", List.of(entry("陈明", "论文"))))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> assertThat(refused.arguments())
                        .containsExactly("body", "PHONE_NUMBER"));
    }

    private void assertRefused(PublicityEntry entry, String field, String found) {
        assertThatThrownBy(() -> limit.check("现予公示。", List.of(entry)))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("publicity.personal-data");
                    assertThat(refused.rule()).isEqualTo("PIPL-6");
                    assertThat(refused.arguments()).containsExactly(field, found);
                });
    }

    private static PublicityEntry entry(String name, String achievement) {
        return new PublicityEntry(UUID.randomUUID(), null, null, name, "上虞区某公司", "工程师", null,
                List.of(achievement), null);
    }
}
