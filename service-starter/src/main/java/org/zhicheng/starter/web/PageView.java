package org.zhicheng.starter.web;

import java.util.List;

import org.zhicheng.starter.problem.Problems;

/** The one JSON page shape of every list endpoint: the items of page {@code page} (0-based) of size {@code size}. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageView {
        content = List.copyOf(content);
    }

    /**
     * Checks a list request's paging: {@code page} from 0, {@code size} from 1 to {@code maxSize}; else 400
     * {@code paging.invalid} naming the limits (the starter's message bundles).
     */
    public static void requireValid(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw Problems.badRequest("paging.invalid", page, size, maxSize);
        }
    }

    public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
        int pages = size <= 0 ? 0 : (int) ((total + size - 1) / size);
        return new PageView<>(content, page, size, total, pages);
    }
}
