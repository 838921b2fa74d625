package org.zhicheng.application;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Zhicheng application service", version = "v1",
        description = "Performance archives (业绩档案), applications (申报) and their review workflow, and "
                + "certificates of the Zhejiang professional-title evaluation platform (职称评审)."))
public class ApplicationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApplicationServiceApplication.class, args);
    }
}
