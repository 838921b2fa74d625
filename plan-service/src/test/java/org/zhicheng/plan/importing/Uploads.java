package org.zhicheng.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;

import tools.jackson.databind.JsonNode;

/** Multipart uploads to the import endpoint, job polling and the XLSX download, over plain HTTP. */
final class Uploads {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceApi api;
    private final String base;

    Uploads(int port) {
        this.api = new ServiceApi(port);
        this.base = "http://127.0.0.1:" + port;
    }

    Reply upload(byte[] file, String fileName, Map<String, String> fields, String authorization) {
        String boundary = "zhicheng-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/imports"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : ServiceApi.JSON.readTree(response.body());
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the job until it has ended (SUCCEEDED or FAILED), at most 30 s. */
    JsonNode awaitJob(String jobId, String authorization) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            Reply job = api.get("/api/v1/plans/imports/" + jobId, authorization);
            String status = job.json().path("status").asString();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import job " + jobId + " did not end within 30 s");
    }

    HttpResponse<byte[]> export(String planId, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/" + planId
                + "/export.xlsx")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
