package org.zhicheng.starter.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.zhicheng.starter.web.RequestIds;

/** Passes the current request id on to the called service, so one id follows a request across services. */
public class RequestIdInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        String id = RequestIds.current();
        if (id != null && !template.headers().containsKey(RequestIds.HEADER)) {
            template.header(RequestIds.HEADER, id);
        }
    }
}
