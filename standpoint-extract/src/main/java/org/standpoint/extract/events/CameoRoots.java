package org.standpoint.extract.events;

import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO codes and roots that the coder's rules single out, each named once for every rule that needs it: the
 * participants of a consultation act on each other, a request is made to whoever answers it, a denial answers an
 * accusation, and the doer of force may be told by its means. Codes are CAMEO's, three or four digits.
 */
final class CameoRoots {
    /** CAMEO's "deny responsibility", which answers an accusation. */
    static final String DENIAL = "016";
    /** CAMEO's root of consultations, which the participants hold with each other. */
    static final String CONSULT = "04";
    /** CAMEO's accusations (112 and below), which a denial answers; not the rest of disapproval ("condemned"). */
    static final String ACCUSATION = "112";
    /** CAMEO's root of threats; its code 130 is a threat of nothing more specific. */
    static final String THREAT = "13";
    static final String THREAT_UNSPECIFIED = "130";
    /** CAMEO's root of conventional fighting, which an agent of unconventional violence does as assault. */
    static final String FIGHT = "19";
    /** CAMEO's roots of appeals (02) and demands (10): requests, which the one asked may answer. */
    private static final Set<String> REQUEST_ROOTS = Set.of("02", "10");

    private CameoRoots() {
    }

    /** Whether a code is a request: an appeal (02) or a demand (10). */
    static boolean isRequest(String code) {
        return REQUEST_ROOTS.contains(code.substring(0, 2));
    }

    /** Whether a code is of force: assault, fight or mass violence (roots 18 to 20). */
    static boolean isForce(String code) {
        return code.compareTo("18") >= 0 && code.compareTo("21") < 0;
    }

    /** Whether a code, where there is one, is of force. */
    static boolean isForce(Optional<String> code) {
        return code.filter(CameoRoots::isForce).isPresent();
    }

    /** A PETRARCH code as CAMEO writes it, of three or four digits: PETRARCH writes some roots with two ("01"). */
    static String fromPetrarch(String code) {
        return code.length() == 2 ? code + "0" : code;
    }
}
