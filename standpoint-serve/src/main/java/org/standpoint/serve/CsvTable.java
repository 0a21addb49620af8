package org.standpoint.serve;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of API rows as a CSV table (RFC 4180: fields with a comma, a quote or a line break quoted, quotes
 * doubled, lines ended by CRLF). The columns are the fields the API's JSON gives a row of that type, in the
 * same names: a nested object's fields named with dots ({@code event.source_name}), a list or a map as its JSON
 * text in one cell, null as an empty cell. They come from the row type, not from the rows, so an empty answer
 * still has its header and every table of one endpoint the same columns.
 */
final class CsvTable {
    /** Nesting deeper than this is one JSON cell: no API row goes so deep, and a cycle must end. */
    private static final int DEEPEST = 6;
    private final ObjectMapper json;
    private final List<String> columns;

    CsvTable(ObjectMapper json, Class<?> rows) {
        this.json = json;
        List<String> found = new ArrayList<>();
        collect(json.constructType(rows), "", 0, found);
        this.columns = List.copyOf(found);
    }

    List<String> columns() {
        return columns;
    }

    /** The header and one line per row. */
    String write(List<?> rows) {
        StringBuilder out = new StringBuilder();
        line(out, columns);
        for (Object row : rows) {
            JsonNode tree = json.valueToTree(row);
            List<String> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                cells.add(cell(tree, column));
            }
            line(out, cells);
        }
        return out.toString();
    }

    /** The leaf fields of a type as the mapper writes it: objects it writes field by field are opened. */
    private void collect(JavaType type, String prefix, int depth, List<String> out) {
        BeanDescription bean = json.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            String name = prefix + p.getName();
            JavaType fieldType = p.getPrimaryType();
            if (depth < DEEPEST && writtenFieldByField(fieldType)) {
                collect(fieldType, name + ".", depth + 1, out);
            } else {
                out.add(name);
            }
        }
    }

    private boolean writtenFieldByField(JavaType type) {
        if (type.isContainerType() || type.isPrimitive() || type.isEnumType() || type.getRawClass() == Object.class) {
            return false;
        }
        try {
            return json.getSerializerProviderInstance().findValueSerializer(type) instanceof BeanSerializerBase;
        } catch (JsonMappingException e) {
            return false;
        }
    }

    private static String cell(JsonNode tree, String column) {
        JsonNode n = tree;
        for (String part : column.split("\\.")) {
            n = n.path(part);
        }
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        return n.isContainerNode() ? n.toString() : n.asText();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
