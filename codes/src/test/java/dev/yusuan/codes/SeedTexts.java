package dev.yusuan.codes;

import dev.yusuan.core.code.LenientCodeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the five seed documents (test fixtures, copied from the published disclosures) and
 * extracts every classification code printed in their tables, with the name printed beside it.
 *
 * <p>Rules, applied to each tab-separated line:
 * <ul>
 *   <li>split columns: a first cell of 3 digits starting with 2, 3 or 5 followed by cells of 1–2
 *       digits ({@code 208 | 05 | 05}, {@code 210 | 15 | 2}) is one code, joined leniently;</li>
 *   <li>a cell that is a whole code (3, 5 or 7 digits starting with 2, 3 or 5) counts when the
 *       next cell is a name (has a CJK character) and the previous cell is not a name, or when
 *       the next cell is a longer code starting with it (a 类 column before a 款 column).</li>
 * </ul>
 * The name is the first following cell with a CJK character. Amounts (399 上年结转) and unit
 * codes (323002, 816) do not match these rules.
 */
final class SeedTexts {
    static final List<String> FILES = List.of(
            "2020-budget-zhuzhou-medical-insurance.txt",
            "2021-final-account-liling-medical-insurance.txt",
            "2020-budget-nanchong-medical-insurance.txt",
            "2020-budget-luoyang-medical-insurance.txt",
            "2020-budget-zhengding-medical-insurance.txt");

    private static final Pattern CODE = Pattern.compile("[235][0-9]{2}(?:[0-9]{2}){0,2}");
    private static final Pattern CATEGORY = Pattern.compile("[235][0-9]{2}");
    private static final Pattern SEGMENT = Pattern.compile("[0-9]{1,2}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** A code printed in a seed, with the name printed beside it (empty if none). */
    record Printed(String seed, int year, String code, String name, int line) {
    }

    private SeedTexts() {
    }

    static String text(String file) {
        try (InputStream in = SeedTexts.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int year(String file) {
        return Integer.parseInt(file.substring(0, 4));
    }

    static List<Printed> printedCodes() {
        List<Printed> out = new ArrayList<>();
        for (String file : FILES) {
            Set<String> seen = new LinkedHashSet<>();
            String[] lines = text(file).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String[] cells = lines[n].split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                List<String[]> found = new ArrayList<>();
                int start = 0;
                if (CATEGORY.matcher(cells[0]).matches() && cells.length > 1 && SEGMENT.matcher(cells[1]).matches()) {
                    List<String> segs = new ArrayList<>(List.of(cells[0]));
                    int j = 1;
                    while (j < cells.length && segs.size() < 3 && SEGMENT.matcher(cells[j]).matches()) {
                        segs.add(cells[j]);
                        j++;
                    }
                    String joined = String.join("|", segs);
                    char lead = cells[0].charAt(0);
                    String code = (lead == '2' ? LenientCodeParser.parseFunction(joined).code()
                            : lead == '3' ? LenientCodeParser.parseDepartmentEconomic(joined).code()
                            : LenientCodeParser.parseGovernmentEconomic(joined).code()).toString();
                    found.add(new String[] {code, nameAfter(cells, j)});
                    start = j;
                }
                for (int k = start; k < cells.length; k++) {
                    if (!CODE.matcher(cells[k]).matches()) {
                        continue;
                    }
                    String prev = k > 0 ? cells[k - 1] : "";
                    String next = k + 1 < cells.length ? cells[k + 1] : "";
                    boolean nextIsName = CJK.matcher(next).find();
                    boolean prevIsName = CJK.matcher(prev).find();
                    boolean nextExtends = CODE.matcher(next).matches() && next.length() > cells[k].length() && next.startsWith(cells[k]);
                    boolean firstCell = k == 0 || allBlank(cells, k);
                    if ((nextIsName && !prevIsName) || nextExtends || (firstCell && restHasName(cells, k) && nextIsBlankOrCode(next))) {
                        found.add(new String[] {cells[k], nextExtends ? "" : nameAfter(cells, k + 1)});
                    }
                }
                for (String[] f : found) {
                    if (seen.add(f[0] + "|" + f[1])) {
                        out.add(new Printed(file, year(file), f[0], f[1], n + 1));
                    }
                }
            }
        }
        return out;
    }

    private static boolean allBlank(String[] cells, int upTo) {
        for (int i = 0; i < upTo; i++) {
            if (!cells[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean restHasName(String[] cells, int k) {
        for (int i = k + 1; i < cells.length; i++) {
            if (CJK.matcher(cells[i]).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextIsBlankOrCode(String next) {
        return next.isEmpty() || CODE.matcher(next).matches();
    }

    private static String nameAfter(String[] cells, int from) {
        for (int i = from; i < cells.length; i++) {
            if (CJK.matcher(cells[i]).find()) {
                return cells[i];
            }
        }
        return "";
    }

    /** 类 names printed without codes in the 收支总表 lines, such as 七、医疗卫生与计划生育支出. */
    static List<Printed> printedCategoryNames() {
        Pattern p = Pattern.compile("(?:^|\\t)[一二三四五六七八九十]+、([^\\t]*?(?:支出|预备费))(?=\\t|$)");
        List<Printed> out = new ArrayList<>();
        for (String file : FILES) {
            Set<String> seen = new LinkedHashSet<>();
            String[] lines = text(file).split("\n");
            for (int n = 0; n < lines.length; n++) {
                Matcher m = p.matcher(lines[n]);
                while (m.find()) {
                    String name = m.group(1).strip();
                    if (seen.add(name)) {
                        out.add(new Printed(file, year(file), "", name, n + 1));
                    }
                }
            }
        }
        return out;
    }
}
