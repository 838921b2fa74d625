package org.zhicheng.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.stack.LocalStack;

class DemoPlanTest {

    private static final Path DEMO_DATA = LocalStack.repositoryRoot().resolve("deploy/demo-data");

    @Test
    void theManifestNamesEverySeedPlanWithItsUsersAndExistingFiles() {
        List<DemoPlan> plans = DemoPlan.read(DEMO_DATA);

        assertThat(plans).extracting(DemoPlan::label).containsExactly(
                "000-shangyu-2024.txt#1", "000-shangyu-2024.txt#2", "000-shangyu-2024.txt#3",
                "000-shangyu-2024.txt#4", "001-liandu-2024.txt#1", "001-liandu-2024.txt#2",
                "002-quzhou-2021.txt#1", "003-shaoxing-2024.json");
        assertThat(plans).extracting(DemoPlan::region)
                .containsExactly("330604", "330604", "330604", "330604", "331102", "331102", "3308", "3306");
        assertThat(plans).extracting(DemoPlan::category).containsExactly("REGULAR", "DELEGATED", "SOCIALIZED",
                "PRIVATE_INDUSTRIAL", "REGULAR", "INITIAL_CERTIFICATION", "REGULAR", "REGULAR");
        assertThat(plans.get(6).year()).isEqualTo(2021);
        assertThat(plans.getLast().imported()).isFalse();
        assertThat(plans.getLast().importer()).isEqualTo("hr.sx");
        assertThat(plans).allSatisfy(plan -> assertThat(DEMO_DATA.resolve(plan.file())).isRegularFile());
    }

    @Test
    void aLineWithMissingCellsIsRefusedWithItsLineNumber(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve(DemoPlan.MANIFEST),
                "# comment\nfile\ttable\tyear\tregion\tcategory\ttitle\timporter\tapprover\na.txt\t1\t2024\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DemoPlan.read(directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aFailureSummaryNamesThePlanAndWhy() {
        DemoPlan plan = DemoPlan.read(DEMO_DATA).getFirst();
        DemoData.Result failed = new DemoData.Result(plan, Outcome.FAILED, 0, null, null, -1,
                "import job 1 FAILED import.rows-rejected, 32 of 33 rows accepted; row 28: import.unknown-title");

        assertThat(failed.summary()).isEqualTo("demo data 000-shangyu-2024.txt#1 (330604 2024 REGULAR): FAILED: "
                + "import job 1 FAILED import.rows-rejected, 32 of 33 rows accepted; row 28: import.unknown-title");
    }
}
