package org.standpoint.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(SampleServer.class)
class WebUiIT {
    /** A link to this server in an attribute: src="/..." or href="/..." (not "//host/..."). */
    private static final Pattern LOCAL_LINK = Pattern.compile("(?:src|href)=\"(/[^/\"][^\"]*)\"");
    private final Api api;

    WebUiIT(Api api) {
        this.api = api;
    }

    @Test
    void the_index_page_is_served_at_the_root() {
        Api.Answer index = api.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.body()).containsIgnoringCase("<html");
    }

    @Test
    void everything_the_index_page_loads_from_this_server_is_served() {
        Matcher m = LOCAL_LINK.matcher(api.get("/").body());
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).isNotEmpty();
        for (String link : links) {
            assertThat(api.get(link).status()).as(link).isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/webjars/chart.js/4.4.7/dist/chart.umd.js, Chart", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js, cytoscape",
            "/webjars/luxon/3.5.0/build/global/luxon.min.js, DateTime",
            "/webjars/chartjs-adapter-luxon/1.3.1/dist/chartjs-adapter-luxon.umd.min.js, luxon"})
    void browser_libraries_are_served_from_webjars(String path, String library) {
        Api.Answer answer = api.get(path);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).contains("javascript");
        assertThat(answer.body()).contains(library);
    }
}
