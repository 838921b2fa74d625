package org.zhicheng.starter.testapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.zhicheng.starter.test.ZhichengServiceTest;

/** The test application under {@link ZhichengServiceTest}, with one configuration so all tests share one context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ZhichengServiceTest(classes = StarterTestApplication.class,
        properties = { "spring.application.name=starter-testapp", "spring.flyway.locations=classpath:db/testapp",
                "zhicheng.outbox.poll-interval=100ms" })
public @interface StarterAppTest {
}
