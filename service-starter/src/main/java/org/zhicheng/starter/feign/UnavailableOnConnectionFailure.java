package org.zhicheng.starter.feign;

import java.io.IOException;

import feign.Capability;
import feign.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.zhicheng.starter.problem.Problems;

/**
 * Turns a connection failure (refused, reset, timed out) into 503 {@code unavailable} naming the client, so a dead
 * service reaches the caller's client as "dependency unavailable" and not as a 500.
 */
public class UnavailableOnConnectionFailure implements Capability {

    private static final Logger log = LoggerFactory.getLogger(UnavailableOnConnectionFailure.class);

    @Override
    public Client enrich(Client client) {
        return (request, options) -> {
            try {
                return client.execute(request, options);
            }
            catch (IOException ex) {
                String name = FeignClients.name(request, null);
                log.warn("{} is unreachable: {} {}: {}", name, request.httpMethod(), request.url(), ex.toString());
                throw Problems.unavailable(name);
            }
        };
    }
}
