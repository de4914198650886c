package io.onme.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What text a client may send, in any body field, path or query parameter: no U+0000, no other C0
 * control character but tab, newline and carriage return, no lone surrogate and no Unicode
 * non-character (U+FDD0..U+FDEF, U+FFFE and U+FFFF of every plane). PostgreSQL refuses U+0000
 * outright and the rest is never text a person wrote, so such input is a 400 before any store sees
 * it. The same rules, message and problem type ({@code invalid-text}) in every OnMe service.
 */
public final class TextRules {

    public static final String SLUG = "invalid-text";

    private TextRules() {
    }

    /** Why the text may not be accepted, or null when it may. */
    public static String flaw(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return "must not contain a lone surrogate (" + name(c) + ")";
            }
            if (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r') {
                return "must not contain the control character " + name(codePoint);
            }
            if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
                return "must not contain the non-character " + name(codePoint);
            }
        }
        return null;
    }

    /**
     * The bytes as text, or null when they are not well-formed UTF-8 (overlong forms, encoded
     * surrogates, …).
     */
    public static String strictUtf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A URI component ({@code %XX} escapes, and {@code +} as a space in a query) decoded as strict
     * UTF-8; null when an escape is broken or the bytes are not well-formed UTF-8.
     */
    public static String strictUriDecode(String raw, boolean query) {
        if (raw.indexOf('%') < 0 && (!query || raw.indexOf('+') < 0)) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+' && query) {
                out.write(' ');
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = out.toByteArray();
        return strictUtf8(bytes, 0, bytes.length);
    }

    private static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
