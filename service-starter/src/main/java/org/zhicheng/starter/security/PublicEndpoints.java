package org.zhicheng.starter.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The anonymous endpoints of a service, declared as a bean: {@code PublicEndpoints.get("/api/v1/plans/**")} for
 * public reads, {@code .andPost("/api/v1/objections")} for the few anonymous writes. Several beans add up.
 * Everything not listed needs a valid token.
 */
public record PublicEndpoints(List<String> getPaths, List<String> postPaths) {

    public PublicEndpoints {
        getPaths = List.copyOf(getPaths);
        postPaths = List.copyOf(postPaths);
    }

    /** Anonymous GET (and HEAD) on these path patterns. */
    public static PublicEndpoints get(String... paths) {
        return new PublicEndpoints(List.of(paths), List.of());
    }

    /** Anonymous POST on these path patterns (objections). */
    public static PublicEndpoints post(String... paths) {
        return new PublicEndpoints(List.of(), List.of(paths));
    }

    public PublicEndpoints andGet(String... paths) {
        List<String> all = new ArrayList<>(getPaths);
        all.addAll(List.of(paths));
        return new PublicEndpoints(all, postPaths);
    }

    public PublicEndpoints andPost(String... paths) {
        List<String> all = new ArrayList<>(postPaths);
        all.addAll(List.of(paths));
        return new PublicEndpoints(getPaths, all);
    }
}
