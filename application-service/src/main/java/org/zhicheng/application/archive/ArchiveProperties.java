package org.zhicheng.application.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.application.archive.*}.
 *
 * @param maxRepresentative how many achievements a person may put forward as representative (代表性成果, 000 二(一))
 */
@ConfigurationProperties("zhicheng.application.archive")
public record ArchiveProperties(@DefaultValue("5") int maxRepresentative) {
}
