package org.zhicheng.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@SpringBootApplication
@OpenAPIDefinition(info = @Info(title = "Zhicheng notification service", version = "v1",
        description = "Public announcements (公告) such as plan notices (评审公告), and the statutory working-day "
                + "calendar (工作日) of the Zhejiang professional-title evaluation platform (职称评审)."))
public class NotificationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationServiceApplication.class, args);
    }
}
