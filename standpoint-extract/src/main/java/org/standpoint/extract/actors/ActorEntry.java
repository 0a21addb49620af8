package org.standpoint.extract.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One actor of the knowledge base: a country, region, organisation, group or person, with every spelling it is
 * known by and the codes it bore over time.
 *
 * @param id stable identifier; a row of a later file with the same id replaces this one
 * @param name canonical name, e.g. {@code Sergei Lavrov}
 * @param names spellings as written in text, the canonical one included
 * @param roles codes over date ranges; see {@link Role}
 */
public record ActorEntry(String id, ActorKind kind, String name, List<String> names, List<Role> roles) {
    private static final Comparator<Role> MOST_SPECIFIC = Comparator
            .comparing(Role::from, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Role::to, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));

    public ActorEntry {
        if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("actor id must be non-empty without spaces, got '" + id + "'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("actor " + id + " has no kind");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("actor " + id + " has no name");
        }
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no role (no code)");
        }
    }

    /**
     * The role in force on {@code day}: of the dated roles covering it, the one that began last; else the
     * default. With no day, the role that began last (the default if there is no dated role).
     */
    public Optional<Role> roleOn(LocalDate day) {
        if (day == null) {
            Optional<Role> latest = roles.stream().filter(r -> !r.isDefault()).max(MOST_SPECIFIC);
            return latest.isPresent() ? latest : defaultRole();
        }
        Optional<Role> dated = roles.stream().filter(r -> !r.isDefault() && r.covers(day)).max(MOST_SPECIFIC);
        return dated.isPresent() ? dated : defaultRole();
    }

    /** The role nearest in time to {@code day}, for a person known only in other years. */
    public Role nearestRole(LocalDate day) {
        return roles.stream().min(Comparator.comparingLong(r -> distance(r, day))).orElseThrow();
    }

    private Optional<Role> defaultRole() {
        return roles.stream().filter(Role::isDefault).findFirst();
    }

    private static long distance(Role r, LocalDate day) {
        if (r.covers(day)) {
            return 0;
        }
        LocalDate edge = r.to() != null && day.isAfter(r.to()) ? r.to() : r.from();
        return Math.abs(edge.toEpochDay() - day.toEpochDay());
    }
}
