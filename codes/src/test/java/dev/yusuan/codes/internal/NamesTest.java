package dev.yusuan.codes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private static final String ROOT = "dev/yusuan/codes/";

    /** The definition: NFKC, then every whitespace or space character removed. */
    private static String reference(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> column(String resource, String... columns) throws IOException {
        byte[] bytes;
        try (InputStream in = NamesTest.class.getResourceAsStream("/" + ROOT + resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }
        Csv csv = Csv.parse(resource, bytes);
        List<String> out = new ArrayList<>();
        for (Csv.Row row : csv.rows()) {
            for (String c : columns) {
                for (String v : row.get(c).split("\\|")) {
                    if (!v.isEmpty()) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> bundledNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (String f : List.of("2020/functional.csv", "2021/functional.csv", "2021/revenue.csv", "economic/economic-dept.csv",
                "economic/economic-gov.csv")) {
            names.addAll(column(f, "name", "former_names"));
        }
        names.addAll(column("observed/observed.csv", "printed_name"));
        return names;
    }

    @Test
    void agreesWithNfkcOnTheBundledNames() throws IOException {
        List<String> names = bundledNames();
        assertThat(names).hasSizeGreaterThan(1000);
        int fast = 0;
        for (String n : names) {
            assertThat(Names.normalise(n)).as(n).isEqualTo(reference(n));
            if (Names.simple(n) != null) {
                fast++;
            }
        }
        // nearly every real name takes the fast path
        assertThat(fast).isGreaterThan(names.size() * 9 / 10);
    }

    @Test
    void agreesWithNfkcOnFullWidthFormsAndSpaces() throws IOException {
        List<String> names = new ArrayList<>();
        for (String n : bundledNames()) {
            if (n.indexOf('（') >= 0 || n.indexOf('(') >= 0) {
                names.add(n);
                names.add(n.replace('（', '(').replace('）', ')'));
            }
        }
        assertThat(names).as("real names with parentheses").isNotEmpty();
        names.addAll(List.of("政府办公厅（室）及相关机构事务", "维修（护）费", "维修(护)费", "其他支出（２０２１年）", "其他支出(2021年)",
                "第１类", "ＡＢＣ　ｘｙｚ", "机关事业单位基本养老保险缴 费支出", "机关事业单位基本养老保险缴\u3000费支出", "a\tb\nc\rd",
                "～！＂＃＄％＆＇＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝", "", " ", "\u3000", "１２３４５６７８９０",
                // not on the fast path: other CJK punctuation, compatibility ideographs, half-width katakana, ligatures
                "财预〔2017〕98号", "教育、科学", "\uF900", "ｶﾀｶﾅ", "ﬁ", "①", "㈱", "\uFF5F\uFF60", "\u00A0x\u2003y"));
        for (String n : names) {
            assertThat(Names.normalise(n)).as(n).isEqualTo(reference(n));
        }
    }

    @Test
    void fastPathCoversAsciiIdeographsAndFullWidthForms() {
        assertThat(Names.simple("维修（护）费")).isEqualTo("维修(护)费");
        assertThat(Names.simple("其他支出（２０２１年）")).isEqualTo("其他支出(2021年)");
        assertThat(Names.simple("缴　费 支出")).isEqualTo("缴费支出");
        assertThat(Names.simple("行政运行")).isEqualTo("行政运行");
        assertThat(Names.simple("教育、科学")).isNull();
        assertThat(Names.simple("ﬁ")).isNull();
    }

    @Test
    void equivalence() {
        assertThat(Names.equivalent("维修（护）费", "维修(护) 费")).isTrue();
        assertThat(Names.equivalent("维修（护）费", "维修费")).isFalse();
    }
}
