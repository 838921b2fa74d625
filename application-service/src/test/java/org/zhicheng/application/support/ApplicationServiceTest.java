package org.zhicheng.application.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.zhicheng.application.ApplicationServiceApplication;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

/**
 * An integration test of application-service on one shared application context: the starter's real PostgreSQL,
 * Kafka and JWKS stub, WireMock at the other services' HTTP boundaries ({@link ApplicationTestInfrastructure}) and a
 * clock that moves forward ({@link ApplicationTestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ApplicationServiceApplication.class)
@ContextConfiguration(initializers = { ZhichengTestInfrastructure.class, ApplicationTestInfrastructure.class })
@Import(ApplicationTestClock.class)
public @interface ApplicationServiceTest {
}
