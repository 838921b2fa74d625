/**
 * Problem details (RFC 9457): the one way every service reports an error. Use cases throw {@link
 * org.zhicheng.starter.problem.Problems} factories; {@link org.zhicheng.starter.problem.ProblemExceptionHandler}
 * renders them, and every framework exception, as {@code application/problem+json} with a stable {@code code},
 * localized messages from the {@code problems*.properties} bundles and the request id, never a stack trace.
 */
package org.zhicheng.starter.problem;
