package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.standpoint.model.Dependency;
import org.standpoint.model.Sentence;
import org.standpoint.model.Span;
import org.standpoint.model.Token;

/** One sentence's tokens with their folded name words and dependency edges indexed both ways. */
final class ParsedSentence {
    final Sentence sentence;
    final List<Token> tokens;
    final List<List<String>> words;
    /**
     * The folded words with a possessive whose apostrophe was lost read as one ("Syrias government", "Assads
     * forces"), or null when the sentence has no such word.
     */
    final List<List<String>> possessiveWords;
    private final List<List<Dependency>> in;
    private final List<List<Dependency>> out;
    private final boolean[] quoted;

    ParsedSentence(Sentence sentence, boolean[] quoted) {
        this.quoted = quoted;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.words = new ArrayList<>(tokens.size());
        this.in = new ArrayList<>(tokens.size());
        this.out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(NameKey.words(t.word()));
            in.add(new ArrayList<>(2));
            out.add(new ArrayList<>(2));
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < tokens.size()) {
                in.get(d.dependent()).add(d);
                if (d.governor() >= 0 && d.governor() < tokens.size()) {
                    out.get(d.governor()).add(d);
                }
            }
        }
        this.possessiveWords = possessives();
    }

    /**
     * Text that lost its apostrophes writes "Syrias government": a capitalised name ending in a lower-case "s",
     * followed by a word of its noun phrase (a noun, an adjective, a participle: "Moscows planned truce"), is read as the name and a possessive "s" too; the dictionary then says
     * whether the name without it is one (it must end there: {@link #strippedPossessive}).
     */
    private List<List<String>> possessives() {
        List<List<String>> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = tokens.get(i).word();
            List<String> folded = words.get(i);
            boolean name = Character.isUpperCase(w.charAt(0)) && pos(i).startsWith("NNP")
                    || i >= 2 && glued(i - 1) && pos(i).startsWith("NN"); // "Ki-moons"
            if (w.length() > 2 && name && w.endsWith("s") && !w.endsWith("'s") && !w.endsWith("ss") && !folded.isEmpty()
                    && (pos(i + 1).startsWith("NN") || pos(i + 1).startsWith("JJ") || participleBeforeNoun(i + 1))) {
                if (out == null) {
                    out = new ArrayList<>(words);
                }
                List<String> stripped = new ArrayList<>(folded);
                String last = stripped.remove(stripped.size() - 1);
                stripped.add(last.substring(0, last.length() - 1));
                out.set(i, List.copyOf(stripped));
            }
        }
        return out;
    }

    /** "planned" in "Moscows planned truce": a verb form modifying the noun after it. */
    private boolean participleBeforeNoun(int i) {
        return pos(i).startsWith("VB") && i + 1 < tokens.size() && pos(i + 1).startsWith("NN")
                && governors(i).stream().anyMatch(d -> d.relation().equals("amod") && d.governor() == i + 1);
    }

    /** Whether token {@code i} was read as a name with a possessive that lost its apostrophe. */
    boolean strippedPossessive(int i) {
        return possessiveWords != null && possessiveWords.get(i) != words.get(i);
    }

    /** Whether the token stands inside a quotation. */
    boolean quoted(int i) {
        return quoted[i];
    }

    int size() {
        return tokens.size();
    }

    int index() {
        return sentence.index();
    }

    /** Whether token {@code j} is a hyphen written inside a word ("al-Assad", "Ki-moon") that the tokenizer split off. */
    static boolean glued(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (j == 0 || j + 1 >= tokens.size() || !t.word().matches("[-‐‑–]")) {
            return false;
        }
        return tokens.get(j - 1).span().end() == t.span().start() && t.span().end() == tokens.get(j + 1).span().start();
    }

    boolean glued(int j) {
        return glued(tokens, j);
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    /** The token's lemma in folded form ("forces" -> "force"), or its folded word. */
    String lemma(int i) {
        Token t = tokens.get(i);
        String l = t.lemma() == null ? t.word() : t.lemma();
        return String.join("-", NameKey.words(l));
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
    }

    String ner(int i) {
        return tokens.get(i).ner() == null ? "O" : tokens.get(i).ner();
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isProper(int i) {
        return pos(i).startsWith("NNP");
    }

    boolean isPlural(int i) {
        return pos(i).equals("NNS") || pos(i).equals("NNPS");
    }

    boolean hasCapital(int i) {
        return tokens.get(i).word().chars().anyMatch(Character::isUpperCase);
    }

    /** Whether the word is written in capitals, "WASHINGTON", "N.J.", "WHO": two letters or more, none in lower case. */
    boolean inCapitals(int i) {
        String word = tokens.get(i).word();
        return word.codePoints().filter(Character::isLetter).count() >= 2 && word.codePoints().noneMatch(Character::isLowerCase);
    }

    List<Dependency> governors(int i) {
        return in.get(i);
    }

    List<Dependency> children(int i) {
        return out.get(i);
    }

    /** Whether the token is a subject (active or passive) of some predicate. */
    boolean isSubject(int i) {
        return in.get(i).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"));
    }

    /** Whether the token is the subject of the sentence's main predicate (or of one coordinated with it). */
    boolean isMainSubject(int i) {
        for (Dependency d : in.get(i)) {
            if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.governor() >= 0 && isMain(d.governor())) {
                return true;
            }
        }
        return false;
    }

    private boolean isMain(int predicate) {
        for (Dependency d : in.get(predicate)) {
            if (d.relation().equals("root") || d.relation().startsWith("conj") && d.governor() >= 0
                    && in.get(d.governor()).stream().anyMatch(r -> r.relation().equals("root"))) {
                return true;
            }
        }
        return false;
    }

    /** The token of {@code first..last} whose governor lies outside the span: the phrase's syntactic head. */
    int head(int first, int last) {
        int best = -1;
        for (int i = last; i >= first; i--) {
            boolean inside = false;
            for (Dependency d : in.get(i)) {
                if (d.governor() >= first && d.governor() <= last && d.governor() != i) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                if (!in.get(i).isEmpty()) {
                    return i;
                }
                if (best < 0) {
                    best = i;
                }
            }
        }
        return best >= 0 ? best : last;
    }

    Span span(int first, int last) {
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    String text(String body, int first, int last) {
        Span s = span(first, last);
        if (body != null && s.end() <= body.length()) {
            return body.substring(s.start(), s.end()).replaceAll("\\s+", " ");
        }
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            b.append(i > first ? " " : "").append(word(i));
        }
        return b.toString();
    }
}
