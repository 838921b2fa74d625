package org.zhicheng.starter.problem;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problem details for a servlet service: messages, the renderer, the controller advice, a problem-JSON
 * {@code /error} and the {@code Accept-Language} resolver (zh-CN default, en) shared by validation messages.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class,
        before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemMessages problemMessages() {
        return new ProblemMessages();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemRenderer problemRenderer(ProblemMessages messages, JsonMapper jsonMapper) {
        return new ProblemRenderer(messages, jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemExceptionHandler problemExceptionHandler(ProblemRenderer renderer) {
        return new ProblemExceptionHandler(renderer);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemRenderer renderer) {
        return new ProblemErrorController(renderer);
    }

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return ProblemMessages.localeResolver();
    }
}
