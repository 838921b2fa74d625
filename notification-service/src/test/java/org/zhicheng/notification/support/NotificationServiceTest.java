package org.zhicheng.notification.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.zhicheng.notification.NotificationServiceApplication;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

/**
 * An integration test of notification-service on one shared application context: the starter's real PostgreSQL,
 * Kafka and JWKS stub, plus this service's outside boundaries ({@link NotificationTestInfrastructure}: a real SMTP
 * server, WireMock for committee-service, the SMS provider and webhook receivers) and a clock that moves forward
 * ({@link NotificationTestClock}). Every class using it shares the one context, so the suite starts it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = NotificationServiceApplication.class)
@ContextConfiguration(initializers = { ZhichengTestInfrastructure.class, NotificationTestInfrastructure.class })
@Import(NotificationTestClock.class)
public @interface NotificationServiceTest {
}
