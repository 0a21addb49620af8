package org.standpoint.cli.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One gold answer file ({@code gold/README.md}) as the scorer reads it: plain JSON values.
 *
 * @param json the file's object: {@code doc}, {@code metadata}, {@code body}, {@code events}, ...
 */
record GoldFile(Path path, Map<String, Object> json) {
    /** Reads JSON as Python's {@code json} module does, NaN and Infinity included. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** Every {@code *.json} file of {@code dir}, in the order Python sorts their names (by code point). */
    static List<GoldFile> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().codePoints().toArray(),
                            Arrays::compare))
                    .toList();
        }
        List<GoldFile> out = new ArrayList<>();
        for (Path p : files) {
            out.add(new GoldFile(p, read(p)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path p) throws IOException {
        Object value = JSON.readValue(Files.readString(p), Object.class);
        if (!(value instanceof Map)) {
            throw new IOException("gold file " + p + " is not a JSON object");
        }
        return (Map<String, Object>) value;
    }
}
