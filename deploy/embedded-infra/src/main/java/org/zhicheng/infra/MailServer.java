package org.zhicheng.infra;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A real SMTP and IMAP server (GreenMail) running in this JVM, listening on 127.0.0.1 only, with a reader for tests.
 *
 * <p>It accepts every sender and recipient without authentication and keeps the messages in memory until
 * {@link #close()}. The first message to an address creates that address's mailbox, whose IMAP login and password
 * are both the address itself (GreenMail's default for auto-created users), so any mail client, or curl, can read
 * it: {@code curl --url 'imap://127.0.0.1:<imap port>/INBOX;UID=1' -u <address>:<address>}.
 */
public final class MailServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** Re-reads stored messages: header bytes as UTF-8 too, for senders that write 8-bit headers (SMTPUTF8). */
    private static final Session READER = Session.getInstance(readerProperties());

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.smtpPort = greenMail.getSmtp().getPort();
        this.imapPort = greenMail.getImap().getPort();
    }

    /** A server on free ports (bound by the operating system, so no other process can take them first). */
    public static MailServer startTemporary() {
        return start(0, 0);
    }

    /** A server on {@code smtpPort} and {@code imapPort} of 127.0.0.1 ({@code 0}: a free one). */
    public static MailServer start(int smtpPort, int imapPort) {
        if (smtpPort != 0) {
            FreePorts.requireFree(smtpPort, "SMTP");
        }
        if (imapPort != 0) {
            FreePorts.requireFree(imapPort, "IMAP");
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            // one protocol may be up when the other fails: release its port
            greenMail.stop();
            throw e;
        }
        return new MailServer(greenMail);
    }

    public String host() {
        return LOOPBACK;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message delivered so far, one per recipient mailbox, in the order they arrived. */
    public List<Mail> received() {
        List<Delivery> all = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            inbox(user).forEach(message -> all.add(new Delivery(user.getEmail(), message)));
        }
        return all.stream()
                .sorted(Comparator.comparing((Delivery d) -> d.message().getReceivedDate())
                        .thenComparing(d -> d.message().getUid()))
                .map(d -> Mail.of(d.mailbox(), d.message().getMimeMessage()))
                .toList();
    }

    /** The messages in {@code address}'s inbox, oldest first; empty when nothing was sent there yet. */
    public List<Mail> messagesTo(String address) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return inbox(user).stream().map(message -> Mail.of(user.getEmail(), message.getMimeMessage())).toList();
    }

    /**
     * Waits until {@code address}'s inbox holds at least {@code count} messages and returns them all; fails with
     * the subjects that did arrive when {@code timeout} passes first.
     */
    public List<Mail> awaitMessagesTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Mail> messages = messagesTo(address);
        while (messages.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(address + " received " + messages.size() + " of " + count
                        + " messages within " + timeout.toSeconds() + " s: "
                        + messages.stream().map(Mail::subject).toList());
            }
            sleep(POLL_INTERVAL);
            messages = messagesTo(address);
        }
        return messages;
    }

    /** Stops SMTP and IMAP and frees their ports; the messages are gone. */
    @Override
    public void close() {
        greenMail.stop();
    }

    private List<StoredMessage> inbox(GreenMailUser user) {
        try {
            // a copy: deliveries add to the folder concurrently
            return List.copyOf(greenMail.getManagers().getImapHostManager().getInbox(user).getMessages());
        } catch (FolderException e) {
            throw new IllegalStateException("cannot read the inbox of " + user.getEmail(), e);
        }
    }

    private static Properties readerProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Delivery(String mailbox, StoredMessage message) {
    }

    /**
     * One delivered message as a test reads it.
     *
     * @param from    the sender's address (without its display name)
     * @param to      the recipient mailbox it was delivered to (for Bcc too, which no header names)
     * @param subject decoded (RFC 2047 encoded words, or UTF-8 headers)
     * @param body    the first {@code text/plain} part (else the first {@code text/*} part, else empty), transfer
     *                encoding (quoted-printable, base64) undone, decoded with its charset (UTF-8 when it names
     *                none), line breaks as {@code \n}
     */
    public record Mail(String from, String to, String subject, String body) {

        static Mail of(String mailbox, MimeMessage stored) {
            try {
                MimeMessage message = reread(stored);
                Address[] senders = message.getFrom();
                String from = senders == null || senders.length == 0 ? ""
                        : senders[0] instanceof InternetAddress address ? address.getAddress() : senders[0].toString();
                String subject = Optional.ofNullable(message.getSubject()).orElse("");
                String body = firstText(message, "text/plain").or(() -> firstText(message, "text/*")).orElse("");
                return new Mail(from, mailbox, subject, body.replace("\r\n", "\n"));
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot read a message to " + mailbox, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a message to " + mailbox, e);
            }
        }

        private static MimeMessage reread(MimeMessage stored) throws MessagingException, IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            stored.writeTo(raw);
            return new MimeMessage(READER, new ByteArrayInputStream(raw.toByteArray()));
        }

        private static Optional<String> firstText(Part part, String type) {
            try {
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return Optional.empty();
                }
                if (part.isMimeType(type)) {
                    return Optional.of(text(part));
                }
                if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        Optional<String> text = firstText(multipart.getBodyPart(i), type);
                        if (text.isPresent()) {
                            return text;
                        }
                    }
                }
                return Optional.empty();
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot read a message part", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a message part", e);
            }
        }

        private static String text(Part part) throws MessagingException, IOException {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            Charset decoding = charset == null ? StandardCharsets.UTF_8
                    : Charset.forName(MimeUtility.javaCharset(charset));
            // getInputStream undoes the transfer encoding; the charset is applied here, not guessed
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), decoding);
            }
        }
    }
}
