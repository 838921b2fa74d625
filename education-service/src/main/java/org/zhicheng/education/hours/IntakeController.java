package org.zhicheng.education.hours;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/education")
@Tag(name = "hours", description = "Continuing-education hours ledger (继续教育学时台账)")
class IntakeController {

    private final IntakeService intake;
    private final HoursWebMapper mapper;

    IntakeController(IntakeService intake, HoursWebMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a registration system's or provider's export, all rows or none",
            description = "format city-registry-csv or provider-xlsx; region and unit apply to every row. An "
                    + "employer for its own unit, an HR bureau for its region, the platform for all. 400 "
                    + "import.rows-rejected with one error per row and rule (nothing written), 400 "
                    + "import.malformed-file, 400 import.unknown-format. The same file again answers "
                    + "alreadyImported=true and writes nothing. Emits HoursRecorded per row.")
    ImportReport importFile(@AuthenticationPrincipal ZhichengPrincipal user, @RequestParam String format,
            @RequestParam String region, @RequestParam String unit, @RequestPart("file") MultipartFile file) {
        try {
            return intake.importFile(user, format, region, unit, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/records/batch")
    @Operation(summary = "Push a batch of entries (platform), all or none, idempotent by batchId",
            description = "400 import.rows-rejected naming each rejected record by its position from 1 "
                    + "(rows[n]); the same batchId again answers alreadyImported=true and writes nothing.")
    ImportReport batch(@AuthenticationPrincipal ZhichengPrincipal user, @Valid @RequestBody BatchRequest body) {
        return intake.importBatch(user, body.batchId(), mapper.toInputs(body.records()));
    }
}
