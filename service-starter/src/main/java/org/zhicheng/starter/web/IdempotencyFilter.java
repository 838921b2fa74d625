package org.zhicheng.starter.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zhicheng.starter.problem.ProblemRenderer;

/**
 * {@code Idempotency-Key} for creates: the first successful POST with a key is stored (status, body, Location,
 * ETag) and a repeat of it — same caller, path, key and body — gets the stored response again, with
 * {@code Idempotent-Replayed: true}, instead of creating twice. The same key with another body is refused with 422
 * {@code idempotency-key.reused}; a repeat while the first is still running gets 409
 * {@code idempotency-key.in-progress}. Runs after Spring Security, so the key is scoped to the token's subject.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final ProblemRenderer problems;

    public IdempotencyFilter(IdempotencyStore store, ProblemRenderer problems) {
        this.store = store;
        this.problems = problems;
    }

    /** Only POSTs with the header; uploads (multipart) are not buffered for replay and go through unchanged. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String keyValue = request.getHeader(HEADER).strip();
        if (keyValue.isEmpty() || keyValue.length() > MAX_KEY_LENGTH) {
            problem(HttpStatus.BAD_REQUEST, "idempotency-key.invalid", request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = sha256(body);
        IdempotencyStore.Key key = new IdempotencyStore.Key(subject(), request.getMethod(), request.getRequestURI(),
                keyValue);

        Optional<IdempotencyStore.Entry> stored = store.find(key);
        if (stored.isEmpty() && !store.claim(key, hash)) {
            stored = store.find(key);
        }
        if (stored.isPresent()) {
            answerRepeat(stored.get(), hash, request, response);
            return;
        }

        ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayedBodyRequest(request, body), caching);
            int status = caching.getStatus();
            if (status >= 200 && status < 300) {
                store.complete(key, status, caching.getContentAsByteArray(), caching.getContentType(),
                        caching.getHeader(HttpHeaders.LOCATION), caching.getHeader(HttpHeaders.ETAG));
                completed = true;
            }
        }
        finally {
            if (!completed) {
                store.release(key);
            }
            caching.copyBodyToResponse();
        }
    }

    private void answerRepeat(IdempotencyStore.Entry entry, String hash, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!entry.requestHash().equals(hash)) {
            problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key.reused", request, response);
            return;
        }
        if (!entry.completed()) {
            problem(HttpStatus.CONFLICT, "idempotency-key.in-progress", request, response);
            return;
        }
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, entry.location());
        }
        if (entry.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, entry.etag());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        if (entry.body() != null) {
            response.setContentLength(entry.body().length);
            response.getOutputStream().write(entry.body());
        }
    }

    private void problem(HttpStatus status, String code, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(problems.render(status, code, null, null, new Object[0], List.of(), request), response);
    }

    private static String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    /** The request with its body read once for hashing and served again to the controller. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is already in memory: it is available at once, then all read
                    try {
                        listener.onDataAvailable();
                        if (isFinished()) {
                            listener.onAllDataRead();
                        }
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
