package org.zhicheng.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Zhicheng plan service", version = "v1",
        description = "Evaluation plans (评审计划) of the Zhejiang professional-title evaluation platform (职称评审): "
                + "drafting, HR-bureau review and publication, and the public title catalog (职称目录)."))
public class PlanServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanServiceApplication.class, args);
    }
}
