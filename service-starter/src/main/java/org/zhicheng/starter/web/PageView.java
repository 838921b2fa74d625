package org.zhicheng.starter.web;

import java.util.List;

/** The one JSON page shape of every list endpoint: the items of page {@code page} (0-based) of size {@code size}. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageView {
        content = List.copyOf(content);
    }

    public static <T> PageView<T> of(List<T> content, int page, int size, long total) {
        int pages = size <= 0 ? 0 : (int) ((total + size - 1) / size);
        return new PageView<>(content, page, size, total, pages);
    }
}
