package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standpoint.serve.Param.Type;

class EndpointTest {
    @Test
    void a_path_parameter_needs_its_place_in_the_path() {
        assertThatThrownBy(() -> new Endpoint("/api/actors", "actors", "one actor",
                List.of(Param.path("code", Type.CODE, "actor code")), r -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/api/actors").hasMessageContaining("code");
    }

    @Test
    void a_list_takes_limit_offset_and_format_in_the_query_besides_its_own_parameters() {
        Endpoint e = Endpoint.list("/api/quotes", "statements", "quotes", Object.class,
                List.of(Param.query("speaker", Type.TEXT, "who")), r -> null);
        assertThat(e.params()).extracting(Param::name).containsExactly("speaker", "limit", "offset", "format");
        assertThat(e.tabular()).isTrue();
        assertThat(e.takes("limit", Param.In.QUERY)).isTrue();
        assertThat(e.takes("limit", Param.In.PATH)).isFalse();
        assertThat(e.takes("q", Param.In.QUERY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Limit", "min-events", "minEvents", "min__events", "_min", "", "2date"})
    void parameter_names_are_snake_case_words(String name) {
        assertThatThrownBy(() -> Param.query(name, Type.TEXT, "x")).hasMessageContaining("snake_case");
    }
}
