package org.zhicheng.starter.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of a service: the whole application on a random port of 127.0.0.1, with a real PostgreSQL
 * (a fresh database for each application context), a real Kafka broker and a JWKS stub whose key signs
 * {@link TestTokens}. Call it with {@code RestClient}/{@code TestRestTemplate} on {@code @LocalServerPort} and
 * {@code Authorization: TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHAOXING))}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ZhichengTestInfrastructure.class)
public @interface ZhichengServiceTest {

    /** Extra properties, as in {@link SpringBootTest#properties()}. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    /** The configuration classes, as in {@link SpringBootTest#classes()}; found from the test's package if empty. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};
}
