package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://ana:secret@db.example/s|postgresql://ana:***@db.example/s",
        "postgres://ana:se/cr?et@db.example:5432/s|postgres://ana:***@db.example:5432/s",
        "postgresql://ana:p@ss@db.example/s|postgresql://ana:***@db.example/s",
        "postgresql://u:x@127.0.0.1/db?password=secret2|postgresql://u:***@127.0.0.1/db?password=***",
        "jdbc:postgresql://127.0.0.1:1/db?user=u&password=secret|jdbc:postgresql://127.0.0.1:1/db?user=u&password=***",
        "jdbc:postgresql://h/db?ssl=true&PASSWORD=secret&user=u|jdbc:postgresql://h/db?ssl=true&PASSWORD=***&user=u",
        "jdbc:sqlserver://h;user=u;pwd=secret;db=x|jdbc:sqlserver://h;user=u;pwd=***;db=x",
        "jdbc:postgresql://h/db?passwd=secret|jdbc:postgresql://h/db?passwd=***"})
    void every_location_form_loses_its_password(String location, String shown) {
        assertThat(Credentials.masked(location)).isEqualTo(shown).doesNotContain("secret");
    }

    @Test
    void locations_inside_longer_text_are_masked_and_the_rest_is_kept() {
        String message = "cannot open database postgresql://ana:secret@h/s: Connection to h refused.\n"
                + "\tat org.postgresql.Driver.connect(jdbc:postgresql://h/s?password=secret&ssl=true)";
        assertThat(Credentials.masked(message))
                .isEqualTo("cannot open database postgresql://ana:***@h/s: Connection to h refused.\n"
                        + "\tat org.postgresql.Driver.connect(jdbc:postgresql://h/s?password=***&ssl=true)");
    }

    @Test
    void text_without_a_password_is_unchanged() {
        assertThat(Credentials.masked("postgresql://ana@db.example/s?ssl=true")).isEqualTo(
                "postgresql://ana@db.example/s?ssl=true");
        assertThat(Credentials.masked("see https://example.org/a:b and a time 12:30@noon")).isEqualTo(
                "see https://example.org/a:b and a time 12:30@noon");
        assertThat(Credentials.masked(null)).isNull();
    }
}
