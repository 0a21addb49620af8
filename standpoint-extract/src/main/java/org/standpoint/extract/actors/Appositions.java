package org.standpoint.extract.actors;

import java.util.List;
import org.standpoint.extract.actors.SentencePieces.Piece;
import org.standpoint.model.Dependency;

/**
 * What appositions say about people: "Burhan Ghalioun, head of the Syrian National Council" makes an unknown
 * person act for the body the title names, as does a singular agent noun ("Carrie Lam, the chief executive of
 * ..."); "his Russian counterpart, Sergei Lavrov" makes the role noun that person.
 */
final class Appositions {
    private final ParsedSentence s;
    private final DraftFactory f;
    private final List<Draft> drafts;
    private final List<Piece> unknownNames;

    /** {@code drafts} (this sentence's) may grow; {@code unknownNames} loses the names it resolves. */
    Appositions(ParsedSentence s, DraftFactory f, List<Draft> drafts, List<Piece> unknownNames) {
        this.s = s;
        this.f = f;
        this.drafts = drafts;
        this.unknownNames = unknownNames;
    }

    void link() {
        for (Dependency dep : s.sentence.dependencies()) {
            if (!dep.relation().startsWith("appos") || dep.governor() < 0) {
                continue;
            }
            link(dep.governor(), dep.dependent());
            link(dep.dependent(), dep.governor());
        }
    }

    private void link(int nameToken, int roleToken) {
        Draft role = covering(roleToken);
        if (role == null || !role.person && !oneAgent(role)) {
            return;
        }
        Piece name = unknownNames.stream().filter(p -> p.first() <= nameToken && nameToken <= p.last()).findFirst().orElse(null);
        if (name != null) {
            if (!role.person) { // "Carrie Lam, the chief executive of ...": the agent noun is her office
                role.person = true;
                role.human = true;
                role.role = role.titleKey;
            }
            Draft d = new Draft(s, name.first(), name.last());
            d.person = true;
            d.human = true;
            d.name = s.text(f.body, name.first(), name.last());
            d.ownName = true;
            d.antecedent = role;
            d.pending = Draft.Pending.ANTECEDENT;
            d.because(Draft.Rule.APPOSITION, role.titleKey);
            unknownNames.remove(name);
            role.name = d.name;
            drafts.add(d);
            f.remember(d, d.name);
            return;
        }
        Draft person = covering(nameToken);
        if (person != null && person != role && (person.entry != null || person.antecedent != null) && person.person
                && role.pending == Draft.Pending.ROLE && (person.role == null || f.titles.compatible(role.titleKey, person.role))) {
            role.antecedent = person;
            role.pending = Draft.Pending.ANTECEDENT;
            role.because(Draft.Rule.APPOSITION, person.name);
        }
    }

    /** A singular agent noun no one else owns ("the chief executive", "a rebel fighter"): a name's office. */
    private static boolean oneAgent(Draft role) {
        return !role.plural && role.sector != null && role.pending == Draft.Pending.BARE_AGENT;
    }

    private Draft covering(int token) {
        for (Draft d : drafts) {
            if (d.first <= token && token <= d.last) {
                return d;
            }
        }
        return null;
    }
}
