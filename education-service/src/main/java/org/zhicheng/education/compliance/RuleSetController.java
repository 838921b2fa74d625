package org.zhicheng.education.compliance;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

@RestController
@Validated
@RequestMapping("/api/v1/education/rule-sets/{region}")
@Tag(name = "rule-sets", description = "Continuing-education rule sets per region (继续教育学时要求), versioned")
class RuleSetController {

    private static final String REGION = "\\d{2}(\\d{2}){0,2}";

    private final RuleSetService ruleSets;
    private final ComplianceWebMapper mapper;

    RuleSetController(RuleSetService ruleSets, ComplianceWebMapper mapper) {
        this.ruleSets = ruleSets;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "The rule set in force for a region and year (a district inherits its city's)",
            description = "Any signed-in user: the rules are public policy. The answer's region shows where the "
                    + "rules come from; 404 rule-set.not-found when neither the region nor a parent has one.")
    RuleSetView inForce(@PathVariable @Pattern(regexp = REGION) String region, @RequestParam int year) {
        return mapper.toView(ruleSets.inForce(region, year));
    }

    @GetMapping("/history")
    @Operation(summary = "Every version of the region's own rule sets, newest first")
    List<RuleSetView> history(@PathVariable @Pattern(regexp = REGION) String region) {
        return mapper.toViews(ruleSets.history(region));
    }

    @PostMapping
    @Operation(summary = "Write a new version of the region's rule set from a year on (HR bureau of the region)",
            description = "422 rule-set.contradictory naming the rule when its numbers contradict each other (a "
                    + "part above its total, parts adding up to more than the total, a window of no years); 400 for "
                    + "a rule without code, notice or route, or a repeated code; 403 outside the bureau's region.")
    ResponseEntity<RuleSetView> write(@AuthenticationPrincipal ZhichengPrincipal user,
            @PathVariable @Pattern(regexp = REGION) String region, @Valid @RequestBody RuleSetRequest body) {
        RuleSetView written = mapper.toView(ruleSets.write(user, region, body));
        return ResponseEntity.created(URI.create("/api/v1/education/rule-sets/" + region + "/history"))
                .body(written);
    }
}
