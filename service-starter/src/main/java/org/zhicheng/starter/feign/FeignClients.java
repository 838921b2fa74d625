package org.zhicheng.starter.feign;

import feign.Request;

/** Names Feign clients for messages: the {@code @FeignClient} name, else the method key's interface. */
final class FeignClients {

    private FeignClients() {
    }

    static String name(Request request, String methodKey) {
        if (request != null && request.requestTemplate() != null && request.requestTemplate().feignTarget() != null) {
            return request.requestTemplate().feignTarget().name();
        }
        int hash = methodKey == null ? -1 : methodKey.indexOf('#');
        return hash > 0 ? methodKey.substring(0, hash) : String.valueOf(methodKey);
    }
}
