package org.cmmm.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * No response ever carries what the request said of itself (issue 25, finding 1: the dashboard printed the request's
 * headers, the live session cookie among them, into its table and exports). Every request of the tests ({@link Http},
 * {@link Browser}, the corpus' posts) carries the header {@link #HEADER} with {@link #MARKER}; every body and every
 * download they get back is checked for that marker and for the session id the request sent.
 */
public final class Leaks {

    /** A request header of no meaning to the platform: it has no reason to ever show it. */
    public static final String HEADER = "X-Cmmm-Probe";
    /** Its value, new for every test run. */
    public static final String MARKER = "cmmm-probe-" + UUID.randomUUID();

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;\\s]+)");

    private Leaks() {
    }

    /** The session id a Cookie header names, or null. */
    public static String sessionId(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        Matcher session = SESSION.matcher(cookieHeader);
        return session.find() ? session.group(1) : null;
    }

    /** Fails when the text shows the marker header's value or the session id (when one was sent). */
    public static void check(String where, String text, String sessionId) {
        if (text == null) {
            return;
        }
        if (text.contains(MARKER)) {
            throw new AssertionError(where + ": the response shows a request header (" + HEADER + ")");
        }
        if (sessionId != null && sessionId.length() >= 8 && text.contains(sessionId)) {
            throw new AssertionError(where + ": the response shows the session id");
        }
    }

    /** {@link #check} of a downloaded file: its bytes as text, and each entry of an Office (zip) file as text. */
    public static void check(Path file, String sessionId) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            check(file.toString(), new String(bytes, StandardCharsets.UTF_8), sessionId);
            if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
                // (read by its central directory: a streamed workbook's entries give their sizes only after their data)
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        try (var in = zip.getInputStream(entry)) {
                            check(file + "!" + entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8), sessionId);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
