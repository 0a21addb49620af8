package org.standpoint.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standpoint.extract.actors.SentencePieces.Piece;
import org.standpoint.extract.actors.SentencePieces.Type;

/** Noun phrases of a sentence as runs of pieces and the tokens between them, from part-of-speech tags. */
final class Chunks {
    private static final Set<String> INSIDE = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "``", "''", "VBN", "VBG");
    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "WP$", "PDT");
    /** Dependency relations only a predicate governs. */
    private static final Set<String> PREDICATE_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "csubj", "obj", "iobj", "ccomp");

    private Chunks() {
    }

    /** A piece, or a single token that is no piece. */
    record Unit(int first, int last, Piece piece) {
        boolean is(Type... types) {
            return piece != null && Set.of(types).contains(piece.type());
        }
    }

    /** A noun phrase's units; {@code coordinated} when "and"/"or" follows it. */
    record Chunk(List<Unit> units, boolean coordinated) {
    }

    /**
     * The sentence's phrases; {@code at} gives the piece covering each token, or null; a phrase before one of
     * {@code coordinators} ("and", "or") is coordinated.
     */
    static List<Chunk> of(ParsedSentence s, Piece[] at, Set<String> coordinators, Set<String> seatParticiples) {
        List<Chunk> chunks = new ArrayList<>();
        List<Unit> cur = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Piece p = at[i];
            if (p != null) {
                if (p.type() == Type.PRONOUN) {
                    flush(chunks, cur, false);
                    chunks.add(new Chunk(List.of(new Unit(i, i, p)), false));
                } else {
                    cur.add(new Unit(p.first(), p.last(), p));
                    i = p.last();
                }
                continue;
            }
            String pos = s.pos(i);
            if (seatParticiples.contains(s.lower(i)) && !cur.isEmpty()) {
                // "the Britain-based monitor": the place before the participle says where it sits, not whose it is
                flush(chunks, cur, false);
            }
            if (DETERMINERS.contains(pos)) {
                flush(chunks, cur, false);
                cur.add(new Unit(i, i, null));
            } else if (INSIDE.contains(pos) && (!pos.startsWith("VB") && !pos.endsWith("''") && !pos.equals("``")
                    || !cur.isEmpty() && continues(s, at, i))) {
                cur.add(new Unit(i, i, null));
            } else {
                flush(chunks, cur, coordinators.contains(s.lower(i)));
            }
        }
        flush(chunks, cur, false);
        return chunks;
    }

    /**
     * A participle or a quotation mark stays inside a phrase only before more of it ("isolated leader"), and a
     * participle only when the parse does not make it a predicate: "blamed" in "The longtime leader blamed foreign
     * plots" is tagged VBN but has a subject.
     */
    private static boolean continues(ParsedSentence s, Piece[] at, int i) {
        if (i + 1 >= s.size() || s.pos(i).startsWith("VB") && predicate(s, i)) {
            return false;
        }
        return at[i + 1] != null || s.pos(i + 1).startsWith("NN") || s.pos(i + 1).startsWith("JJ") || s.pos(i + 1).equals("``");
    }

    /** Whether the parse makes token {@code i} a clause's predicate: the root, or with a subject or an object. */
    private static boolean predicate(ParsedSentence s, int i) {
        return s.governors(i).stream().anyMatch(d -> d.relation().equals("root"))
                || s.children(i).stream().anyMatch(d -> PREDICATE_ARGUMENTS.contains(d.relation()));
    }

    private static void flush(List<Chunk> chunks, List<Unit> cur, boolean coordinated) {
        if (!cur.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(cur), coordinated));
            cur.clear();
        }
    }

    /** The units after the leading determiners. */
    static List<Unit> trim(ParsedSentence s, List<Unit> units) {
        int start = 0;
        while (start < units.size() && units.get(start).piece() == null && DETERMINERS.contains(s.pos(units.get(start).first()))) {
            start++;
        }
        return units.subList(start, units.size());
    }

    /** The index in {@code units} (before {@code end}) of the nearest actor that owns what follows, or -1. */
    static int owner(List<Unit> units, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (units.get(i).is(Type.ACTOR, Type.PERSON)) {
                return i;
            }
        }
        return -1;
    }

    /** A sector for a title or agent phrase: the head's, unless it is generic ("spokesman") and a modifier has one. */
    static String sector(List<Unit> units, String headLemma, Titles titles) {
        String head = null;
        String modifier = null;
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit u = units.get(i);
            if (u.is(Type.AGENT)) {
                if (head == null && i == units.size() - 1) {
                    head = u.piece().sector();
                } else {
                    modifier = u.piece().sector();
                }
            }
        }
        if (head == null || titles.isGeneric(headLemma)) {
            return modifier != null ? modifier : head;
        }
        return head;
    }
}
