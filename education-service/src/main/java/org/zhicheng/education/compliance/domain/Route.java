package org.zhicheng.education.compliance.domain;

/** How a title is obtained: by evaluation (评审) or by initial certification (初定) after a degree. */
public enum Route {
    EVALUATION,
    INITIAL_CERTIFICATION
}
