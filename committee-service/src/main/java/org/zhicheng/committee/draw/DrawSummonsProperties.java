package org.zhicheng.committee.draw;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.committee.draw.*}: who besides the committee's office and HR bureau reads a drawn round's summons.
 *
 * @param summonsReaders the client ids whose service accounts may read who a round selected and how to reach them
 *                       (the {@code PanelDrawn} event names nobody); default {@code notification-service}, which tells
 *                       the drawn experts
 */
@ConfigurationProperties("zhicheng.committee.draw")
public record DrawSummonsProperties(@DefaultValue("notification-service") List<String> summonsReaders) {

    public DrawSummonsProperties {
        summonsReaders = List.copyOf(summonsReaders);
    }
}
