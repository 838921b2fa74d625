package org.zhicheng.plan.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhicheng.plan.import.max-file-size}: the largest plan table accepted (a notice's table is a few KB, as XLSX a
 * few dozen). Before it, the servlet's multipart limits ({@code spring.servlet.multipart.*}, 1 MB a file and 10 MB a
 * request by default) refuse a larger upload from its Content-Length, before reading it; both answer 413
 * {@code upload.too-large}.
 */
@ConfigurationProperties("zhicheng.plan.import")
public record ImportProperties(@DefaultValue("1MB") DataSize maxFileSize) {
}
