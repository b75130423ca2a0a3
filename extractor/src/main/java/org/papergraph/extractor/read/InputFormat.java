package org.papergraph.extractor.read;

import java.util.Locale;

/** The layouts a corpus file can have, and how to tell them apart. */
enum InputFormat {

    /** One JSON object per line ({@code .jsonl}, {@code .ndjson}, {@code .json}). */
    JSON_LINES,

    /** Scraped page text: blank-line separated paragraphs, a title line before each abstract. */
    PAGE_TEXT;

    /**
     * Picks the format from the file name (a {@code .gz} suffix is ignored) and, when the name
     * says nothing, from the content: a file whose first non-blank character is <code>{</code> is
     * JSON Lines, anything else is page text.
     */
    static InputFormat detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSON_LINES;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            return PAGE_TEXT;
        }
        return firstNonBlankByte(head) == '{' ? JSON_LINES : PAGE_TEXT;
    }

    /** Returns the first byte that is not white space or a byte order mark, or -1 if none is. */
    static int firstNonBlankByte(byte[] head) {
        for (byte b : head) {
            boolean blank = b == ' ' || b == '\t' || b == '\n' || b == '\r'
                    || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF;
            if (!blank) {
                return b;
            }
        }
        return -1;
    }
}
