package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.plan.importing.ImportCatalog.Series;
import org.zhicheng.plan.importing.ImportCatalog.Snapshot;
import org.zhicheng.plan.importing.ImportCatalog.Specialty;
import org.zhicheng.plan.importing.ImportCatalog.Title;

/** Names to catalog codes on seed rows, with a catalog excerpt of the migration's titles. */
class CatalogMatcherTest {

    static final Snapshot CATALOG = new Snapshot(
            List.of(new Series("ENGINEERING", "工程"), new Series("NEWS", "新闻"), new Series("PUBLISHING", "出版"),
                    new Series("HEALTH", "卫生"), new Series("AGRICULTURE", "农业"),
                    new Series("SOCIAL_SCIENCE_RESEARCH", "社会科学研究"),
                    new Series("NATURAL_SCIENCE_RESEARCH", "自然科学研究"),
                    new Series("PARTY_SCHOOL_TEACHER", "党校教师"),
                    new Series("VOCATIONAL_TEACHER", "中等职业学校教师"), new Series("LIBRARY", "图书资料"),
                    new Series("MASS_CULTURE", "群众文化"), new Series("ARCHIVES", "档案"), new Series("ART", "艺术")),
            List.of(new Title("ENGINEER_ASSISTANT", "ENGINEERING", "ASSISTANT_JUNIOR", "助理工程师"),
                    new Title("ENGINEER_INTERMEDIATE", "ENGINEERING", "INTERMEDIATE", "工程师"),
                    new Title("ENGINEER_SENIOR", "ENGINEERING", "DEPUTY_SENIOR", "高级工程师"),
                    new Title("REPORTER_INTERMEDIATE", "NEWS", "INTERMEDIATE", "记者"),
                    new Title("NEWS_EDITOR_INTERMEDIATE", "NEWS", "INTERMEDIATE", "编辑"),
                    new Title("PUBLISHING_EDITOR_INTERMEDIATE", "PUBLISHING", "INTERMEDIATE", "编辑"),
                    new Title("PHYSICIAN_FULL_SENIOR", "HEALTH", "FULL_SENIOR", "主任医师"),
                    new Title("TCM_PHYSICIAN_FULL_SENIOR", "HEALTH", "FULL_SENIOR", "主任中医师"),
                    new Title("PHARMACIST_FULL_SENIOR", "HEALTH", "FULL_SENIOR", "主任药师"),
                    new Title("NURSE_FULL_SENIOR", "HEALTH", "FULL_SENIOR", "主任护师"),
                    new Title("MEDTECH_FULL_SENIOR", "HEALTH", "FULL_SENIOR", "主任技师"),
                    new Title("AGRONOMIST_ASSISTANT", "AGRICULTURE", "ASSISTANT_JUNIOR", "助理农艺师"),
                    new Title("HUSBANDRY_ASSISTANT", "AGRICULTURE", "ASSISTANT_JUNIOR", "助理畜牧师"),
                    new Title("VETERINARIAN_ASSISTANT", "AGRICULTURE", "ASSISTANT_JUNIOR", "助理兽医师"),
                    new Title("AGRONOMIST_INTERMEDIATE", "AGRICULTURE", "INTERMEDIATE", "农艺师"),
                    new Title("AGRI_EXTENSION_RESEARCHER", "AGRICULTURE", "FULL_SENIOR", "农业技术推广研究员"),
                    new Title("SOCIAL_RESEARCHER_ASSOCIATE", "SOCIAL_SCIENCE_RESEARCH", "DEPUTY_SENIOR", "副研究员"),
                    new Title("NATURAL_RESEARCHER_ASSOCIATE", "NATURAL_SCIENCE_RESEARCH", "DEPUTY_SENIOR", "副研究员"),
                    new Title("VOCATIONAL_LECTURER_INTERMEDIATE", "VOCATIONAL_TEACHER", "INTERMEDIATE", "讲师"),
                    new Title("PARTY_SCHOOL_LECTURER", "PARTY_SCHOOL_TEACHER", "INTERMEDIATE", "讲师（党校）"),
                    new Title("LIBRARIAN_INTERMEDIATE", "LIBRARY", "INTERMEDIATE", "馆员"),
                    new Title("MASS_CULTURE_INTERMEDIATE", "MASS_CULTURE", "INTERMEDIATE", "馆员"),
                    new Title("ARCHIVIST_INTERMEDIATE", "ARCHIVES", "INTERMEDIATE", "馆员"),
                    new Title("DIRECTOR_GRADE_3", "ART", "INTERMEDIATE", "三级导演（编导）"),
                    new Title("CONDUCTOR_GRADE_3", "ART", "INTERMEDIATE", "三级指挥"),
                    new Title("COMPOSER_GRADE_3", "ART", "INTERMEDIATE", "三级作曲")),
            List.of(new Specialty("MECHATRONICS", "ENGINEERING", "机电制造"),
                    new Specialty("PHILOSOPHY", "PARTY_SCHOOL_TEACHER", "哲学"),
                    new Specialty("POLITICAL_SCIENCE", "PARTY_SCHOOL_TEACHER", "政治学"),
                    new Specialty("ECONOMIC_THEORY", "PARTY_SCHOOL_TEACHER", "经济学"),
                    new Specialty("ECONOMICS_GENERAL", "ECONOMICS", "经济"),
                    new Specialty("JOURNALISM", "NEWS", "新闻"),
                    new Specialty("GENERAL_ENGINEERING", "ENGINEERING", "工程技术（高技能人才参评）")));

    private final CatalogMatcher matcher = new CatalogMatcher(CATALOG);
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Test
    void bracketedAlternativesStandForEveryCatalogSpelling() {
        // 000 附件1 row 2
        ImportedItem item = match("绍兴市卫生高级专业技术职务任职资格评审委员会", "主任（中）医（药、护、技）师", "卫生专业");

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactlyInAnyOrder("PHYSICIAN_FULL_SENIOR",
                "TCM_PHYSICIAN_FULL_SENIOR", "PHARMACIST_FULL_SENIOR", "NURSE_FULL_SENIOR", "MEDTECH_FULL_SENIOR");
    }

    @Test
    void aNameOfSeveralSeriesIsSettledByTheCommittee() {
        // 000 附件1 row 5: 编辑 is news and publishing; the committee is 新闻
        ImportedItem item = match("绍兴市新闻专业人员中级专业技术职务任职资格评审委员会", "记者、编辑评审", "新闻（出版）");

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("REPORTER_INTERMEDIATE", "NEWS_EDITOR_INTERMEDIATE");
    }

    @Test
    void aNameOfSeveralSeriesIsSettledBySpecialties() {
        // 000 附件1 row 6: 讲师 of party schools, whose specialties the row lists
        ImportedItem item = match("绍兴市党校系统专业技术人员中级专业技术职务任职资格评审委员会", "讲师", "哲学、政治学、经济学");

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("PARTY_SCHOOL_LECTURER");
        assertThat(item.specialties()).containsExactlyInAnyOrder("PHILOSOPHY", "POLITICAL_SCIENCE", "ECONOMIC_THEORY");
    }

    @Test
    void aNameNothingSettlesRejectsTheRowAsAmbiguous() {
        // a committee naming no series: 副研究员 could be either research series
        match("绍兴市某行业专业技术人员高级职务任职资格评审委员会", "副研究员", null);

        assertThat(problems).singleElement().asString()
                .isEqualTo("import.ambiguous-title: 副研究员 (NATURAL_RESEARCHER_ASSOCIATE, SOCIAL_RESEARCHER_ASSOCIATE)");
    }

    @Test
    void researchTitlesOfTeachersAndPartySchoolsAreSocialScience() {
        // 000 附件1 row 1 (teachers) and row 6 (party school): education and party-school research are social science
        ImportedItem teachers = match("绍兴市中小学（幼儿园）教师高级职务任职资格评审委员会", "副研究员", "中小学（幼儿园）专任教师");
        ImportedItem partySchool = match("绍兴市党校系统专业技术人员中级专业技术职务任职资格评审委员会", "讲师、副研究员评审",
                "哲学、政治学、经济学");

        assertThat(problems).isEmpty();
        assertThat(teachers.evaluatedTitles()).containsExactly("SOCIAL_RESEARCHER_ASSOCIATE");
        assertThat(partySchool.evaluatedTitles()).containsExactly("PARTY_SCHOOL_LECTURER", "SOCIAL_RESEARCHER_ASSOCIATE");
    }

    @Test
    void aTeachersCommitteeNamingNaturalScienceKeepsItsResearchNatural() {
        ImportedItem item = match("绍兴市教师自然科学研究人员高级职务任职资格评审委员会", "副研究员", null);

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("NATURAL_RESEARCHER_ASSOCIATE");
    }

    @Test
    void anAliasIsReadAsItsTitle() {
        // 000 附件1 row 28: 三级舞美设计(设计), an alias the migration seeds
        Snapshot withAlias = new Snapshot(CATALOG.series(), CATALOG.titles(), CATALOG.specialties(),
                List.of(new ImportCatalog.TitleAlias("三级舞美设计（设计）", "COMPOSER_GRADE_3")));
        List<String> found = new ArrayList<>();
        ParsedRow row = row("绍兴市艺术专业人员中级专业技术职务任职资格评审委员会", "三级舞美设计(设计)", null);

        ImportedItem item = new CatalogMatcher(withAlias).match(row, found, notes);

        assertThat(found).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("COMPOSER_GRADE_3");
    }

    @Test
    void aCommitteeOfSeveralSeriesGetsTheTitleOfEach() {
        // 000 附件1 row 27: one committee for libraries and community culture evaluates 馆员 of both
        ImportedItem item = match("绍兴市图书资料、群众文化专业人员中级专业技术职务任职资格评审委员会", "馆员", "图书资料、群众文化");

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactlyInAnyOrder("LIBRARIAN_INTERMEDIATE",
                "MASS_CULTURE_INTERMEDIATE");
    }

    @Test
    void withoutHintsTheExactNameWinsOverABracketlessAlias() {
        // 000 附件2 row 2: 讲师 of a school teachers' committee is the vocational 讲师, not 讲师（党校）
        ImportedItem item = match("上虞区中小学教师中级专业技术资格评审委员会", "讲师", "中小学教师");

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("VOCATIONAL_LECTURER_INTERMEDIATE");
    }

    @Test
    void aBareNameAmidGradedOnesTakesTheirGrade() {
        // 000 附件1 row 28
        ImportedItem item = match("绍兴市艺术专业人员中级专业技术职务任职资格评审委员会", "三级导演(编导)、指挥、三级作曲", null);

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("DIRECTOR_GRADE_3", "CONDUCTOR_GRADE_3",
                "COMPOSER_GRADE_3");
        assertThat(notes).contains("指挥 read as 三级指挥");
    }

    @Test
    void anUnknownTitleNameRejectsTheRowNamingIt() {
        match("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会", "工程师、宇航员", "机电制造");

        assertThat(problems).containsExactly("import.unknown-title: 宇航员");
    }

    @Test
    void aLevelMeansThatLevelOfTheEvaluatedSeries() {
        // 001 row 1
        ImportedItem item = match("丽水市莲都区初级农业专业技术职务评审委员会", "助理农艺（畜牧、兽医）师，助理工程师，推荐中级",
                null);

        assertThat(problems).isEmpty();
        assertThat(item.evaluatedTitles()).containsExactly("AGRONOMIST_ASSISTANT", "HUSBANDRY_ASSISTANT",
                "VETERINARIAN_ASSISTANT", "ENGINEER_ASSISTANT");
        assertThat(item.recommendedTitles()).containsExactlyInAnyOrder("AGRONOMIST_INTERMEDIATE",
                "ENGINEER_INTERMEDIATE");
    }

    @Test
    void aLevelNamingNoSeriesRejectsTheRow() {
        match("绍兴市某行业专业技术人员中级职务任职资格评审委员会", "推荐高级", null);

        assertThat(problems).containsExactly("import.level-without-series: 高级");
    }

    @Test
    void aLevelAloneMeansTheCommitteesSeriesAtThatLevel() {
        // 001 row 10: "推荐高级" of the 卫计 (卫生计生) committee: the health titles at 副高级 and 正高级
        ImportedItem item = match("莲都区卫计人员中级专业技术职务任职资格评审委员会", "推荐高级", null);

        assertThat(problems).isEmpty();
        assertThat(item.recommendedTitles()).containsExactlyInAnyOrder("PHYSICIAN_FULL_SENIOR",
                "TCM_PHYSICIAN_FULL_SENIOR", "PHARMACIST_FULL_SENIOR", "NURSE_FULL_SENIOR", "MEDTECH_FULL_SENIOR");
    }

    @Test
    void aUniqueCatalogTitleEndingWithTheNameIsTakenAndNoted() {
        // 002 row 6: 推广研究员 = 农业技术推广研究员
        ImportedItem item = match("衢州市农业技术人员中级职务评审委员会", "推荐推广研究员", null);

        assertThat(problems).isEmpty();
        assertThat(item.recommendedTitles()).containsExactly("AGRI_EXTENSION_RESEARCHER");
        assertThat(notes).containsExactly("推广研究员 read as 农业技术推广研究员");
    }

    @Test
    void specialtiesAreTheCatalogNamesInTheTextAndTheRestIsNoted() {
        // 000 附件1 row 7
        ImportedItem item = match("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会", "工程师",
                "机电制造技术开发、设计开发、生产制造（工艺）");

        assertThat(item.specialties()).containsExactly("MECHATRONICS");
        assertThat(item.specialtiesText()).isEqualTo("机电制造技术开发、设计开发、生产制造（工艺）");
        assertThat(notes).singleElement().asString().startsWith("specialty text without a catalog specialty");
        assertThat(problems).isEmpty();
    }

    private ImportedItem match(String committee, String titles, String specialties) {
        return matcher.match(row(committee, titles, specialties), problems, notes);
    }

    private static ParsedRow row(String committee, String titles, String specialties) {
        Map<Column, String> cells = new java.util.EnumMap<>(Column.class);
        cells.put(Column.COMMITTEE, committee);
        cells.put(Column.TITLES, titles);
        if (specialties != null) {
            cells.put(Column.SPECIALTIES, specialties);
        }
        return new ParsedRow(7, cells, Set.of(), ContactCell.parse(null), TitleCell.parse(titles), List.of());
    }
}
