package org.standpoint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.standpoint.testkit.ConlluReader.aligned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;

class ConlluReaderTest {
    private static final String VETO = aligned(
            "# newdoc id = veto",
            "# published = 2012-02-04",
            "# text = Russia vetoed the draft on Saturday.",
            "1  Russia    Russia    _  NNP  _  2  nsubj     2:nsubj     NER=LOCATION",
            "2  vetoed    veto      _  VBD  _  0  root      0:root      _",
            "3  the       the       _  DT   _  4  det       4:det       _",
            "4  draft     draft     _  NN   _  2  obj       2:obj       _",
            "5  on        on        _  IN   _  6  case      6:case      _",
            "6  Saturday  Saturday  _  NNP  _  2  obl       2:obl:on    NER=DATE|Normalized=2012-02-04|Timex=2012-02-04|SpaceAfter=No",
            "7  .         .         _  .    _  2  punct     2:punct     _",
            "");

    private static AnnotatedDocument only(String text) {
        List<AnnotatedDocument> docs = ConlluReader.read(text, "test.conllu");
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void a_sentence_gives_its_body_and_tokens_with_word_lemma_tag_entity_and_offsets() {
        AnnotatedDocument doc = only(VETO);
        assertThat(doc.id()).isEqualTo("veto");
        assertThat(doc.published()).isEqualTo(PartialDate.parse("2012-02-04").orElseThrow());
        assertThat(doc.body()).isEqualTo("Russia vetoed the draft on Saturday.");
        Sentence s = doc.annotation().sentences().get(0);
        assertThat(s.span()).isEqualTo(new Span(0, 36));
        assertThat(s.tokens().get(0)).isEqualTo(new Token(0, new Span(0, 6), "Russia", "NNP", "Russia", "LOCATION", null));
        assertThat(s.tokens().get(5)).isEqualTo(new Token(5, new Span(27, 35), "Saturday", "NNP", "Saturday", "DATE", "2012-02-04"));
        assertThat(s.tokens().get(6).span()).isEqualTo(new Span(35, 36));
    }

    @Test
    void the_deps_column_gives_the_graph_with_the_root_edge_from_minus_one() {
        Sentence s = only(VETO).annotation().sentences().get(0);
        assertThat(s.dependencies()).startsWith(new Dependency(1, 0, "nsubj"), new Dependency(Dependency.ROOT, 1, "root"))
                .contains(new Dependency(1, 5, "obl:on")).hasSize(7);
    }

    @Test
    void a_token_of_a_time_expression_carries_its_value() {
        assertThat(only(VETO).annotation().times()).containsExactly(new TimeExpression(new Span(27, 35), "Saturday", "2012-02-04"));
    }

    @Test
    void a_token_lists_its_incoming_edges_in_stored_order_and_edges_come_in_file_order() {
        AnnotatedDocument doc = only(aligned(
                "1  Russia  Russia  _  NNP  _  4  nsubj     4:nsubj|3:conj:and  _",
                "2  and     and     _  CC   _  3  cc        3:cc                _",
                "3  China   China   _  NNP  _  1  conj      4:nsubj|1:conj:and  _",
                "4  vetoed  veto    _  VBD  _  0  root      0:root              _"));
        assertThat(doc.annotation().sentences().get(0).dependencies()).containsExactly(new Dependency(3, 0, "nsubj"),
                new Dependency(2, 0, "conj:and"), new Dependency(2, 1, "cc"), new Dependency(3, 2, "nsubj"),
                new Dependency(0, 2, "conj:and"), new Dependency(Dependency.ROOT, 3, "root"));
    }

    @Test
    void an_edge_order_comment_lists_the_dependent_of_each_edge_in_stored_order() {
        AnnotatedDocument doc = only(aligned(
                "# edge_order = 4 1 3 2 3",
                "1  Russia  Russia  _  NNP  _  4  nsubj     4:nsubj             _",
                "2  and     and     _  CC   _  3  cc        3:cc                _",
                "3  China   China   _  NNP  _  4  nsubj     4:nsubj|1:conj:and  _",
                "4  vetoed  veto    _  VBD  _  0  root      0:root              _"));
        assertThat(doc.annotation().sentences().get(0).dependencies()).containsExactly(new Dependency(Dependency.ROOT, 3, "root"),
                new Dependency(3, 0, "nsubj"), new Dependency(3, 2, "nsubj"), new Dependency(2, 1, "cc"), new Dependency(0, 2, "conj:and"));
    }

    @Test
    void without_deps_head_and_deprel_give_the_only_edge_and_an_underscore_head_gives_none() {
        AnnotatedDocument doc = only(aligned(
                "1  Talks  talk   _  NNS  _  2  nsubj  _  _",
                "2  ended  end    _  VBD  _  0  root   _  _",
                "3  .      .      _  .    _  _  _      _  SpaceAfter=No"));
        assertThat(doc.annotation().sentences().get(0).dependencies())
                .containsExactly(new Dependency(1, 0, "nsubj"), new Dependency(Dependency.ROOT, 1, "root"));
        assertThat(doc.body()).isEqualTo("Talks ended .");
    }

    @Test
    void underscores_in_lemma_and_tag_are_absent_values_and_a_token_without_ner_is_outside_entities() {
        Token t = only(aligned("1  hm  _  _  _  _  0  root  0:root  _")).annotation().sentences().get(0).tokens().get(0);
        assertThat(t.lemma()).isNull();
        assertThat(t.pos()).isNull();
        assertThat(t.ner()).isEqualTo("O");
        assertThat(t.normalized()).isNull();
    }

    @Test
    void spacing_keys_and_original_text_rebuild_the_body_exactly() {
        AnnotatedDocument doc = only(aligned(
                "1  Talks  talk   _  NNS  _  2  nsubj  _  SpacesBefore=\\n",
                "2  ended  end    _  VBD  _  0  root   _  SpaceAfter=No",
                "3  .      .      _  .    _  2  punct  _  SpacesAfter=\\n\\n",
                "",
                "1  --     --     _  :    _  0  root   _  OriginalText=\u2014|SpacesAfter=\\s\\s",
                "2  A|B    A|B    _  NN   _  1  dep    _  OriginalText=A\\pB|SpacesAfter=\\n"));
        assertThat(doc.body()).isEqualTo("\nTalks ended.\n\n\u2014  A|B\n");
        Sentence second = doc.annotation().sentences().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.tokens().get(0).word()).isEqualTo("--");
        assertThat(second.tokens().get(0).span().of(doc.body())).isEqualTo("\u2014");
        assertThat(second.span()).isEqualTo(new Span(15, 21));
    }

    @Test
    void quote_marks_open_and_close_a_quotation_across_sentences() {
        AnnotatedDocument doc = only(aligned(
                "1  \"     \"     _  ``   _  2  punct  2:punct  Quote=Start|SpaceAfter=No",
                "2  Go    go    _  VB   _  0  root   0:root   SpaceAfter=No",
                "3  .     .     _  .    _  2  punct  2:punct  _",
                "",
                "1  Now   now   _  RB   _  0  root   0:root   SpaceAfter=No",
                "2  .     .     _  .    _  1  punct  1:punct  SpaceAfter=No",
                "3  \"     \"     _  ''   _  1  punct  1:punct  Quote=End"));
        assertThat(doc.body()).isEqualTo("\"Go. Now.\"");
        assertThat(doc.annotation().quotes()).containsExactly(new QuotedSpan(new Span(0, 10), "Go. Now."));
    }

    @Test
    void tokens_with_one_timex_value_are_one_expression_and_a_new_value_starts_another() {
        AnnotatedDocument doc = only(aligned(
                "1  last     last     _  JJ   _  2  amod   2:amod   NER=DATE|Timex=2012-W09",
                "2  week     week     _  NN   _  0  root   0:root   NER=DATE|Timex=2012-W09",
                "3  Monday   Monday   _  NNP  _  2  dep    2:dep    NER=DATE|Timex=2012-03-05",
                "4  daily    daily    _  RB   _  2  dep    2:dep    NER=SET|Timex=_"));
        assertThat(doc.annotation().times()).containsExactly(new TimeExpression(new Span(0, 9), "last week", "2012-W09"),
                new TimeExpression(new Span(10, 16), "Monday", "2012-03-05"), new TimeExpression(new Span(17, 22), "daily", null));
    }

    @Test
    void newdoc_separates_documents_each_with_its_own_body_and_date() {
        List<AnnotatedDocument> docs = ConlluReader.read(VETO + aligned(
                "# newdoc id = later",
                "# published = 2012-03",
                "1  Talks  talk   _  NNS  _  2  nsubj  2:nsubj  _",
                "2  ended  end    _  VBD  _  0  root   0:root   _",
                "",
                "# newdoc",
                "1  Done  done  _  JJ  _  0  root  0:root  _"));
        assertThat(docs).extracting(AnnotatedDocument::id).containsExactly("veto", "later", null);
        assertThat(docs).extracting(AnnotatedDocument::body).containsExactly("Russia vetoed the draft on Saturday.", "Talks ended", "Done");
        assertThat(docs.get(1).published()).isEqualTo(new PartialDate(2012, 3, null));
        assertThat(docs.get(2).published()).isNull();
        assertThat(docs.get(1).annotation().sentences().get(0).index()).isZero();
        assertThat(docs.get(1).annotation().times()).isEmpty();
    }

    @Test
    void a_file_without_newdoc_is_one_unnamed_document_and_an_empty_one_has_no_documents() {
        assertThat(ConlluReader.read(aligned("1  Done  done  _  JJ  _  0  root  0:root  _"))).singleElement()
                .satisfies(d -> assertThat(d.id()).isNull());
        assertThat(ConlluReader.read("")).isEmpty();
        assertThat(ConlluReader.read("# newdoc id = empty\n")).singleElement()
                .satisfies(d -> assertThat(d.annotation()).isEqualTo(Annotation.empty()));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiterString = " @ ", quoteCharacter = '~', value = {
        "1  Go  go  _  VB  _  0  root  0:root @ 1 @ expected 10 tab-separated columns, got 9",
        "1-2  Go  go  _  VB  _  0  root  0:root  _ @ 1 @ multiword tokens and empty nodes are not supported",
        "2  Go  go  _  VB  _  0  root  0:root  _ @ 1 @ expected token ID 1, got 2",
        "1  Go  go  _  VB  _  0  root  0:root  Lemma=go @ 1 @ unknown MISC key 'Lemma'",
        "1  Go  go  _  VB  _  0  root  0:root  NER @ 1 @ MISC item 'NER' is not Key=Value",
        "1  Go  go  _  VB  _  0  root  0:root  SpacesAfter=\\x @ 1 @ bad escape '\\x'",
        "1  Go  go  _  VB  _  0  root  0:root  NER=O|NER=O @ 1 @ MISC key 'NER' given twice",
        "1  Go  go  _  VB  _  0  root  0:root  SpaceAfter=Yes @ 1 @ SpaceAfter can only be No",
        "1  Go  go  _  VB  _  0  root  2:nsubj  _ @ 1 @ head '2' is no token of this sentence of 1",
        "1  Go  go  _  VB  _  0  root  root  _ @ 1 @ DEPS item 'root' is not HEAD:RELATION",
        "1  Go  go  _  VB  _  0  root  0:  _ @ 1 @ an edge from 0 has no relation",
        "1  Go  go  _  VB  _  0  root  0:root  Quote=Start @ 1 @ a quotation starts here and never ends",
        "1  Go  go  _  VB  _  0  root  0:root  Quote=End @ 1 @ a quotation ends that never started",
        "1  Go  go  _  VB  _  0  root  0:root  Quote=Open @ 1 @ Quote must be Start, End or both",
        "# published = soon @ 1 @ bad publication date 'soon'",
        "# text = Stop @ 1 @ # text says 'Stop' but the tokens spell 'Go'",
        "# edge_order = 2 @ 1 @ edge_order names '2', which has no edge left in DEPS",
        "# edge_order = @ 1 @ edge_order leaves out an edge of token 1"})
    void malformed_input_is_refused_naming_the_line(String first, int line, String message) {
        String text = aligned(first, first.startsWith("#") ? "1  Go  go  _  VB  _  0  root  0:root  _" : "");
        assertThatThrownBy(() -> ConlluReader.read(text, "bad.conllu")).isInstanceOf(ConlluFormatException.class)
                .hasMessageStartingWith("bad.conllu:" + line + ": ").hasMessageContaining(message)
                .satisfies(e -> assertThat(((ConlluFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void a_comment_between_tokens_is_refused_at_its_line() {
        String text = aligned("1  Go  go  _  VB  _  0  root  0:root  _", "# text = Go", "2  .  .  _  .  _  1  punct  1:punct  _");
        assertThatThrownBy(() -> ConlluReader.read(text)).isInstanceOf(ConlluFormatException.class)
                .hasMessageContaining(":2: comment inside a sentence");
    }

    @Test
    void a_publication_date_after_the_first_sentence_is_refused() {
        String text = aligned("1  Go  go  _  VB  _  0  root  0:root  _", "", "# published = 2012");
        assertThatThrownBy(() -> ConlluReader.read(text)).hasMessageContaining(":3: the publication date must come before");
    }

    @Test
    void a_corpus_finds_documents_by_name_and_says_which_it_has() {
        ConlluCorpus corpus = ConlluReader.resource(ConlluReaderTest.class, "two-documents.conllu");
        assertThat(corpus.get("second").body()).isEqualTo("Talks ended.");
        assertThatThrownBy(() -> corpus.get("third")).hasMessage("no document 'third' in two-documents.conllu; it has [first, second]");
    }

    @Test
    void a_missing_resource_is_named() {
        assertThatThrownBy(() -> ConlluReader.resource(ConlluReaderTest.class, "absent.conllu"))
                .hasMessageContaining("absent.conllu");
    }
}
