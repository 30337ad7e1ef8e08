package dev.yusuan.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checker for the subset of JSON Schema (draft 2020-12) that the format's schema uses:
 * {@code $ref} to {@code #/$defs/…}, {@code oneOf}, {@code type}, {@code const}, {@code enum},
 * {@code pattern}, {@code properties}, {@code required}, {@code additionalProperties},
 * {@code propertyNames}, {@code items}, {@code minItems}, {@code minProperties},
 * {@code maxProperties}, {@code minimum}, {@code maximum}. Any other keyword makes it fail, so
 * that the schema cannot use a keyword this checker would silently ignore.
 */
final class SchemaCheck {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");
    private static final Set<String> KEYWORDS = Set.of("$ref", "oneOf", "type", "const", "enum", "pattern", "properties", "required",
            "additionalProperties", "propertyNames", "items", "minItems", "minProperties", "maxProperties", "minimum", "maximum");

    private final JsonNode root;
    private final Map<String, Pattern> patterns = new HashMap<>();

    SchemaCheck(JsonNode root) {
        this.root = root;
    }

    /** @return the violations, empty if the instance is valid */
    List<String> validate(JsonNode instance) {
        List<String> out = new ArrayList<>();
        check(root, instance, "", out);
        return out;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!KEYWORDS.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalStateException("schema keyword not supported by the checker: " + k);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("unsupported $ref " + ref);
            }
            JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
            if (target.isMissingNode()) {
                throw new IllegalStateException("dangling $ref " + ref);
            }
            check(target, value, at, out);
        }
        if (schema.has("oneOf")) {
            int ok = 0;
            List<String> first = null;
            for (JsonNode alt : schema.get("oneOf")) {
                List<String> v = new ArrayList<>();
                check(alt, value, at, v);
                if (v.isEmpty()) {
                    ok++;
                } else if (first == null) {
                    first = v;
                }
            }
            if (ok != 1) {
                out.add(at + ": matches " + ok + " of the oneOf alternatives" + (ok == 0 && first != null ? " (first: " + first + ")" : ""));
            }
        }
        if (schema.has("type")) {
            String t = schema.get("type").asText();
            boolean ok = switch (t) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> throw new IllegalStateException("type " + t);
            };
            if (!ok) {
                out.add(at + ": not a " + t);
                return;
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(at + ": not " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) {
                found |= e.equals(value);
            }
            if (!found) {
                out.add(at + ": " + value + " not in the enum");
            }
        }
        if (schema.has("pattern") && value.isTextual()) {
            Pattern p = patterns.computeIfAbsent(schema.get("pattern").asText(), Pattern::compile);
            if (!p.matcher(value.asText()).find()) {
                out.add(at + ": " + value + " does not match " + p);
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below the minimum");
        }
        if (schema.has("maximum") && value.isNumber() && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
            out.add(at + ": above the maximum");
        }
        if (value.isObject()) {
            JsonNode props = schema.path("properties");
            for (JsonNode r : schema.path("required")) {
                if (!value.has(r.asText())) {
                    out.add(at + ": missing " + r.asText());
                }
            }
            if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
                out.add(at + ": fewer than " + schema.get("minProperties") + " members");
            }
            if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
                out.add(at + ": more than " + schema.get("maxProperties") + " members");
            }
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                String child = at + "/" + e.getKey();
                if (schema.has("propertyNames")) {
                    check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), child + " (name)", out);
                }
                if (props.has(e.getKey())) {
                    check(props.get(e.getKey()), e.getValue(), child, out);
                } else if (schema.has("additionalProperties")) {
                    JsonNode ap = schema.get("additionalProperties");
                    if (ap.isBoolean()) {
                        if (!ap.asBoolean()) {
                            out.add(child + ": not allowed");
                        }
                    } else {
                        check(ap, e.getValue(), child, out);
                    }
                }
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                out.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "/" + i, out);
                }
            }
        }
    }
}
