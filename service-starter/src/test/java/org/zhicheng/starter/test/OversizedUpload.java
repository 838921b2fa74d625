package org.zhicheng.starter.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sends a multipart upload that declares {@code contentLength} bytes and keeps writing them on a raw socket, and
 * returns the status line the service answers with. A servlet refuses an upload above its
 * {@code spring.servlet.multipart} limits from the declared length (413) while the client is still sending, which an
 * HTTP client that first writes the whole body cannot observe.
 */
public final class OversizedUpload {

    private OversizedUpload() {
    }

    /** The HTTP status line (e.g. {@code HTTP/1.1 413}) answered to a {@code contentLength}-byte upload. */
    public static String statusLine(int port, String path, String bearer, long contentLength) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: " + bearer + "\r\n"
                    + "Accept: application/problem+json\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n"
                    + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            Thread writer = Thread.ofVirtual().start(() -> keepSending(out, contentLength));
            String status = readLine(socket.getInputStream());
            writer.interrupt();
            return status;
        }
    }

    private static void keepSending(OutputStream out, long total) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        try {
            for (long sent = 0; sent < total && !Thread.currentThread().isInterrupted(); sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException closedByServer) {
            // the server answered and closed the connection: what the caller waits for
            Thread.currentThread().interrupt();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
