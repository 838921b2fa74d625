package org.zhicheng.notification.objection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code zhicheng.notification.objection.*}.
 *
 * @param maxAttachments      files one objection may carry
 * @param maxAttachmentSize   the largest file
 * @param maxTotalSize        all files of one objection together
 * @param maxPageSize         the largest page of the staff list
 */
@ConfigurationProperties("zhicheng.notification.objection")
public record ObjectionProperties(@DefaultValue("5") int maxAttachments,
        @DefaultValue("5MB") DataSize maxAttachmentSize, @DefaultValue("10MB") DataSize maxTotalSize,
        @DefaultValue("100") int maxPageSize) {
}
