package org.zhicheng.plan.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhicheng.plan.import.max-file-size}: the largest plan table accepted (a notice's table is a few KB, a
 * province-wide table as XLSX a few MB). It equals the servlet's {@code spring.servlet.multipart.max-file-size} (10 MB,
 * the request 11 MB, both in {@code application.yml}), which refuses a larger upload from its Content-Length before
 * reading it; the controller checks this limit again so that it holds even where the servlet's is set higher. Both
 * answer 413 {@code upload.too-large}.
 */
@ConfigurationProperties("zhicheng.plan.import")
public record ImportProperties(@DefaultValue("10MB") DataSize maxFileSize) {
}
