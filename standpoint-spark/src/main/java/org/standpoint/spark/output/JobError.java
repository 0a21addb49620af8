package org.standpoint.spark.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standpoint.ingest.SourceFailure;

/**
 * An input or article the job could not turn into export records, as the error output holds it: one JSON
 * object per line with {@code path}, {@code source_file}, {@code location} and {@code reason}.
 *
 * @param path the input file's full path or URI
 */
public record JobError(String path, SourceFailure failure) implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("path", path);
        r.put("source_file", failure.sourceFile());
        r.put("location", failure.location());
        r.put("reason", failure.reason());
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the error of " + failure.describe(), e);
        }
    }
}
