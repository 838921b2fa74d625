package org.zhicheng.committee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CommitteeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitteeServiceApplication.class, args);
    }
}
