package org.zhicheng.plan.importing;

import org.springframework.http.HttpStatus;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;

/** The problems of a file that cannot be read as a plan table; all are 400s naming what is wrong. */
final class ImportProblems {

    private ImportProblems() {
    }

    /** Not text in a known encoding and not a workbook: binary junk. */
    static ProblemException unreadable(String fileName) {
        return Problems.badRequest("import.unreadable", fileName);
    }

    /** Text in an encoding other than UTF-8 or GB18030/GBK (e.g. UTF-16). */
    static ProblemException encoding(String fileName, String encoding) {
        return Problems.badRequest("import.encoding", fileName, encoding);
    }

    /** A legacy .xls workbook. */
    static ProblemException unsupportedFormat(String fileName) {
        return Problems.badRequest("import.unsupported-format", fileName);
    }

    /** No header row (序号 …) at all, or fewer tables than the one asked for. */
    static ProblemException noTable(int wanted, int found) {
        return Problems.badRequest("import.no-table", wanted, found);
    }

    /** A header cell that names no logical column: the file is refused rather than a column silently dropped. */
    static ProblemException unknownColumn(String header, int position, int row) {
        return Problems.badRequest("import.unknown-column", header, position, row);
    }

    /** A table without committee column. */
    static ProblemException missingColumn(String column, int row) {
        return Problems.badRequest("import.missing-column", column, row);
    }

    /** An upload over the configured limit. */
    static ProblemException tooLarge(long size, long limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "upload.too-large", size, limit);
    }
}
