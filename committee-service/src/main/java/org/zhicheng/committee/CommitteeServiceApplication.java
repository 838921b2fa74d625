package org.zhicheng.committee;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Zhicheng committee service", version = "v1",
        description = "Evaluation committees (评委会), expert pools (专家库), meetings, random panel draws "
                + "and secret ballots of the Zhejiang professional-title evaluation platform "
                + "(职称评审)."))
public class CommitteeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitteeServiceApplication.class, args);
    }
}
