package dev.yusuan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of valid documents (delete, duplicate, swap or replace tokens, change types,
 * edit inside a string, truncate, inject bytes) never raise anything but
 * {@link JsonFormatException}, and a mutated document that is accepted says exactly what was
 * read: its JSON tree equals the tree of the value written back (after the documented defaults).
 */
class FuzzTest {
    static final long SEED = 20_261_123L;
    static final int MUTATIONS = 10_500;

    /** A plain strict Jackson tree reader, independent of the module. */
    static final ObjectMapper TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    enum Doc {
        STATEMENT(YusuanJson::readPublishedStatement),
        LEDGER(YusuanJson::readLedger),
        REPORT(YusuanJson::readReport);

        final Function<java.io.InputStream, Object> read;

        Doc(Function<java.io.InputStream, Object> read) {
            this.read = read;
        }
    }

    record Seed(Doc doc, String text, List<Token> tokens) {
        Seed(Doc doc, String text) {
            this(doc, text, FuzzTest.tokens(text));
        }
    }

    enum Mutation { DELETE, DUPLICATE, SWAP, REPLACE, CHANGE_TYPE, EDIT_STRING, TRUNCATE, INJECT_BYTES, DUPLICATE_ELEMENT, DELETE_MEMBER }

    static List<Seed> seeds() throws Exception {
        List<Seed> seeds = new ArrayList<>();
        java.util.Random r = new java.util.Random(SEED);
        for (int i = 0; i < 12; i++) {
            seeds.add(new Seed(Doc.STATEMENT, YusuanJson.toJson(Generated.STATEMENTS.generate(r))));
            seeds.add(new Seed(Doc.LEDGER, YusuanJson.toJson(Generated.LEDGERS.generate(r))));
            seeds.add(new Seed(Doc.REPORT, YusuanJson.toJson(Generated.REPORTS.generate(r))));
        }
        seeds.add(new Seed(Doc.LEDGER, LedgerJsonTest.SAMPLE_TEXT));
        seeds.add(new Seed(Doc.STATEMENT, StrictnessTest.VALID));
        seeds.add(new Seed(Doc.STATEMENT, Files.readString(SeedFixturesTest.seeds().resolve("zhengding-2020-budget.json"))));
        return seeds;
    }

    @Test
    void mutationsRaiseOnlyTheDocumentedExceptionAndNeverLie() throws Exception {
        List<Seed> seeds = seeds();
        SplittableRandom random = new SplittableRandom(SEED);
        Map<JsonFormatException.Kind, Integer> rejected = new EnumMap<>(JsonFormatException.Kind.class);
        Map<Mutation, Integer> byMutation = new EnumMap<>(Mutation.class);
        int accepted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MUTATIONS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            byMutation.merge(m, 1, Integer::sum);
            byte[] mutated = mutate(seed.text(), seed.tokens(), m, random);
            Object value;
            try {
                value = seed.doc().read.apply(new ByteArrayInputStream(mutated));
            } catch (JsonFormatException e) {
                assertThat(e.kind()).isNotNull();
                assertThat(e.pointer()).matches("(?s)(/.*)?");
                assertThat(e.problem()).isNotBlank();
                assertThat(e.line()).isGreaterThanOrEqualTo(0);
                rejected.merge(e.kind(), 1, Integer::sum);
                continue;
            } catch (Throwable t) {
                throw new AssertionError("mutation " + i + " (" + m + ") raised " + t + " on:\n" + new String(mutated, StandardCharsets.UTF_8), t);
            }
            accepted++;
            checkSaysWhatTheTextSays(seed.doc(), mutated, value, i, m);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("fuzz: accepted mutations checked against the text: " + accepted);
        int total = accepted + rejected.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("fuzz: " + total + " mutations of " + seeds.size() + " documents in " + ms + " ms (seed " + SEED + "); "
                + "by mutation " + byMutation + "; accepted " + accepted + "; rejected by kind " + rejected);
        assertThat(total).isGreaterThanOrEqualTo(10_000);
        assertThat(rejected.keySet()).as("kinds seen").contains(JsonFormatException.Kind.SYNTAX, JsonFormatException.Kind.UNKNOWN_MEMBER,
                JsonFormatException.Kind.DUPLICATE_MEMBER, JsonFormatException.Kind.MISSING_MEMBER, JsonFormatException.Kind.WRONG_TYPE,
                JsonFormatException.Kind.INVALID_VALUE, JsonFormatException.Kind.DUPLICATE_ENTRY, JsonFormatException.Kind.UNSUPPORTED_FORMAT);
    }

    static void checkSaysWhatTheTextSays(Doc doc, byte[] mutated, Object value, int i, Mutation m) {
        JsonNode read;
        try {
            read = TREE.readTree(mutated);
        } catch (Exception e) {
            fail("mutation " + i + " (" + m + ") was accepted but is not JSON (" + e.getMessage() + "):\n" + new String(mutated, StandardCharsets.UTF_8));
            return;
        }
        JsonNode written;
        try {
            written = TREE.readTree(YusuanJson.toJson(value));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        JsonNode a = normalize(doc, read.deepCopy());
        JsonNode b = normalize(doc, written.deepCopy());
        if (!a.equals(b)) {
            fail("mutation " + i + " (" + m + ") was accepted with other content than its text.\ntext:    " + a + "\nwritten: " + b);
        }
    }

    /** Applies the documented defaults and drops the derived finding message, so that the two trees compare. */
    static JsonNode normalize(Doc doc, JsonNode n) {
        if (!(n instanceof ObjectNode)) {
            return n;
        }
        ObjectNode o = (ObjectNode) n;
        sortMembers(o);
        JsonNode entity = o.get("entity");
        if (entity instanceof ObjectNode && entity.path("units").isArray() && entity.path("units").isEmpty()) {
            ((ObjectNode) entity).remove("units");
        }
        if (doc == Doc.STATEMENT) {
            for (JsonNode t : o.path("tables")) {
                ObjectNode table = (ObjectNode) t;
                if (!table.has("unit")) {
                    table.set("unit", o.get("unit"));
                }
                if (!table.has("codeLayout")) {
                    table.set("codeLayout", TextNode.valueOf("SINGLE"));
                }
            }
        }
        if (doc == Doc.LEDGER) {
            dropEmpty(o, "balances");
            if (o.get("initialBudget") instanceof ObjectNode) {
                dropEmpty((ObjectNode) o.get("initialBudget"), "balances");
            }
        }
        if (doc == Doc.REPORT) {
            for (JsonNode f : o.path("findings")) {
                ObjectNode finding = (ObjectNode) f;
                finding.remove("message");
                dropEmpty(finding, "messageArguments");
                dropEmpty(finding, "cells");
            }
        }
        return o;
    }

    static void dropEmpty(ObjectNode o, String name) {
        if (o.path(name).isArray() && o.path(name).isEmpty()) {
            o.remove(name);
        }
    }

    static void sortMembers(JsonNode n) {
        if (n instanceof ObjectNode) {
            ObjectNode o = (ObjectNode) n;
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                sortMembers(e.getValue());
                sorted.put(e.getKey(), e.getValue());
            }
            o.removeAll();
            sorted.forEach(o::set);
        } else if (n instanceof ArrayNode) {
            n.forEach(FuzzTest::sortMembers);
        }
    }

    // ---------------------------------------------------------------- mutations

    /** A token of the text: start and end offsets. */
    record Token(int start, int end) {
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.add(new Token(i, Math.min(j + 1, s.length())));
                i = j + 1;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                out.add(new Token(i, i + 1));
                i++;
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && "{}[]:,\"".indexOf(s.charAt(j)) < 0) {
                    j++;
                }
                out.add(new Token(i, j));
                i = j;
            }
        }
        return out;
    }

    /** The index of the token closing the container opened at token k. */
    static int closing(String text, List<Token> tokens, int k) {
        int depth = 0;
        for (int j = k; j < tokens.size(); j++) {
            char c = text.charAt(tokens.get(j).start());
            if (tokens.get(j).end() - tokens.get(j).start() == 1 && (c == '{' || c == '[')) {
                depth++;
            } else if (tokens.get(j).end() - tokens.get(j).start() == 1 && (c == '}' || c == ']')) {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return tokens.size() - 1;
    }

    static final String[] POOL = {"null", "true", "false", "0", "-0", "1", "2020", "12.30", "1e400", "-1.5E-3", "NaN", "Infinity",
        "99999999999999999999999999999999999999999999", "\"\"", "\"x\"", "\"12.30\"", "\"12.3\"", "\"1,683.48\"", "\"-\"",
        "\"2101501\"", "\"30101\"", "\"yusuan/2\"", "\"ledger\"", "\"published-statement\"", "\"report\"", "{}", "[]", "{\"text\":\"a\"}",
        "\"\\ud800\"", "\"\\u0000\"", "\"total\"", "\"BUDGET\"", "\"FINAL_ACCOUNT\"", "\"general-public-budget\"", "\"basic/personnel\"",
        "{\"function\":\"2101501\"}", "\"OPENING_CARRY_OVER\"", ",", ":", "{", "}", "[", "]"};

    static byte[] mutate(String text, List<Token> tokens, Mutation m, SplittableRandom r) {
        Token t = tokens.get(r.nextInt(tokens.size()));
        String tok = text.substring(t.start(), t.end());
        String out;
        switch (m) {
            case DELETE:
                out = text.substring(0, t.start()) + text.substring(t.end());
                break;
            case DUPLICATE:
                out = text.substring(0, t.end()) + (r.nextBoolean() ? "," : "") + tok + text.substring(t.end());
                break;
            case SWAP: {
                Token u = tokens.get(r.nextInt(tokens.size()));
                if (u.start() < t.start()) {
                    Token x = t;
                    t = u;
                    u = x;
                }
                if (u.start() < t.end()) {
                    out = text;
                } else {
                    out = text.substring(0, t.start()) + text.substring(u.start(), u.end()) + text.substring(t.end(), u.start())
                            + text.substring(t.start(), t.end()) + text.substring(u.end());
                }
                break;
            }
            case REPLACE: {
                Token u = tokens.get(r.nextInt(tokens.size()));
                String with = r.nextBoolean() ? POOL[r.nextInt(POOL.length)] : text.substring(u.start(), u.end());
                out = text.substring(0, t.start()) + with + text.substring(t.end());
                break;
            }
            case CHANGE_TYPE: {
                String with;
                if (tok.startsWith("\"") && tok.length() >= 2) {
                    with = r.nextBoolean() ? tok.substring(1, tok.length() - 1) : "[" + tok + "]";
                } else if (tok.equals("{")) {
                    with = "[";
                } else if (tok.equals("[")) {
                    with = "{";
                } else if (tok.equals("}")) {
                    with = "]";
                } else if (tok.equals("]")) {
                    with = "}";
                } else {
                    with = r.nextBoolean() ? "\"" + tok + "\"" : "null";
                }
                out = text.substring(0, t.start()) + with + text.substring(t.end());
                break;
            }
            case EDIT_STRING: {
                if (!tok.startsWith("\"") || tok.length() < 3) {
                    out = text.substring(0, t.start()) + "\"" + tok + "\"" + text.substring(t.end());
                    break;
                }
                int at = t.start() + 1 + r.nextInt(tok.length() - 2);
                String[] edits = {"0", "9", ".", "-", " ", "\\n", "\\\"", "x", "\\u4e00", "", "00", "1.0", "/", "~"};
                String e = edits[r.nextInt(edits.length)];
                boolean replace = r.nextBoolean();
                out = text.substring(0, at) + e + text.substring(replace ? Math.min(at + 1, t.end() - 1) : at);
                break;
            }
            case DUPLICATE_ELEMENT: {
                // an object or array inside an array, repeated right after itself
                List<Integer> starts = new ArrayList<>();
                for (int k = 1; k < tokens.size(); k++) {
                    String here = text.substring(tokens.get(k).start(), tokens.get(k).end());
                    String before = text.substring(tokens.get(k - 1).start(), tokens.get(k - 1).end());
                    if ((here.equals("{") || here.equals("[")) && (before.equals("[") || before.equals(","))) {
                        starts.add(k);
                    }
                }
                if (starts.isEmpty()) {
                    out = text;
                    break;
                }
                int k = starts.get(r.nextInt(starts.size()));
                int end = tokens.get(closing(text, tokens, k)).end();
                out = text.substring(0, end) + ", " + text.substring(tokens.get(k).start(), end) + text.substring(end);
                break;
            }
            case DELETE_MEMBER: {
                // a member name, its colon and its value, and the comma before or after
                List<Integer> names = new ArrayList<>();
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    if (text.charAt(tokens.get(k).start()) == '"' && text.startsWith(":", tokens.get(k + 1).start())) {
                        names.add(k);
                    }
                }
                int k = names.get(r.nextInt(names.size()));
                int v = k + 2;
                if (v >= tokens.size()) {
                    out = text;
                    break;
                }
                String value = text.substring(tokens.get(v).start(), tokens.get(v).end());
                int last = value.equals("{") || value.equals("[") ? closing(text, tokens, v) : v;
                int from = tokens.get(k).start();
                int to = tokens.get(last).end();
                if (last + 1 < tokens.size() && text.startsWith(",", tokens.get(last + 1).start())) {
                    to = tokens.get(last + 1).end();
                } else if (k > 0 && text.startsWith(",", tokens.get(k - 1).start())) {
                    from = tokens.get(k - 1).start();
                }
                out = text.substring(0, from) + text.substring(to);
                break;
            }
            case TRUNCATE: {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                byte[] cut = new byte[r.nextInt(b.length)];
                System.arraycopy(b, 0, cut, 0, cut.length);
                return cut;
            }
            default: {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(b.length + 1);
                int n = 1 + r.nextInt(4);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(b, 0, at);
                for (int k = 0; k < n; k++) {
                    o.write(r.nextInt(256));
                }
                o.write(b, at, b.length - at);
                return o.toByteArray();
            }
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
