package org.standpoint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.standpoint.testkit.ConlluReader.aligned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standpoint.model.Annotation;
import org.standpoint.model.Dependency;
import org.standpoint.model.PartialDate;
import org.standpoint.model.QuotedSpan;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.TimeExpression;
import org.standpoint.model.Token;

class ConlluWriterTest {
    /**
     * Two paragraphs: a quotation over two sentences, a time expression, a word whose text differs from its
     * token, a token no edge reaches, edges in an order of their own, and white space around the body.
     */
    private static AnnotatedDocument rich() {
        String body = "  \u201cWe go. Now,\u201d Lavrov said on Monday.\n\nTalks \u2014 ended ";
        Sentence first = new Sentence(0, new Span(2, 9), List.of(
                new Token(0, new Span(2, 3), "\u201c", "``", "\u201c", "O", null),
                new Token(1, new Span(3, 5), "We", "PRP", "we", "O", null),
                new Token(2, new Span(6, 8), "go", "VBP", "go", "O", null),
                new Token(3, new Span(8, 9), ".", ".", ".", "O", null)), List.of(
                new Dependency(2, 0, "punct"), new Dependency(2, 1, "nsubj"), new Dependency(Dependency.ROOT, 2, "root"),
                new Dependency(2, 3, "punct")));
        Sentence second = new Sentence(1, new Span(10, 38), List.of(
                new Token(0, new Span(10, 13), "Now", "RB", "now", "O", null),
                new Token(1, new Span(13, 14), ",", ",", ",", "O", null),
                new Token(2, new Span(14, 15), "\u201d", "''", "\u201d", "O", null),
                new Token(3, new Span(16, 22), "Lavrov", "NNP", "Lavrov", "PERSON", null),
                new Token(4, new Span(23, 27), "said", "VBD", "say", "O", null),
                new Token(5, new Span(28, 30), "on", "IN", "on", "O", null),
                new Token(6, new Span(31, 37), "Monday", "NNP", "Monday", "DATE", "2012-03-05"),
                new Token(7, new Span(37, 38), ".", ".", ".", "O", null)), List.of(
                new Dependency(Dependency.ROOT, 4, "root"), new Dependency(4, 3, "nsubj"), new Dependency(4, 6, "obl:on"),
                new Dependency(6, 5, "case"), new Dependency(4, 0, "advmod"), new Dependency(0, 3, "nsubj:xsubj"),
                new Dependency(4, 7, "punct")));
        Sentence third = new Sentence(2, new Span(40, 53), List.of(
                new Token(0, new Span(40, 45), "Talks", "NNS", "talk", "O", null),
                new Token(1, new Span(46, 47), "--", ":", null, "O", null),
                new Token(2, new Span(48, 53), "ended", "VBD", "end", "O", null)), List.of());
        Annotation a = new Annotation(List.of(first, second, third),
                List.of(new TimeExpression(new Span(31, 37), "Monday", "2012-03-05")),
                List.of(new QuotedSpan(new Span(2, 15), "We go. Now,")));
        return new AnnotatedDocument("rich", body, a, PartialDate.parse("2012-03-08").orElseThrow());
    }

    @Test
    void what_the_writer_writes_the_reader_reads_back_equal() {
        AnnotatedDocument other = new AnnotatedDocument(null, "Done", new Annotation(List.of(new Sentence(0, new Span(0, 4),
                List.of(new Token(0, new Span(0, 4), "Done", "JJ", "done", "O", null)),
                List.of(new Dependency(Dependency.ROOT, 0, "root")))), List.of(), List.of()), null);
        List<AnnotatedDocument> docs = List.of(rich(), other);
        assertThat(ConlluReader.read(ConlluWriter.write(docs))).isEqualTo(docs);
    }

    @Test
    void a_document_read_from_conllu_is_written_back_as_it_was() {
        String text = aligned(
                "# newdoc id = veto",
                "# published = 2012-02",
                "# sent_id = veto-1",
                "# text = Russia and China vetoed it.",
                "1  Russia  Russia  _  NNP  _  4  nsubj  4:nsubj|3:conj:and  NER=LOCATION",
                "2  and     and     _  CC   _  3  cc     3:cc                _",
                "3  China   China   _  NNP  _  4  nsubj  4:nsubj|1:conj:and  NER=LOCATION",
                "4  vetoed  veto    _  VBD  _  0  root   0:root              _",
                "5  it      it      _  PRP  _  4  obj    4:obj               SpaceAfter=No",
                "6  .       .       _  .    _  4  punct  4:punct             _",
                "");
        assertThat(ConlluWriter.write(ConlluReader.read(text))).isEqualTo(text);
    }

    @Test
    void an_order_of_edges_other_than_the_files_is_written_as_a_comment() {
        String written = ConlluWriter.write(rich());
        assertThat(written).contains("# text = Now,\u201d Lavrov said on Monday.\n# edge_order = 5 4 7 6 1 4 8\n");
        assertThat(written.split("# edge_order", -1)).as("only the second sentence's edges are out of file order").hasSize(2);
    }

    @Test
    void the_first_incoming_edge_fills_head_and_deprel() {
        assertThat(ConlluWriter.write(rich())).contains("4\tLavrov\tLavrov\t_\tNNP\t_\t5\tnsubj\t5:nsubj|1:nsubj:xsubj\tNER=PERSON\n")
                .contains("1\tTalks\ttalk\t_\tNNS\t_\t_\t_\t_\t_\n");
    }

    @Test
    void spacing_quotes_and_times_go_in_misc() {
        String written = ConlluWriter.write(rich());
        assertThat(written).contains("\tQuote=Start|SpacesBefore=\\s\\s|SpaceAfter=No\n")
                .contains("\tNER=DATE|Normalized=2012-03-05|Timex=2012-03-05|SpaceAfter=No\n")
                .contains("\tpunct\t5:punct\tSpacesAfter=\\n\\n\n")
                .contains("2\t--\t_\t_\t:\t_\t_\t_\t_\tOriginalText=\u2014\n")
                .contains("\tSpacesAfter=\\s\n");
    }

    @Test
    void overlapping_tokens_are_refused() {
        Annotation a = new Annotation(List.of(new Sentence(0, new Span(0, 4), List.of(
                new Token(0, new Span(0, 4), "U.S.", "NNP", "U.S.", "O", null),
                new Token(1, new Span(3, 4), ".", ".", ".", "O", null)), List.of())), List.of(), List.of());
        assertThatThrownBy(() -> ConlluWriter.write(new AnnotatedDocument("us", "U.S.", a, null)))
                .hasMessage("cannot write document 'us' as CoNLL-U: token 1 of sentence 0 overlaps the one before or is out of order");
    }

    @Test
    void a_time_expression_off_token_boundaries_is_refused() {
        AnnotatedDocument d = rich();
        Annotation a = new Annotation(d.annotation().sentences(), List.of(new TimeExpression(new Span(32, 37), "onday", "2012-03-05")), List.of());
        assertThatThrownBy(() -> ConlluWriter.write(new AnnotatedDocument("t", d.body(), a, null)))
                .hasMessageContaining("is not on tokens of one sentence");
    }

    @Test
    void a_lemma_spelled_underscore_is_refused() {
        Annotation a = new Annotation(List.of(new Sentence(0, new Span(0, 1), List.of(
                new Token(0, new Span(0, 1), "_", "NN", "_", "O", null)), List.of())), List.of(), List.of());
        assertThatThrownBy(() -> ConlluWriter.write(new AnnotatedDocument(null, "_", a, null)))
                .hasMessageContaining("token 0 ('_') at Span[start=0, end=1] has '_', which its CoNLL-U column cannot hold");
    }
}
