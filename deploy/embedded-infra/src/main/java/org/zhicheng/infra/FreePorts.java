package org.zhicheng.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds TCP ports on 127.0.0.1 that nothing listens on. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port that was free a moment ago (the OS hands out ephemeral ports, so a reuse race is unlikely). */
    public static int find() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Whether nothing currently listens on {@code port} of 127.0.0.1. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // servers bind with SO_REUSEADDR, so connections in TIME_WAIT from a previous run do not block them
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message naming {@code what} when {@code port} is taken, before a server fails more obscurely. */
    public static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new IllegalStateException(what + ": port " + port + " on 127.0.0.1 is already in use");
        }
    }
}
