package org.standpoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of strings (captions, dictionary entries) kept in one TEXT column as a JSON array. */
final class TextLists {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    private TextLists() {
    }

    static String write(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param what what the column holds, for the message when it is not a JSON list
     * @return the list, empty for a null column
     */
    static List<String> read(String json, String what) {
        try {
            return json == null ? List.of() : JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + what + " are not a JSON list: " + json, e);
        }
    }
}
