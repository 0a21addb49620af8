package org.standpoint.spark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Map;

/**
 * One export record as a line of JSON, written exactly as {@code standpoint export --format jsonl} writes it,
 * with what the job needs to route it.
 *
 * @param type the record's {@code type}
 * @param article the id of the article the record belongs to (its own id for an {@code article} record)
 * @param json the record
 * @param eventKey for an event whose report counts are still to be filled in, the key under which reports of
 *                 one event meet across articles; otherwise null
 */
public record ExportLine(String type, String article, String json, String eventKey) implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExportLine of(Map<String, Object> record, String eventKey) {
        String type = (String) record.get("type");
        Object article = "article".equals(type) ? record.get("id") : record.get("article");
        try {
            return new ExportLine(type, (String) article, JSON.writeValueAsString(record), eventKey);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type + " record of article " + article, e);
        }
    }

    /** This event record with its report counts in place of the ones it was written with. */
    ExportLine withReports(int articles, int sources) {
        try {
            ObjectNode record = (ObjectNode) JSON.readTree(json);
            record.put("articles", articles);
            record.put("sources", sources);
            return new ExportLine(type, article, JSON.writeValueAsString(record), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back " + type + " record of article " + article, e);
        }
    }
}
