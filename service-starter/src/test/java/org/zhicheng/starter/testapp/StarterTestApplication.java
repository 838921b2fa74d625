package org.zhicheng.starter.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.zhicheng.starter.security.PublicEndpoints;

@SpringBootApplication
public class StarterTestApplication {

    public static final String TOPIC = "zhicheng.testapp.events";

    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.get("/api/v1/public/**").andPost("/api/v1/public/objections");
    }
}
