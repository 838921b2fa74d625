package org.zhicheng.plan.importing;

import java.util.List;

/**
 * A logical column of a plan table. The seed notices name the same column differently (000: 评委会名称, 000 附件4:
 * 评委单位, 002: 中评委名称, 001 初定: 评审名称) and break header words across lines ("评审（推 荐）范围",
 * "评审（推荐）职务任 资格名称"); headers are compared after {@link Cells#headerKey(String)}.
 */
public enum Column {

    SEQUENCE(false, "序号"),
    COMMITTEE(false, "评委会名称", "评委单位", "中评委名称", "评审名称"),
    TITLES(false, "评审(推荐)职务任职资格名称", "评审(推荐)职务任资格名称", "评审职务任职资格名称", "所评资格名称",
            "所评职务任职资格名称"),
    SPECIALTIES(false, "所评专业", "专业"),
    SCOPE(true, "评审(推荐)范围", "申报对象范围"),
    EVALUATION_TIME(true, "预计评审时间", "中评委预计评审时间"),
    MATERIAL_DEADLINE(true, "预计接收材料截止时间", "中评委预计接收材料截止时间"),
    START_TIME(true, "启动时间"),
    COMPLETION_TIME(true, "完成时间"),
    CONTACT(true, "材料接收单位及咨询电话", "材料接收单位及电话", "联系电话", "评委会办公室所在单位及电话",
            "材料初审单位及电话"),
    APPLICANTS(true, "申报对象"),
    REMARKS(false, "备注");

    private final boolean inherits;
    private final List<String> headers;

    Column(boolean inherits, String... headers) {
        this.inherits = inherits;
        this.headers = List.of(headers);
    }

    /**
     * Whether an empty cell under a filled one means "same as above" (a merged cell in the notice): contact, times,
     * scope and applicants are shared by neighbouring committees; a committee's name, titles, specialties and remarks
     * are its own.
     */
    public boolean inherits() {
        return inherits;
    }

    /** The header as exported (the first of the names, as 000 prints it). */
    public String exportHeader() {
        return switch (this) {
            case TITLES -> "评审（推荐）职务任职资格名称";
            case SCOPE -> "评审（推荐）范围";
            default -> headers.getFirst();
        };
    }

    /** The column a header cell names, or null when no logical column has that name. */
    public static Column forHeader(String header) {
        String key = Cells.headerKey(header);
        for (Column column : values()) {
            for (String name : column.headers) {
                if (Cells.headerKey(name).equals(key)) {
                    return column;
                }
            }
        }
        return null;
    }
}
