package org.zhicheng.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zhicheng.application.support.Documents;
import org.zhicheng.starter.problem.RuleRefused;

/** 000 二(二), 001 一 (严禁上传涉密材料): the marks that refuse a file, and the words that do not. */
class ClassificationMarksTest {

    private final ClassificationMarks marks = new ClassificationMarks();

    @ParameterizedTest
    @ValueSource(strings = { "秘密★", "机密★5年", "绝密★长期", "机密 ★ 1年", "★绝密", "☆ 秘密", "秘密*", "机密级",
            "绝密级 国家秘密" })
    void aLevelWithItsStarOrTheLongFormIsAMark(String mark) {
        assertThat(ClassificationMarks.find("正文前 " + mark + " 正文后")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "商业秘密保护协议", "本项目不涉及机密", "信息系统机密性评估", "保密管理制度", "★★★ 五星级酒店" })
    void theWordsAloneAreNoMark(String text) {
        assertThat(ClassificationMarks.find(text)).isEmpty();
    }

    @Test
    void aMarkedPdfOrOfdIsRefusedWithTheRuleAndAnImageIsNotRead() {
        assertThatThrownBy(() -> marks.check("a.pdf", EvidenceType.PDF, Documents.pdf("秘密★1年 会议纪要")))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("evidence.classified");
                    assertThat(refused.rule()).isEqualTo("000-二(二)");
                    assertThat(refused.arguments()).containsExactly("a.pdf", "秘密★");
                });
        assertThatThrownBy(() -> marks.check("a.ofd", EvidenceType.OFD, Documents.ofd("★机密")))
                .isInstanceOf(RuleRefused.class);
        marks.check("b.pdf", EvidenceType.PDF, Documents.pdf("商业秘密保护协议"));
        marks.check("c.png", EvidenceType.PNG, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
    }

    @Test
    void aPdfThatCannotBeReadIsRefusedRatherThanPassedUnread() {
        byte[] broken = "%PDF-1.7\n garbage without objects".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> marks.check("broken.pdf", EvidenceType.PDF, broken))
                .isInstanceOfSatisfying(RuleRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("evidence.unreadable"));
    }
}
