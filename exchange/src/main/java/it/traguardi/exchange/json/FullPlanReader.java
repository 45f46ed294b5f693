package it.traguardi.exchange.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import it.traguardi.core.i18n.Message;
import it.traguardi.core.transfer.FullCell;
import it.traguardi.core.transfer.FullPlan;
import it.traguardi.core.transfer.FullPlanCheck;
import it.traguardi.core.transfer.FullRow;
import it.traguardi.core.transfer.FullSection;
import it.traguardi.core.transfer.TransferException;
import it.traguardi.core.transfer.TransferProblem;
import it.traguardi.core.value.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a full plan ({@code traguardi.full/1}) and checks all of it before anyone stores it: the
 * size, the JSON (duplicate keys, nesting, number lengths refused by the parser), the schema, every
 * section and field with its type and the bounds of its column, then every reference
 * ({@link FullPlanCheck}). Any input gives a plan or a {@link TransferException} listing the
 * problems, each with its JSON path, never anything else.
 */
public final class FullPlanReader {

    /** The largest document read: some thirty times the seed plan with two periods of values. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** At most this many problems are listed: the first ones say what is wrong with a file. */
    static final int MAX_PROBLEMS = 100;
    /** The document nests three levels (document, section, row); anything deeper is not ours. */
    static final int MAX_DEPTH = 8;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(60).maxStringLength(Limits.FORMULA * 8).build());
    }

    /** Token by token, for {@link #schemaProblem}: Jackson's own bounds, which keep no tree. */
    private static final JsonFactory STREAMING = new JsonFactory();

    private final List<TransferProblem> problems = new ArrayList<>();

    private FullPlanReader() {
    }

    /** Whether the bytes look like a full plan (a JSON object naming this schema), to tell it from an alberatura. */
    public static boolean recognises(byte[] bytes) {
        var head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).strip();
        // a byte order mark is no whitespace to strip(), and Jackson reads past it
        var text = head.startsWith("\uFEFF") ? head.substring(1).strip() : head;
        return text.startsWith("{") && text.contains(FullPlanJson.SCHEMA);
    }

    public static FullPlan read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw refused("full.problem.size", MAX_BYTES / (1024 * 1024));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            // a JSON of another kind may nest deeper than a full export (the plan JSON's tree): say what it is
            var other = schemaProblem(bytes);
            throw other.isPresent() ? new TransferException(List.of(new TransferProblem("$", other.get())))
                    : refused("full.problem.limit", location(e, bytes));
        } catch (JsonProcessingException e) {
            throw refused(e.getOriginalMessage().startsWith("Duplicate field") ? "full.problem.duplicate-key"
                    : "full.problem.json", location(e));
        } catch (IOException e) {
            throw refused("full.problem.json", "");
        }
        var reader = new FullPlanReader();
        var plan = reader.document(root);
        if (!reader.problems.isEmpty()) {
            throw new TransferException(reader.problems.stream().limit(MAX_PROBLEMS).toList());
        }
        var references = FullPlanCheck.of(plan);
        if (!references.isEmpty()) {
            throw new TransferException(references.stream().limit(MAX_PROBLEMS).toList());
        }
        return plan;
    }

    /**
     * What a JSON that is not a full export is, said to someone who gave it as one: not JSON at all,
     * or JSON but no {@code traguardi.full/1} document, with what its {@code schema} field says.
     */
    public static Message whatItIs(byte[] bytes) {
        try {
            return notFull(MAPPER.readTree(bytes)).orElse(Message.of("import.json.full", FullPlanJson.SCHEMA));
        } catch (StreamConstraintsException e) {
            return schemaProblem(bytes).orElse(Message.of("full.problem.limit", location(e, bytes)));
        } catch (JsonProcessingException e) {
            return Message.of("full.problem.json", location(e));
        } catch (IOException e) {
            return Message.of("full.problem.json", "");
        }
    }

    /**
     * Why a JSON too deep for the reader's bounds is no full export, from its top-level fields read
     * one by one (nothing kept, so no bound is needed): no object, or another schema; empty when it
     * names this one (then its depth is its problem) or cannot be read.
     */
    private static java.util.Optional<Message> schemaProblem(byte[] bytes) {
        try (var parser = STREAMING.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return notFull(null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var name = parser.currentName();
                parser.nextToken();
                if (name.equals("schema")) {
                    return notFull(MAPPER.createObjectNode().put("schema", parser.getValueAsString()));
                }
                parser.skipChildren();
            }
            return notFull(MAPPER.createObjectNode());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Why a JSON document is no full export (no object, or another schema), if it is not one. */
    private static java.util.Optional<Message> notFull(JsonNode root) {
        if (root == null || !root.isObject()) {
            return java.util.Optional.of(Message.of("full.problem.other-json", FullPlanJson.SCHEMA,
                    Message.of("full.problem.not-object")));
        }
        var schema = root.get("schema");
        if (schema == null || schema.isNull()) {
            return java.util.Optional.of(Message.of("full.problem.other-json", FullPlanJson.SCHEMA,
                    Message.of("full.problem.schema-none")));
        }
        if (!FullPlanJson.SCHEMA.equals(schema.asText(null))) {
            var said = schema.isValueNode() ? schema.asText() : schema.toString();
            return java.util.Optional.of(Message.of("full.problem.other-json", FullPlanJson.SCHEMA,
                    Message.of("full.problem.schema-says", said.length() > 80 ? said.substring(0, 80) + "…" : said)));
        }
        return java.util.Optional.empty();
    }

    private FullPlan document(JsonNode root) {
        var other = notFull(root);
        if (other.isPresent()) {
            throw new TransferException(List.of(new TransferProblem("$", other.get())));
        }
        var expected = new HashSet<>(List.of("schema", "entity", "year", "exported_at"));
        Stream.of(FullSection.values()).map(FullSection::key).forEach(expected::add);
        unknownFields(root, expected, "$");
        var entity = entity(root.get("entity"));
        var year = year(root.get("year"));
        var sections = new EnumMap<FullSection, List<FullRow>>(FullSection.class);
        for (var section : FullSection.values()) {
            sections.put(section, section(section, root.get(section.key())));
        }
        return problems.isEmpty() ? new FullPlan(entity, year, sections) : null;
    }

    private String entity(JsonNode node) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            add("$.entity", Message.of("full.problem.required"));
            return "";
        }
        Limits.Text.ENTITY.problem(node.textValue()).ifPresent(m -> add("$.entity", m));
        return node.textValue();
    }

    private int year(JsonNode node) {
        if (node == null || !node.isInt() || node.intValue() < Limits.FIRST_YEAR || node.intValue() > Limits.LAST_YEAR) {
            add("$.year", Message.of("full.problem.year", Limits.FIRST_YEAR, Limits.LAST_YEAR));
            return Limits.FIRST_YEAR;
        }
        return node.intValue();
    }

    private List<FullRow> section(FullSection section, JsonNode node) {
        var path = "$." + section.key();
        if (section.single()) {
            if (node == null || !node.isObject()) {
                add(path, Message.of("full.problem.object"));
                return List.of();
            }
            return List.of(row(section, node, path));
        }
        if (node == null || !node.isArray()) {
            add(path, Message.of("full.problem.array"));
            return List.of();
        }
        var rows = new ArrayList<FullRow>();
        for (int i = 0; i < node.size(); i++) {
            var element = node.get(i);
            if (!element.isObject()) {
                add(path + "[" + i + "]", Message.of("full.problem.object"));
            } else {
                rows.add(row(section, element, path + "[" + i + "]"));
            }
        }
        return rows;
    }

    private FullRow row(FullSection section, JsonNode node, String path) {
        unknownFields(node, Set.copyOf(section.fields().stream().map(f -> f.name()).toList()), path);
        var cells = new ArrayList<FullCell>();
        for (var field : section.fields()) {
            var value = node.get(field.name());
            if (value == null) {
                add(path + "." + field.name(), Message.of("full.problem.missing"));
                cells.add(FullCell.EMPTY);
                continue;
            }
            switch (FieldReader.read(field, value)) {
                case FieldReader.Read.Good good -> cells.add(good.cell());
                case FieldReader.Read.Bad bad -> {
                    add(path + "." + field.name(), bad.message());
                    cells.add(FullCell.EMPTY);
                }
            }
        }
        return new FullRow(cells);
    }

    private void unknownFields(JsonNode node, Set<String> known, String path) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                add(path + "." + name, Message.of("full.problem.unknown-field"));
            }
        });
    }

    private void add(String path, Message message) {
        problems.add(new TransferProblem(path, message));
    }

    private static String location(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null ? "" : at.getLineNr() + ":" + at.getColumnNr();
    }

    /**
     * Where a limit of the parser was passed: Jackson does not say for every limit (a text too long),
     * so the document is streamed again, token by token, up to the token that passes it.
     */
    private static String location(StreamConstraintsException e, byte[] bytes) {
        if (e.getLocation() != null) {
            return location(e);
        }
        try (var parser = MAPPER.getFactory().createParser(bytes)) {
            try {
                while (parser.nextToken() != null) {
                    parser.finishToken();
                }
            } catch (StreamConstraintsException again) {
                var at = parser.currentTokenLocation();
                return at.getLineNr() + ":" + at.getColumnNr();
            }
        } catch (IOException other) {
            // read as far as it goes: no place to add
        }
        return "?";
    }

    private static TransferException refused(String key, Object argument) {
        return new TransferException(List.of(new TransferProblem("$", Message.of(key, argument))));
    }
}
