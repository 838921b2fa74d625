package org.zhicheng.education;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Zhicheng education service", version = "v1",
        description = "Continuing-education hours (继续教育学时) and their compliance checks for the Zhejiang "
                + "professional-title evaluation platform (职称评审)."))
public class EducationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EducationServiceApplication.class, args);
    }
}
