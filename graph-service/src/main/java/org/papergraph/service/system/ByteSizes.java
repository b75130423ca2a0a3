package org.papergraph.service.system;

import java.util.Locale;

/** Parses sizes such as {@code 512m}, {@code 2g} or {@code 1048576} into bytes. */
final class ByteSizes {

    private ByteSizes() {}

    /** Returns the number of bytes; throws {@link IllegalArgumentException} on a malformed size. */
    static long parse(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("b")) {
            s = s.substring(0, s.length() - 1);
        }
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        String digits = unit == 1L ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits.strip()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + size + "' (use e.g. 512m or 2g)", e);
        }
    }
}
