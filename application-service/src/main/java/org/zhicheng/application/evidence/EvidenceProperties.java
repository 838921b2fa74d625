package org.zhicheng.application.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhicheng.application.evidence.*}.
 *
 * @param maxSize the largest evidence file (the request as a whole is bounded by {@code spring.servlet.multipart.*})
 * @param pledge  the pledge an uploader gives with every file (严禁上传涉密材料), stored with it
 */
@ConfigurationProperties("zhicheng.application.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("本人承诺：上传的材料真实、准确，不含任何涉密材料。") String pledge) {
}
