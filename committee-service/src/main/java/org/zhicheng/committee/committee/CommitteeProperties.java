package org.zhicheng.committee.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.committee.*} of the committee API.
 *
 * @param maxPageSize        the largest page a list request may ask for
 * @param registrarServices  the services (client ids) whose service accounts register committees besides the HR
 *                           bureaus: plan-service, for the committees a plan import names
 * @param panelReaders       the services (client ids) whose service accounts ask whether an expert sits on a
 *                           meeting's drawn panel: application-service, which lets a panelist read the applications
 *                           assigned to the meeting
 */
@ConfigurationProperties("zhicheng.committee")
public record CommitteeProperties(@DefaultValue("100") int maxPageSize,
        @DefaultValue("plan-service") java.util.List<String> registrarServices,
        @DefaultValue("application-service") java.util.List<String> panelReaders) {
}
