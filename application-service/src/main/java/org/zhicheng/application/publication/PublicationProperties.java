package org.zhicheng.application.publication;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhicheng.application.publication.*}.
 *
 * @param issuingBodies the HR bureau's name per region code, printed on the certificates it issues (发证机关); the
 *                      bureau may give another when publishing
 */
@ConfigurationProperties("zhicheng.application.publication")
public record PublicationProperties(Map<String, String> issuingBodies) {

    public PublicationProperties {
        issuingBodies = issuingBodies == null ? Map.of() : Map.copyOf(issuingBodies);
    }
}
