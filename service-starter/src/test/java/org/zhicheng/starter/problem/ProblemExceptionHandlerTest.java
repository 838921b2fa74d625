package org.zhicheng.starter.problem;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every kind of failure a controller can meet, rendered as problem JSON: no Spring context, just MVC. */
class ProblemExceptionHandlerTest {

    record Item(@NotNull String applicationDeadline) {
    }

    record CreatePlan(@NotBlank String title, @Valid List<Item> items) {
    }

    @RestController
    static class FailingController {

        @GetMapping("/problem/{kind}")
        String problem(@PathVariable String kind) {
            throw switch (kind) {
                case "not-found" -> Problems.notFound("plan", "p-1");
                case "thing" -> Problems.notFound("thing", "t-1");
                case "wrong-state" -> Problems.wrongState("plan", "DRAFT", "close");
                case "conflict" -> Problems.conflict("plan.duplicate", "2026");
                case "rule" -> Problems.ruleViolated("plan.deadline-too-early", "000-三(三)", "2026-01-01");
                case "forbidden" -> Problems.forbidden("plan.outside-region", "3311");
                case "bad-request" -> Problems.badRequest("plan.bad-year", "1999");
                case "precondition" -> Problems.preconditionFailed("etag.stale", "\"1\"", "\"2\"");
                case "unavailable" -> Problems.unavailable("education-service");
                default -> new IllegalStateException("kind " + kind);
            };
        }

        @GetMapping("/crash")
        String crash() {
            throw new IllegalStateException("secret internals at org.zhicheng.Secret");
        }

        @GetMapping("/optimistic")
        String optimistic() {
            throw new OptimisticLockingFailureException("row version 3 != 4 in table plan");
        }

        @GetMapping("/integrity")
        String integrity() {
            throw new DataIntegrityViolationException(
                    "ERROR: duplicate key value violates unique constraint \"plan_pkey\" SQL [insert into plan]");
        }

        @GetMapping("/denied")
        String denied() {
            throw new AccessDeniedException("Access Denied");
        }

        @GetMapping("/service-validation")
        String serviceValidation() {
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                Set<ConstraintViolation<Item>> violations = factory.getValidator().validate(new Item(null));
                throw new ConstraintViolationException(violations);
            }
        }

        @GetMapping("/upload")
        String upload() {
            throw new MaxUploadSizeExceededException(1024);
        }

        @GetMapping("/typed")
        String typed(@RequestParam int year) {
            return "year " + year;
        }

        @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
        String create(@Valid @RequestBody CreatePlan plan) {
            return plan.title();
        }
    }

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        ProblemRenderer renderer = new ProblemRenderer(new ProblemMessages(), JsonMapper.builder().build());
        mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemExceptionHandler(renderer))
            .setLocaleResolver(ProblemMessages.localeResolver())
            .setValidator(validator)
            .build();
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(status))
            .andExpect(jsonPath("$.code").value(code))
            .andExpect(jsonPath("$.type").value("urn:zhicheng:problem:" + code))
            .andExpect(jsonPath("$.title").isString());
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception", "\tat ", "SQL", "org.zhicheng", "plan_pkey");
        return result;
    }

    @Test
    void notFoundNamesTheResourceWithTheGenericMessage() throws Exception {
        expectProblem(mvc.perform(get("/problem/not-found").header("Accept-Language", "en")), 404, "plan.not-found")
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.detail").value("plan p-1 does not exist"))
            .andExpect(jsonPath("$.instance").value("/problem/not-found"))
            .andExpect(jsonPath("$.rule").hasJsonPath())
            .andExpect(jsonPath("$.rule").isEmpty())
            .andExpect(jsonPath("$.errors").isEmpty());
    }

    @Test
    void chineseIsTheDefaultLanguage() throws Exception {
        expectProblem(mvc.perform(get("/problem/not-found")), 404, "plan.not-found")
            .andExpect(jsonPath("$.title").value("资源不存在"))
            .andExpect(jsonPath("$.detail").value("plan p-1 不存在"));
        expectProblem(mvc.perform(get("/problem/not-found").header("Accept-Language", "fr-FR")), 404,
                "plan.not-found")
            .andExpect(jsonPath("$.title").value("资源不存在"));
    }

    @Test
    void aServiceBundleOverridesTheStarterMessages() throws Exception {
        // src/test/resources/problems_*.properties stand for a service's own bundle
        expectProblem(mvc.perform(get("/problem/thing").header("Accept-Language", "en")), 404, "thing.not-found")
            .andExpect(jsonPath("$.title").value("No such thing"))
            .andExpect(jsonPath("$.detail").value("Thing t-1 was never made"));
        expectProblem(mvc.perform(get("/problem/thing").header("Accept-Language", "zh-CN")), 404, "thing.not-found")
            .andExpect(jsonPath("$.title").value("没有这个东西"));
    }

    @Test
    void wrongStateNamesStateAndAction() throws Exception {
        expectProblem(mvc.perform(get("/problem/wrong-state").header("Accept-Language", "en")), 409,
                "plan.wrong-state")
            .andExpect(jsonPath("$.detail").value("plan is DRAFT: cannot close"));
    }

    @Test
    void eachFactoryHasItsStatus() throws Exception {
        expectProblem(mvc.perform(get("/problem/conflict")), 409, "plan.duplicate");
        expectProblem(mvc.perform(get("/problem/rule")), 422, "plan.deadline-too-early")
            .andExpect(jsonPath("$.rule").value("000-三(三)"))
            .andExpect(jsonPath("$.title").value("不符合规定"));
        expectProblem(mvc.perform(get("/problem/forbidden")), 403, "plan.outside-region");
        expectProblem(mvc.perform(get("/problem/bad-request")), 400, "plan.bad-year");
        expectProblem(mvc.perform(get("/problem/precondition").header("Accept-Language", "en")), 412, "etag.stale")
            .andExpect(jsonPath("$.detail").value("If-Match \"1\" does not match the current version \"2\"; reload and try again"));
        expectProblem(mvc.perform(get("/problem/unavailable").header("Accept-Language", "en")), 503, "unavailable")
            .andExpect(jsonPath("$.detail").value("education-service cannot answer right now; please retry later"));
    }

    @Test
    void beanValidationFailuresListTheFields() throws Exception {
        expectProblem(mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en")
            .content("{\"title\":\"\",\"items\":[{\"applicationDeadline\":null}]}")), 400, "validation.failed")
            .andExpect(jsonPath("$.errors.length()").value(2))
            .andExpect(jsonPath("$.errors[?(@.field == 'title')].code").value("NotBlank"))
            .andExpect(jsonPath("$.errors[?(@.field == 'items[0].applicationDeadline')].code").value("NotNull"))
            .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @Test
    void validationInAServiceIsThe400OfAnInvalidRequest() throws Exception {
        expectProblem(mvc.perform(get("/service-validation")), 400, "validation.failed")
            .andExpect(jsonPath("$.errors[0].field").value("applicationDeadline"))
            .andExpect(jsonPath("$.errors[0].code").value("NotNull"));
    }

    @Test
    void unreadableJsonSaysSoWithoutTheParserMessage() throws Exception {
        expectProblem(mvc.perform(post("/plans").contentType(MediaType.APPLICATION_JSON).content("{\"title\": tru")),
                400, "request.unreadable");
    }

    @Test
    void wrongParameterTypeAndMissingParameter() throws Exception {
        expectProblem(mvc.perform(get("/typed").param("year", "twenty").header("Accept-Language", "en")), 400,
                "request.parameter-invalid")
            .andExpect(jsonPath("$.detail").value("Parameter year has an invalid format"));
        expectProblem(mvc.perform(get("/typed")), 400, "request.parameter-missing");
    }

    @Test
    void unknownPathWrongMethodAndWrongMediaType() throws Exception {
        expectProblem(mvc.perform(get("/nowhere")), 404, "path.not-found");
        expectProblem(mvc.perform(post("/crash")), 405, "method.not-allowed")
            .andExpect(header().exists("Allow"));
        expectProblem(mvc.perform(post("/plans").contentType(MediaType.TEXT_PLAIN).content("title")), 415,
                "media-type.unsupported");
    }

    @Test
    void uploadTooLarge() throws Exception {
        expectProblem(mvc.perform(get("/upload")), 413, "upload.too-large");
    }

    @Test
    void dataConflictsLeakNoSql() throws Exception {
        expectProblem(mvc.perform(get("/optimistic")), 409, "concurrent-update");
        expectProblem(mvc.perform(get("/integrity")), 409, "data.conflict");
    }

    @Test
    void accessDeniedIs403ForAUserAnd401ForNobody() throws Exception {
        expectProblem(mvc.perform(get("/denied")), 401, "unauthenticated")
            .andExpect(header().string("WWW-Authenticate", "Bearer"));
        SecurityContextHolder.getContext()
            .setAuthentication(new TestingAuthenticationToken("user", "n/a", "ROLE_applicant"));
        expectProblem(mvc.perform(get("/denied")), 403, "access.denied");
    }

    @Test
    void unexpectedFailureIsAGeneric500() throws Exception {
        expectProblem(mvc.perform(get("/crash").header("Accept-Language", "en")), 500, "internal")
            .andExpect(jsonPath("$.title").value("Internal error"))
            .andExpect(jsonPath("$.detail").value("An unexpected error occurred; quote the request id to the operators"));
    }
}
