package org.zhicheng.notification.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;
import org.zhicheng.starter.problem.ProblemException;

/** Attachments are told by their content and bounded in number and size. */
class AttachmentPolicyTest {

    private static final byte[] PDF = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };

    private final AttachmentPolicy policy = new AttachmentPolicy(new ObjectionProperties(2, DataSize.ofBytes(64),
            DataSize.ofBytes(100), 100));

    @Test
    void pdfJpegAndPngAreToldByTheirFirstBytesNotByTheirNames() {
        List<Attachment> accepted = policy.accept(List.of(file("scan.png", PDF), file("photo.pdf", JPEG)));

        assertThat(accepted).extracting(Attachment::mediaType).containsExactly("application/pdf", "image/jpeg");
        assertThat(accepted.getFirst().sha256()).hasSize(64);
        assertThatThrownBy(() -> policy.accept(List.of(file("evil.pdf", "<html><script>".getBytes(
                StandardCharsets.US_ASCII))))).isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.attachment-type"));
        assertThatThrownBy(() -> policy.accept(List.of(file("empty.pdf", new byte[0]))))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.attachment-empty"));
    }

    @Test
    void theNumberAndSizesAreBounded() {
        assertThatThrownBy(() -> policy.accept(List.of(file("a.pdf", PDF), file("b.pdf", PDF), file("c.pdf", PDF))))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.attachment-too-many"));
        assertThatThrownBy(() -> policy.accept(List.of(file("big.pdf", new byte[65]))))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.attachment-too-large"));
        byte[] sixty = java.util.Arrays.copyOf(PDF, 60);
        assertThatThrownBy(() -> policy.accept(List.of(file("a.pdf", sixty), file("b.pdf", sixty))))
                .isInstanceOfSatisfying(ProblemException.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.attachments-too-large"));
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(AttachmentPolicy.fileName(file("..\\..\\windows\\证明.pdf", PDF))).isEqualTo("证明.pdf");
        assertThat(AttachmentPolicy.fileName(file("../../etc/pass\u0000wd", PDF))).isEqualTo("passwd");
        assertThat(AttachmentPolicy.fileName(file("..", PDF))).isEqualTo("attachment");
        assertThat(AttachmentPolicy.fileName(file("x".repeat(300) + ".pdf", PDF))).hasSize(255).endsWith(".pdf");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("attachments", name, "application/octet-stream", content);
    }
}
