package org.papergraph.extractor.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a binary file from a text file by its first bytes.
 *
 * <p>A file is binary when its head holds a NUL byte, or when more than
 * {@link #MAX_NON_TEXT_SHARE} of the head is control bytes or invalid UTF-8. A text file in a
 * legacy encoding (Latin-1 German, say) stays well under that share: it is read as text and its
 * undecodable lines are reported one by one.
 */
final class BinaryContent {

    /** How many leading bytes the check looks at. */
    static final int HEAD_BYTES = 8192;

    /** The largest share of non-text bytes a text file may have in its head. */
    static final double MAX_NON_TEXT_SHARE = 0.3;

    private BinaryContent() {}

    /** Returns why {@code head} looks like the start of a binary file, or empty if it is text. */
    static Optional<String> findReason(byte[] head) {
        if (containsNul(head)) {
            return Optional.of("not a text file: it contains NUL bytes");
        }
        int nonText = countControlBytes(head) + countInvalidUtf8(head);
        if (head.length > 0 && nonText > MAX_NON_TEXT_SHARE * head.length) {
            long percent = Math.round(100.0 * nonText / head.length);
            return Optional.of("not a text file: " + percent + "% of its first " + head.length
                    + " bytes are not text");
        }
        return Optional.empty();
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int countControlBytes(byte[] head) {
        int count = 0;
        for (byte b : head) {
            boolean control = b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r'
                    && b != '\f' || b == 0x7F;
            count += control ? 1 : 0;
        }
        return count;
    }

    /** Counts malformed UTF-8 bytes; a sequence cut off at the end of the head is not counted. */
    private static int countInvalidUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length);
        int invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (!result.isError()) {
                return invalid;
            }
            invalid += result.length();
            in.position(in.position() + result.length());
        }
    }
}
