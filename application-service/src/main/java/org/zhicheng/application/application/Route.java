package org.zhicheng.application.application;

/** The ways an application may be made (000 二(一)(三), 002 二(五), 003 二). */
public enum Route {
    /** by education and seniority (正常晋升) */
    NORMAL,
    /** exceptional or leap-level promotion for outstanding people (破格、越级, 002 三(三)) */
    EXCEPTIONAL,
    /** senior engineer by a quantitative self-score of at least 120 instead of education/seniority (003 二) */
    QUANTITATIVE,
    /** a highly skilled worker with a vocational qualification applying for an engineering title (000 二(一), 002 二(五)) */
    HIGH_SKILLED,
    /** with a professional qualification (职业资格) and its appointment, one level higher (002 二(五)) */
    QUALIFICATION_DIRECT,
    /** initial certification of a graduate by education (初定, 000 二(三)) */
    INITIAL_CERTIFICATION,
    /** a title held elsewhere, taken over on transfer (调入, 000 二(二)) */
    TRANSFER_IN,
    /** decided case by case (一事一议, 000 二(二)) */
    CASE_BY_CASE
}
