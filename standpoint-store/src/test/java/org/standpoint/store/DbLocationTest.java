package org.standpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbLocationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "standpoint.db|jdbc:sqlite:standpoint.db",
        "/tmp/x/s.db|jdbc:sqlite:/tmp/x/s.db",
        "jdbc:postgresql://db.example/standpoint?ssl=true|jdbc:postgresql://db.example/standpoint?ssl=true",
        "postgresql://db.example/standpoint|jdbc:postgresql://db.example/standpoint",
        "postgres://db.example:5433/standpoint?sslmode=require|jdbc:postgresql://db.example:5433/standpoint?sslmode=require",
        "postgresql://ana:secret@127.0.0.1:5432/standpoint|jdbc:postgresql://127.0.0.1:5432/standpoint",
        "postgresql://[::1]:5432/standpoint|jdbc:postgresql://[::1]:5432/standpoint"})
    void each_location_becomes_its_jdbc_url_without_credentials(String location, String url) {
        assertThat(DbLocation.of(location).url()).isEqualTo(url);
    }

    @Test
    void user_and_password_travel_percent_decoded_as_connection_properties() {
        DbLocation at = DbLocation.of("postgresql://ana:p%40ss+w%2Frd@db.example/standpoint");
        assertThat(at.properties()).containsEntry("user", "ana").containsEntry("password", "p@ss+w/rd");
        assertThat(DbLocation.of("postgresql://ana@db.example/standpoint").properties())
                .containsEntry("user", "ana").doesNotContainKey("password");
        assertThat(DbLocation.of("standpoint.db").properties()).isEmpty();
    }

    @Test
    void the_shown_location_masks_the_password_only() {
        assertThat(DbLocation.of("postgresql://ana:secret@db.example:5432/standpoint").shown())
                .isEqualTo("postgresql://ana:***@db.example:5432/standpoint");
        assertThat(DbLocation.of("postgresql://ana@db.example/standpoint").shown())
                .isEqualTo("postgresql://ana@db.example/standpoint");
    }

    @Test
    void a_password_never_appears_in_the_error_of_a_database_that_cannot_be_opened() {
        assertThatThrownBy(() -> Database.open("postgresql://ana:secret@127.0.0.1:1/standpoint"))
                .isInstanceOf(StoreException.class).hasMessageContaining("postgresql://ana:***@127.0.0.1:1/standpoint")
                .hasMessageNotContaining("secret");
    }

    @Test
    void a_url_without_a_host_or_no_location_at_all_is_refused() {
        assertThatThrownBy(() -> DbLocation.of("postgresql:///standpoint")).hasMessageContaining("needs a host");
        assertThatThrownBy(() -> DbLocation.of(" ")).hasMessageContaining("no database named");
    }

    @Test
    void urls_are_taken_to_exist_and_file_paths_are_not() {
        assertThat(Database.isUrl("postgresql://db.example/standpoint")).isTrue();
        assertThat(Database.isUrl("postgres://db.example/standpoint")).isTrue();
        assertThat(Database.isUrl("jdbc:sqlite:s.db")).isTrue();
        assertThat(Database.isUrl("s.db")).isFalse();
    }
}
