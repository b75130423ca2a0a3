package org.papergraph.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns record ids, titles and concept names into the key segments of PaperGraph IRIs.
 *
 * <p>Every method is a pure function of its argument, so keys are stable from run to run.
 * {@link PaperGraphIds} documents the rules; the methods here throw
 * {@link IllegalArgumentException} when a rule leaves nothing to build a key from.
 */
final class IriKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final int TITLE_HASH_HEX_DIGITS = 16;

    private IriKeys() {
    }

    /** Percent-encodes every UTF-8 byte of the stripped id that is not an unreserved character. */
    static String recordKey(String recordId) {
        String id = recordId.strip();
        if (id.isEmpty() || id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException("Not a usable record id: '" + recordId + "'");
        }
        StringBuilder key = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (UNRESERVED.indexOf(c) >= 0) {
                key.append(c);
            } else {
                key.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return key.toString();
    }

    /** Returns "t-" and the first 16 hex digits of the SHA-256 of the normalised title. */
    static String titleKey(String title) {
        String normalised = NON_ALPHANUMERIC.matcher(fold(title)).replaceAll("");
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("Title has no letters or digits: '" + title + "'");
        }
        byte[] hash = sha256().digest(normalised.getBytes(StandardCharsets.UTF_8));
        return "t-" + HexFormat.of().formatHex(hash).substring(0, TITLE_HASH_HEX_DIGITS);
    }

    /** Returns the lower-case, hyphenated, singular slug of a concept name. */
    static String conceptSlug(String canonicalName) {
        String slug = NON_ALPHANUMERIC.matcher(fold(canonicalName)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Name has no letters or digits: '" + canonicalName + "'");
        }
        return singularLastWord(slug);
    }

    /**
     * Decomposes compatibility characters, lower-cases and drops accents ("Schrödinger" gives
     * "schrodinger", "ﬁ" gives "fi"), in an order that leaves no accent behind.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /** Makes the last hyphen-separated word of a slug singular ({@link PaperGraphIds#singular}). */
    static String singularLastWord(String slug) {
        int start = slug.lastIndexOf('-') + 1;
        return slug.substring(0, start) + PaperGraphIds.singular(slug.substring(start));
    }

    private static String trimHyphens(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && text.charAt(begin) == '-') {
            begin++;
        }
        while (end > begin && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(begin, end);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must support SHA-256 (MessageDigest's Javadoc), so this is a broken JDK.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
