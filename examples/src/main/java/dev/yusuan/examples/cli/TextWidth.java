package dev.yusuan.examples.cli;

/** Display width of text in a terminal: East Asian wide and full-width characters take two columns. */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static String padRight(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        for (int w = of(s); w < width; w++) {
            sb.append(' ');
        }
        return sb.toString();
    }

    static String padLeft(String s, int width) {
        StringBuilder sb = new StringBuilder();
        for (int w = of(s); w < width; w++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }
}
