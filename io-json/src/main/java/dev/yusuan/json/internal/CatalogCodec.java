package dev.yusuan.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.core.catalog.CatalogEntry;
import dev.yusuan.core.catalog.Edition;
import dev.yusuan.core.catalog.EntryStatus;
import dev.yusuan.core.code.ClassificationCode;
import dev.yusuan.json.JsonFormatException.Kind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and writes catalog editions and entries. */
public final class CatalogCodec {
    private CatalogCodec() {
    }

    /**
     * Reads an edition object at the current token.
     *
     * @param in the cursor
     * @return the edition
     * @throws IOException on a Jackson failure
     */
    public static Edition editionHere(JsonIn in) throws IOException {
        Mark m = in.startObject("an edition");
        String id = null;
        Integer year = null;
        String title = null;
        String dataVersion = null;
        List<String> sources = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "id":
                    in.once(id, member);
                    id = in.nonBlankText("the edition id");
                    break;
                case "year":
                    in.once(year, member);
                    year = in.integer("the edition year", 1990, 2100);
                    break;
                case "title":
                    in.once(title, member);
                    title = in.text("the edition title");
                    break;
                case "dataVersion":
                    in.once(dataVersion, member);
                    dataVersion = in.text("the data version");
                    break;
                case "sources":
                    in.once(sources, member);
                    sources = in.textArray("the edition sources");
                    break;
                default:
                    throw in.unknownMember(member, "id, year, title, dataVersion, sources");
            }
        }
        String what = "an edition";
        JsonIn.require(id, "id", m, what);
        JsonIn.require(year, "year", m, what);
        JsonIn.require(title, "title", m, what);
        JsonIn.require(dataVersion, "dataVersion", m, what);
        try {
            return new Edition(id, year, title, dataVersion, sources == null ? List.of() : sources);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(m, e);
        }
    }

    /**
     * Writes an edition.
     *
     * @param g the generator
     * @param e the edition
     * @throws IOException on a write failure
     */
    public static void writeEdition(JsonGenerator g, Edition e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeNumberField("year", e.year());
        g.writeStringField("title", e.title());
        g.writeStringField("dataVersion", e.dataVersion());
        if (!e.sources().isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (String s : e.sources()) {
                g.writeString(s);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Reads a catalog entry at the current token; the code's scheme is told from its leading digit.
     *
     * @param in the cursor
     * @return the entry
     * @throws IOException on a Jackson failure
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static CatalogEntry<?> entryHere(JsonIn in) throws IOException {
        Mark m = in.startObject("a catalog entry");
        ClassificationCode<?> code = null;
        String name = null;
        ClassificationCode<?> parent = null;
        Mark parentMark = null;
        EntryStatus status = null;
        List<String> formerNames = null;
        Map<String, String> provenance = null;
        for (String member; (member = in.nextMember()) != null;) {
            switch (member) {
                case "code":
                    in.once(code, member);
                    code = Values.anyCode(in, in.string("the code"));
                    break;
                case "name":
                    in.once(name, member);
                    name = in.nonBlankText("the name");
                    break;
                case "parent":
                    in.once(parent, member);
                    parent = Values.anyCode(in, in.string("the parent code"));
                    parentMark = in.mark();
                    break;
                case "status":
                    in.once(status, member);
                    status = Values.enumValue(in, EntryStatus.class, "the status");
                    break;
                case "formerNames":
                    in.once(formerNames, member);
                    formerNames = in.textArray("the former names");
                    break;
                case "provenance":
                    in.once(provenance, member);
                    in.next();
                    in.startObject("the provenance");
                    provenance = new LinkedHashMap<>();
                    for (String key; (key = in.nextMember()) != null;) {
                        in.once(provenance.containsKey(key), key);
                        in.checkText(key, "a provenance key");
                        provenance.put(key, in.text("a provenance value"));
                    }
                    break;
                default:
                    throw in.unknownMember(member, "code, name, parent, status, formerNames, provenance");
            }
        }
        String what = "a catalog entry";
        JsonIn.require(code, "code", m, what);
        JsonIn.require(name, "name", m, what);
        JsonIn.require(status, "status", m, what);
        if (parent != null && parent.scheme() != code.scheme()) {
            throw JsonIn.at(parentMark, Kind.INVALID_VALUE, "parent " + parent + " is not of the scheme of code " + code, null);
        }
        try {
            return new CatalogEntry(code, name, Optional.ofNullable(parent), status, formerNames == null ? List.of() : formerNames,
                    provenance == null ? Map.of() : provenance);
        } catch (RuntimeException e) {
            throw JsonIn.invalid(parentMark != null ? parentMark : m, e);
        }
    }

    /**
     * Writes a catalog entry; provenance keys are written in sorted order.
     *
     * @param g the generator
     * @param e the entry
     * @throws IOException on a write failure
     */
    public static void writeEntry(JsonGenerator g, CatalogEntry<?> e) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", e.code().toString());
        g.writeStringField("name", e.name());
        if (e.parent().isPresent()) {
            g.writeStringField("parent", e.parent().get().toString());
        }
        g.writeStringField("status", e.status().name());
        if (!e.formerNames().isEmpty()) {
            g.writeArrayFieldStart("formerNames");
            for (String n : e.formerNames()) {
                g.writeString(n);
            }
            g.writeEndArray();
        }
        if (!e.provenance().isEmpty()) {
            g.writeObjectFieldStart("provenance");
            for (Map.Entry<String, String> p : new TreeMap<>(e.provenance()).entrySet()) {
                g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
