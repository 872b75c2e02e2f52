package org.stocktake.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes plan files. Reading checks the file against the JSON Schema and then the
 * references inside it (articles, units, indicators, regions), and refuses the file whole with
 * every problem found.
 */
public final class PlanFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private static final Schema SCHEMA = loadSchema();

    private PlanFiles() {}

    /** Parses and checks a plan file against the schema and its own references. */
    public static PlanDocument read(String source, String yaml, PlanReferences references) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new InvalidInputException(source, List.of(syntaxProblem(e)));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException(source, List.of(Problem.of("/", "plan.not-a-plan")));
        }
        List<Problem> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(tree)) {
            problems.add(schemaProblem(error));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        PlanDocument plan = YAML.treeToValue(tree, PlanDocument.class);
        problems.addAll(new PlanChecks(plan, references).run());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return plan;
    }

    public static String write(PlanDocument plan) {
        return YAML.writeValueAsString(plan);
    }

    private static Problem syntaxProblem(JacksonException e) {
        var location = e.getLocation();
        String where =
                location == null ? "/" : Messages.zh("where.row-column", location.getLineNr(), location.getColumnNr());
        String reason = e.getOriginalMessage();
        return Problem.of(where, "plan.yaml-syntax", reason);
    }

    private static Problem schemaProblem(Error error) {
        String keyword = error.getKeyword();
        String where = error.getInstanceLocation().toString();
        if (("required".equals(keyword) || "additionalProperties".equals(keyword)) && error.getProperty() != null) {
            where = where + "/" + error.getProperty();
        }
        where = where.isEmpty() ? "/" : where;
        String en = error.getMessage();
        String zh = switch (keyword == null ? "" : keyword) {
            case "required", "additionalProperties" -> "plan.schema." + keyword;
            case "type", "pattern" -> "plan.schema." + keyword;
            case "enum", "const" -> "plan.schema.enum";
            case "minimum", "maximum" -> "plan.schema.range";
            case "minItems", "minLength" -> "plan.schema.empty";
            default -> "plan.schema.other";
        };
        return new Problem(where, Messages.zh("plan.schema.detail", Messages.zh(zh, error.getProperty()), en), en);
    }

    private static Schema loadSchema() {
        try (InputStream in = PlanFiles.class.getResourceAsStream("/schema/plan.schema.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, com.networknt.schema.InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
