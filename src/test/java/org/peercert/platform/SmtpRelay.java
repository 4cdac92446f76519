package org.peercert.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay in front of an SMTP server that can act in the one window a sender cannot see into: the client has
 * ended a mail's DATA and the server has the mail, but the client has not yet heard the server's {@code 250}. An
 * action armed with {@link #onNextHandOver(Runnable)} runs there once (e.g. killing the database the sender must
 * record the mail in).
 */
final class SmtpRelay implements AutoCloseable {

    private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listening;
    private final int target;
    private final AtomicReference<Runnable> armed = new AtomicReference<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    private SmtpRelay(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    static SmtpRelay to(int targetPort) throws IOException {
        return new SmtpRelay(targetPort);
    }

    int port() {
        return listening.getLocalPort();
    }

    void onNextHandOver(Runnable action) {
        armed.set(action);
    }

    private Void accept() throws IOException {
        while (!listening.isClosed()) {
            Socket client = listening.accept();
            Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
            var pending = new AtomicReference<Runnable>();
            threads.submit(() -> pump(client.getInputStream(), server.getOutputStream(), pending, true, client, server));
            threads.submit(() -> pump(server.getInputStream(), client.getOutputStream(), pending, false, client, server));
        }
        return null;
    }

    /** Client to server: spots the end of DATA before passing it on. Server to client: runs what was spotted first. */
    private Void pump(InputStream in, OutputStream out, AtomicReference<Runnable> pending, boolean fromClient,
            Socket client, Socket server) throws IOException {
        byte[] tail = new byte[0];
        byte[] buffer = new byte[8192];
        try (client; server) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (fromClient) {
                    byte[] seen = new byte[tail.length + n];
                    System.arraycopy(tail, 0, seen, 0, tail.length);
                    System.arraycopy(buffer, 0, seen, tail.length, n);
                    if (contains(seen, END_OF_DATA)) {
                        Runnable action = armed.getAndSet(null);
                        if (action != null) {
                            pending.set(action);
                        }
                    }
                    tail = java.util.Arrays.copyOfRange(seen, Math.max(0, seen.length - END_OF_DATA.length), seen.length);
                } else {
                    Runnable action = pending.getAndSet(null);
                    if (action != null) {
                        action.run();
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // one side hung up: the try closes both
        }
        return null;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        listening.close();
        threads.shutdownNow();
    }
}
