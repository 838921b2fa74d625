package org.zhicheng.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Readiness probes over TCP and HTTP, for {@link ManagedProcess#awaitReady}. */
public final class Endpoints {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Endpoints() {
    }

    /** Whether something accepts TCP connections on {@code port} of 127.0.0.1. */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a GET of {@code url} answers 200 within a few seconds. */
    public static boolean answersOk(String url) throws IOException, InterruptedException {
        return status(url) == 200;
    }

    /** The HTTP status a GET of {@code url} answers with, or -1 when nothing answers within a few seconds. */
    public static int status(String url) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
